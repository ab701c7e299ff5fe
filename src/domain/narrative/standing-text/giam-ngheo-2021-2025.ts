/**
 * Standing text of the Chương trình mục tiêu quốc gia giảm nghèo bền vững 2021 - 2025: per
 * Dự án and Tiểu dự án what it aims at, whom it serves and what it supports, in our own
 * plain wording of what Quyết định số 90/QĐ-TTg provides and the seeds write. Official
 * names and citations come from the program file, never from here.
 */
import { MINISTRIES, PHRASES, PURPOSES, REQUIREMENTS, ROLES, TASKS } from "./common";
import type { ProjectText, StandingText } from "./types";

const RELATED = "Các tổ chức, cá nhân có liên quan.";

const PROJECTS: Readonly<Record<string, ProjectText>> = {
  DA1: {
    objective:
      "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội thiết yếu, phục vụ dân sinh, sản xuất, lưu thông hàng hóa và tiếp cận các dịch vụ xã hội cơ bản ở các địa bàn nghèo, đặc biệt khó khăn.",
    beneficiaries: [
      { text: "Huyện nghèo, xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo.", tiers: ["district"] },
      {
        text: "Xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo; người dân trên địa bàn {unit}.",
        tiers: ["commune-under-district", "commune"],
      },
    ],
    support: [
      "Đầu tư xây dựng, cải tạo các công trình hạ tầng kinh tế - xã hội thiết yếu.",
      "Duy tu, bảo dưỡng các công trình hạ tầng sau đầu tư.",
    ],
  },
  "DA1.1": {
    objective:
      "Đầu tư xây dựng, duy tu, bảo dưỡng cơ sở hạ tầng kinh tế - xã hội thiết yếu, hạ tầng liên kết vùng ở địa bàn nghèo, đặc biệt khó khăn, phục vụ dân sinh, sản xuất, lưu thông hàng hóa và tiếp cận các dịch vụ xã hội cơ bản.",
    beneficiaries: [
      { text: "Huyện nghèo, xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo.", tiers: ["district"] },
      {
        text: "Xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo; người dân trên địa bàn {unit}.",
        tiers: ["commune-under-district", "commune"],
      },
    ],
    support: [
      "Đầu tư xây dựng, cải tạo các công trình hạ tầng kinh tế - xã hội thiết yếu phục vụ dân sinh, sản xuất, thương mại, lưu thông hàng hóa và cung cấp các dịch vụ xã hội cơ bản.",
      "Duy tu, bảo dưỡng các công trình hạ tầng sau đầu tư.",
    ],
  },
  "DA1.2": {
    objective:
      "Hỗ trợ đầu tư cơ sở hạ tầng và phát triển sản xuất để các huyện nghèo được hỗ trợ thoát khỏi tình trạng nghèo, đặc biệt khó khăn theo Đề án được phê duyệt.",
    beneficiaries: ["Huyện nghèo được hỗ trợ theo Đề án; người dân trên địa bàn."],
    support: ["Các nội dung đầu tư theo Đề án được cấp có thẩm quyền phê duyệt."],
  },
  DA2: {
    objective:
      "Hỗ trợ đa dạng hóa sinh kế; xây dựng, phát triển và nhân rộng các mô hình, dự án giảm nghèo về sản xuất, kinh doanh, dịch vụ, du lịch, khởi nghiệp, khởi sự kinh doanh nhằm tạo việc làm, sinh kế bền vững, tăng thu nhập, nâng cao chất lượng cuộc sống cho người nghèo, thích ứng với biến đổi khí hậu, dịch bệnh.",
    beneficiaries: [
      "Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, người khuyết tật (không có sinh kế ổn định) trên địa bàn {unit}; ưu tiên hộ nghèo có thành viên là người có công với cách mạng và phụ nữ thuộc hộ nghèo.",
      "Hộ gia đình, tổ hợp tác, hợp tác xã, doanh nghiệp, tổ chức, cá nhân tham gia xây dựng, nhân rộng mô hình, dự án giảm nghèo.",
    ],
    support: [
      "Xây dựng, phát triển, nhân rộng các mô hình, dự án giảm nghèo hỗ trợ phát triển sản xuất, kinh doanh, dịch vụ, du lịch, khởi nghiệp, khởi sự kinh doanh.",
      "Tập huấn, chuyển giao khoa học, kỹ thuật; hỗ trợ giống cây trồng, vật nuôi, vật tư, công cụ sản xuất; xúc tiến thương mại, liên kết sản xuất, tiêu thụ sản phẩm.",
      "Các hoạt động đa dạng hóa sinh kế khác do cộng đồng đề xuất, phù hợp với phong tục, tập quán và quy định của pháp luật.",
    ],
  },
  DA3: {
    objective:
      "Hỗ trợ phát triển sản xuất nông, lâm, ngư, diêm nghiệp và cải thiện dinh dưỡng cho người nghèo, hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
    beneficiaries: [
      "Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo trên địa bàn {unit}.",
      "Trẻ em dưới 16 tuổi thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
    ],
    support: [
      "Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp.",
      "Cải thiện dinh dưỡng, phòng chống suy dinh dưỡng trẻ em.",
    ],
  },
  "DA3.1": {
    objective:
      "Hỗ trợ nâng cao năng lực sản xuất nông, lâm, ngư, diêm nghiệp; đẩy mạnh sản xuất liên kết theo chuỗi giá trị, ứng dụng công nghệ cao nhằm đổi mới phương thức, kỹ thuật sản xuất, bảo đảm an ninh lương thực, đáp ứng nhu cầu dinh dưỡng, tăng thu nhập cho người sản xuất, thoát nghèo bền vững.",
    beneficiaries: [
      "Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, người khuyết tật (không có sinh kế ổn định) trên địa bàn {unit}.",
      "Ưu tiên hộ nghèo có thành viên là người có công với cách mạng và phụ nữ thuộc hộ nghèo.",
    ],
    support: [
      "Tập huấn kỹ thuật, tư vấn chuyển giao kỹ thuật; hỗ trợ cây trồng, vật nuôi, vật tư, công cụ, dụng cụ sản xuất, phân bón, thức ăn chăn nuôi, thuốc bảo vệ thực vật, thuốc thú y.",
      "Phát triển hệ thống lương thực, thực phẩm bảo đảm đủ dinh dưỡng.",
      "Tập huấn, tư vấn quản lý, tiêu thụ nông sản; nhân rộng các giải pháp, sáng kiến phát triển sản xuất nông nghiệp gắn với chuỗi giá trị.",
    ],
  },
  "DA3.2": {
    objective:
      "Cải thiện tình trạng dinh dưỡng, giảm suy dinh dưỡng thấp còi, chăm sóc sức khỏe, nâng cao thể trạng và tầm vóc của trẻ em dưới 16 tuổi thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
    beneficiaries: [
      "Trẻ em dưới 16 tuổi thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo trên địa bàn {unit}.",
      "Phụ nữ mang thai, bà mẹ cho con bú thuộc hộ nghèo, hộ cận nghèo.",
    ],
    support: [
      "Can thiệp trực tiếp phòng chống suy dinh dưỡng, thiếu vi chất dinh dưỡng cho bà mẹ, trẻ em dưới 5 tuổi thuộc hộ nghèo, hộ cận nghèo.",
      "Cải thiện chất lượng bữa ăn học đường, giáo dục và chăm sóc dinh dưỡng cho trẻ em từ 5 đến dưới 16 tuổi.",
    ],
  },
  DA4: {
    objective:
      "Phát triển giáo dục nghề nghiệp, hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng và hỗ trợ việc làm bền vững cho người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
    beneficiaries: [
      "Người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; người lao động có thu nhập thấp trên địa bàn {unit}.",
    ],
    support: [
      "Đào tạo nghề, hỗ trợ đi làm việc ở nước ngoài theo hợp đồng, kết nối việc làm cho người lao động.",
    ],
  },
  "DA4.1": {
    objective:
      "Phát triển giáo dục nghề nghiệp về quy mô và chất lượng đào tạo; hỗ trợ đào tạo nghề cho người nghèo, gắn giáo dục nghề nghiệp với tạo việc làm, sinh kế bền vững, tăng thu nhập và nâng cao chất lượng cuộc sống.",
    beneficiaries: [
      "Người học nghề là người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; người lao động có thu nhập thấp trên địa bàn {unit}.",
    ],
    support: [
      "Khảo sát, dự báo nhu cầu học nghề; tư vấn, hướng nghiệp, hỗ trợ khởi nghiệp và tạo việc làm.",
      "Đào tạo nghề cho người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, người lao động có thu nhập thấp.",
    ],
  },
  "DA4.2": {
    objective:
      "Hỗ trợ người lao động, nhất là người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, đi làm việc ở nước ngoài theo hợp đồng; nâng cao trình độ ngoại ngữ, kỹ năng nghề trước khi đi, góp phần tạo việc làm, tăng thu nhập và giảm nghèo bền vững.",
    beneficiaries: [
      "Người lao động có nhu cầu đi làm việc ở nước ngoài theo hợp đồng, ưu tiên người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo trên địa bàn {unit}.",
    ],
    support: [
      "Hỗ trợ chi phí đào tạo ngoại ngữ, bồi dưỡng kỹ năng nghề, tiền ăn, ở, đi lại trong thời gian đào tạo; chi phí khám sức khỏe, làm hộ chiếu, thị thực, lý lịch tư pháp.",
      "Tư vấn, giới thiệu cho người lao động và thân nhân về đi làm việc ở nước ngoài theo hợp đồng.",
    ],
  },
  "DA4.3": {
    objective:
      "Cung cấp thông tin thị trường lao động, đa dạng hóa các hoạt động giao dịch việc làm, kết nối cung - cầu lao động, hỗ trợ tạo việc làm bền vững cho người lao động, ưu tiên người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
    beneficiaries: [
      "Người lao động trên địa bàn {unit}, ưu tiên người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
    ],
    support: [
      "Thu thập, cập nhật thông tin cung - cầu lao động; quản lý lao động gắn với cơ sở dữ liệu quốc gia về dân cư.",
      "Tư vấn, giới thiệu việc làm, hỗ trợ kết nối việc làm thành công cho người lao động.",
    ],
  },
  DA5: {
    objective:
      "Hỗ trợ hộ nghèo, hộ cận nghèo có nhà ở an toàn, ổn định, có khả năng chống chịu thiên tai, góp phần nâng cao chất lượng cuộc sống, giảm nghèo bền vững.",
    beneficiaries: [
      "Hộ nghèo, hộ cận nghèo thiếu hụt về nhà ở theo chuẩn nghèo đa chiều trên địa bàn {unit}.",
    ],
    support: [
      "Hỗ trợ xây mới hoặc sửa chữa nhà ở theo định mức quy định.",
      "Vận động cộng đồng, dòng họ, các tổ chức, cá nhân góp vốn, ngày công giúp hộ xây dựng, sửa chữa nhà ở.",
    ],
  },
  DA6: {
    objective:
      "Tăng cường truyền thông về giảm nghèo đa chiều và hỗ trợ người dân tiếp cận thông tin, giảm nghèo về thông tin.",
    beneficiaries: ["Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và người dân trên địa bàn {unit}.", RELATED],
    support: ["Giảm nghèo về thông tin.", "Truyền thông về giảm nghèo đa chiều."],
  },
  "DA6.1": {
    objective:
      "Hỗ trợ hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo sử dụng dịch vụ viễn thông, tiếp cận thông tin; nâng cao năng lực, hiệu quả hoạt động của hệ thống thông tin cơ sở; tăng cường thông tin thiết yếu cho người dân.",
    beneficiaries: ["Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo trên địa bàn {unit}.", RELATED],
    support: [
      "Nâng cao năng lực cho cán bộ làm công tác thông tin, truyền thông cơ sở.",
      "Hỗ trợ hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo sử dụng dịch vụ viễn thông, tiếp cận thông tin.",
      "Duy trì, nâng cao hiệu quả hoạt động của đài truyền thanh và các điểm cung cấp thông tin công cộng.",
    ],
  },
  "DA6.2": {
    objective:
      "Tăng cường truyền thông, nâng cao nhận thức, trách nhiệm của toàn xã hội về giảm nghèo đa chiều, bao trùm, bền vững; khơi dậy tinh thần tự lực, tự cường vươn lên thoát nghèo của người dân; tuyên truyền các gương điển hình, mô hình tốt về giảm nghèo.",
    beneficiaries: ["Người nghèo, người dân trên địa bàn {unit}.", RELATED],
    support: [
      "Xây dựng, tổ chức các chương trình, chuyên mục, ấn phẩm truyền thông về giảm nghèo bền vững.",
      "Tổ chức phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”; biểu dương, khen thưởng tập thể, cá nhân có thành tích trong giảm nghèo.",
      "Tổ chức đối thoại chính sách về giảm nghèo ở cơ sở.",
    ],
  },
  DA7: {
    objective:
      "Nâng cao năng lực đội ngũ cán bộ làm công tác giảm nghèo và giám sát, đánh giá việc thực hiện Chương trình.",
    beneficiaries: [
      "Cán bộ làm công tác giảm nghèo, nhất là ở cơ sở.",
      "Các cơ quan, đơn vị được giao thực hiện Chương trình.",
    ],
    support: [
      "Đào tạo, tập huấn, bồi dưỡng cán bộ làm công tác giảm nghèo.",
      "Kiểm tra, giám sát, đánh giá việc thực hiện Chương trình.",
    ],
  },
  "DA7.1": {
    objective:
      "Nâng cao năng lực đội ngũ cán bộ làm công tác giảm nghèo nhằm hỗ trợ người nghèo vươn lên thoát nghèo, hạn chế tái nghèo; bảo đảm thực hiện Chương trình đúng mục tiêu, đúng đối tượng, hiệu quả, bền vững.",
    beneficiaries: [
      "Cán bộ làm công tác giảm nghèo, nhất là ở cơ sở (cán bộ thôn, tổ dân phố, cộng tác viên giảm nghèo, người có uy tín); chú trọng cán bộ nữ.",
      RELATED,
    ],
    support: [
      "Đào tạo, tập huấn, bồi dưỡng kiến thức, kỹ năng, nghiệp vụ cho đội ngũ cán bộ làm công tác giảm nghèo.",
      "Tổ chức học tập, trao đổi kinh nghiệm; hội nghị, hội thảo về giảm nghèo bền vững.",
    ],
  },
  "DA7.2": {
    objective:
      "Giám sát, đánh giá việc tổ chức thực hiện Chương trình, bảo đảm thực hiện đúng mục tiêu, đúng đối tượng và quy định của pháp luật.",
    beneficiaries: [
      "Các cơ quan, đơn vị được giao chủ trì, thực hiện các dự án, tiểu dự án của Chương trình và cán bộ được phân công làm công tác giám sát, đánh giá.",
      RELATED,
    ],
    support: [
      "Kiểm tra, giám sát, đánh giá định kỳ, hằng năm và đột xuất việc thực hiện Chương trình.",
      "Rà soát hộ nghèo, hộ cận nghèo thường xuyên và định kỳ hằng năm.",
      "Cập nhật, lưu giữ thông tin về giảm nghèo theo quy định.",
    ],
  },
};

export const GIAM_NGHEO_2021_2025: StandingText = {
  programId: "giam-ngheo-2021-2025",
  shortTitle: "Kế hoạch giảm nghèo",
  approvalDocument: "qd90",
  counterpartDocument: "qd02",
  povertyStandards: [{ from: 2021, to: null, text: "chuẩn nghèo đa chiều giai đoạn 2022 - 2025" }],
  ministries: MINISTRIES,
  purposes: PURPOSES,
  requirements: REQUIREMENTS,
  generalObjective:
    "Thực hiện mục tiêu giảm nghèo đa chiều, bao trùm, bền vững, hạn chế tái nghèo và phát sinh nghèo; hỗ trợ người nghèo, hộ nghèo vượt lên mức sống tối thiểu, tiếp cận các dịch vụ xã hội cơ bản theo chuẩn nghèo đa chiều, nâng cao chất lượng cuộc sống; góp phần hoàn thành mục tiêu giảm nghèo giai đoạn {period} trên địa bàn {unit}.",
  tasks: TASKS,
  standingOfficeProject: "DA7",
  roles: ROLES,
  phrases: PHRASES,
  projects: PROJECTS,
  indicatorProjects: {
    "vl-ket-noi": "DA4.3",
    "vl-thanh-cong": "DA4.3",
    "vl-nuoc-ngoai": "DA4.2",
    "yt-thap-coi": "DA3.2",
    "gd-dao-tao": "DA4.1",
    "gd-bang-cap": "DA4.1",
    "no-ho-tro": "DA5",
    "tt-vien-thong": "DA6.1",
    "tt-giam-ngheo": "DA6.2",
    "ct-san-xuat": "DA3.1",
    "ct-can-bo": "DA7.1",
    "ct-sinh-ke": "DA2",
  },
};
