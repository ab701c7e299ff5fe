/**
 * Standing text shared by the programs: why a plan is made and what it asks of everyone,
 * the tasks and solutions, the duties of the standing office, the finance office, the
 * front and (in a district) the communes, and the sentence frames of the plan. Offices
 * follow the seeds: a district's Phòng (seed 003), a commune's công chức before the
 * reform (seed 002), a two-tier commune's Phòng Kinh tế (seed 004).
 */
import type { Phrases, StandingText, YearText } from "./types";

/** Poverty reduction moved to Nông nghiệp và Môi trường in March 2025 (default-settings.ts does the same). */
export const MINISTRIES: readonly YearText[] = [
  { from: 2021, to: 2024, text: "Lao động - Thương binh và Xã hội" },
  { from: 2025, to: null, text: "Nông nghiệp và Môi trường" },
];

export const PURPOSES = [
  "Cụ thể hóa các mục tiêu, nhiệm vụ và giải pháp thực hiện {program} năm {year} trên địa bàn {unit}; phân công rõ trách nhiệm của từng cơ quan, đơn vị trong tổ chức thực hiện.",
  "Huy động sự vào cuộc của cả hệ thống chính trị, cộng đồng doanh nghiệp và người dân trong công tác giảm nghèo; giúp người nghèo, hộ nghèo tiếp cận các nguồn lực, phát triển sản xuất, từng bước vươn lên thoát nghèo bền vững.",
  "Làm căn cứ để các cơ quan, đơn vị xây dựng kế hoạch chi tiết, tổ chức thực hiện và để kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình.",
] as const;

export const REQUIREMENTS = [
  "Bám sát mục tiêu, nhiệm vụ và nội dung hỗ trợ của các dự án, tiểu dự án thuộc Chương trình; sử dụng kinh phí đúng mục đích, đúng đối tượng, tiết kiệm, hiệu quả và đúng quy định tài chính hiện hành.",
  "Tập trung nguồn lực hỗ trợ hộ nghèo, hộ cận nghèo có khả năng thoát nghèo, thoát cận nghèo; công khai, minh bạch các nguồn lực hỗ trợ và danh sách đối tượng thụ hưởng.",
  "Tăng cường phối hợp giữa các cơ quan, đơn vị; thường xuyên kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện.",
] as const;

export const TASKS = [
  "Đẩy mạnh công tác thông tin, tuyên truyền về giảm nghèo bằng nhiều hình thức phù hợp; khơi dậy ý chí tự lực, tự cường của người nghèo, chủ động vươn lên thoát nghèo, không trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.",
  "Nâng cao vai trò lãnh đạo, chỉ đạo của cấp ủy, chính quyền; phân công cán bộ, đảng viên và các tổ chức chính trị - xã hội giúp đỡ hộ nghèo, hộ cận nghèo thoát nghèo.",
  "Tập huấn, bồi dưỡng đội ngũ cán bộ làm công tác giảm nghèo đủ năng lực để triển khai thực hiện hiệu quả Chương trình.",
  "Xây dựng và nhân rộng các mô hình giảm nghèo có hiệu quả; chuyển từ hỗ trợ riêng lẻ theo hộ sang hỗ trợ theo mô hình, dự án gắn với liên kết sản xuất, tiêu thụ sản phẩm, phù hợp với điều kiện của địa phương.",
  "Huy động, lồng ghép nguồn lực của các chương trình mục tiêu quốc gia, các chính sách giảm nghèo và các khoản đóng góp hợp pháp của doanh nghiệp, tổ chức, cá nhân; bố trí đủ vốn đối ứng của ngân sách địa phương theo quy định.",
  "Thực hiện đầy đủ, kịp thời các chính sách giảm nghèo chung: tín dụng ưu đãi, bảo hiểm y tế, hỗ trợ giáo dục, hỗ trợ tiền điện, trợ giúp pháp lý, trợ giúp xã hội.",
  "Tăng cường kiểm tra, giám sát, đánh giá việc thực hiện Chương trình; định kỳ sơ kết, rút kinh nghiệm; kịp thời khen thưởng tập thể, cá nhân có thành tích trong công tác giảm nghèo.",
] as const;

export const ROLES: StandingText["roles"] = {
  standing: {
    office: {
      district: "Phòng {ministry}",
      "commune-under-district": "Công chức Văn hóa - Xã hội",
      commune: "Phòng Kinh tế",
    },
    duties: [
      "Là cơ quan thường trực, tham mưu {ubnd} chỉ đạo, tổ chức triển khai thực hiện Chương trình; hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch này.",
      "Chủ trì tổ chức rà soát hộ nghèo, hộ cận nghèo năm {year} trên địa bàn theo quy định.",
      "Tổng hợp, báo cáo kết quả thực hiện Chương trình định kỳ 6 tháng, hằng năm và đột xuất theo yêu cầu.",
    ],
  },
  finance: {
    office: {
      district: "Phòng Tài chính - Kế hoạch",
      "commune-under-district": "Công chức Tài chính - Kế toán",
      commune: "Phòng Kinh tế",
    },
    duties: [
      "Tham mưu cân đối, bố trí kinh phí thực hiện Chương trình, bảo đảm tỷ lệ vốn đối ứng của ngân sách địa phương theo quy định.",
      "Hướng dẫn quản lý, sử dụng, thanh toán, quyết toán kinh phí thực hiện Chương trình theo quy định.",
    ],
  },
  front: {
    office: {
      district: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {level} và các tổ chức chính trị - xã hội",
      "commune-under-district":
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {level} và các tổ chức chính trị - xã hội",
      commune: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {level} và các tổ chức chính trị - xã hội",
    },
    duties: [
      "Tuyên truyền, vận động đoàn viên, hội viên và nhân dân hưởng ứng phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”; vận động ủng hộ Quỹ Vì người nghèo.",
      "Tham gia giám sát, phản biện xã hội việc thực hiện Chương trình trên địa bàn.",
    ],
  },
  localities: {
    office: {
      district: "Ủy ban nhân dân các xã, thị trấn",
      "commune-under-district": "",
      commune: "",
    },
    duties: [
      "Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện Chương trình năm {year} trên địa bàn; bố trí vốn đối ứng của ngân sách xã theo quy định.",
      "Tổ chức rà soát hộ nghèo, hộ cận nghèo đúng quy trình; quản lý chặt chẽ danh sách hộ nghèo, hộ cận nghèo trên địa bàn.",
      "Báo cáo kết quả thực hiện về {ubnd} (qua {standingOffice}) theo quy định.",
    ],
  },
};

export const PHRASES: Phrases = {
  leadDuty:
    "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện; kiểm tra, giám sát, đánh giá và tổng hợp báo cáo kết quả thực hiện theo quy định.",
  partnerDuty: "Phối hợp tổ chức thực hiện theo chức năng, nhiệm vụ được giao.",
  leadsProjects: "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện: ",
  reportsToStanding:
    "Kiểm tra, giám sát, đánh giá và báo cáo kết quả thực hiện về {standingOffice} để tổng hợp.",
  noFunds:
    "năm {year} chưa bố trí kinh phí của Chương trình; lồng ghép các nguồn lực khác trên địa bàn để thực hiện.",
  fundsUnknown: [
    "Ngân sách trung ương, ngân sách địa phương được giao năm {year}.",
    "Các nguồn vốn huy động hợp pháp khác (nếu có).",
  ],
  closing:
    "Trên đây là Kế hoạch thực hiện {program} năm {year} trên địa bàn {unit}. Đề nghị các cơ quan, đơn vị liên quan triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo {ubnd} (qua {standingOffice}) để xem xét, chỉ đạo giải quyết./.",
};
