/**
 * Plans for the .docx renderer's tests. One is built by hand, shaped like a real commune plan
 * (xã Ba Dinh, 2025, seed 004): the decree's header, title, legal bases, sections I–VI with
 * seven projects and their figures, "-" and "+" list items, a validation warning and the
 * closing with Nơi nhận, so the layout tests do not depend on the builder's wording. The other
 * is the builder's plan for the shipped example workbook.
 */
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { cell } from "../../src/domain/address/cell-address";
import { buildNarrative, narrativeInputFromOwnSheets } from "../../src/domain/narrative";
import { figure, paragraph, text } from "../../src/domain/narrative/document";
import type {
  Block,
  Inline,
  ListMarker,
  NarrativeDocument,
  Paragraph,
  WarningBlock,
} from "../../src/domain/narrative/document";
import { PROGRAMS } from "../templates/support/fixtures";

const FUNDS = "Phụ lục 01";

function amount(value: string, row: number, col = 3): Inline {
  return figure(value, [{ sheet: FUNDS, address: cell(row, col) }]);
}

function body(...content: (string | Inline)[]): Paragraph {
  return paragraph("body", ...content.map((part) => (typeof part === "string" ? text(part) : part)));
}

function item(line: string, marker: ListMarker = "-"): Paragraph {
  return { ...paragraph("list", text(line)), marker };
}

interface Project {
  readonly name: string;
  readonly amount: string;
  readonly row: number;
  readonly lead: string;
}

const PROJECTS: readonly Project[] = [
  {
    name: "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
    amount: "0",
    row: 8,
    lead: "Phòng Kinh tế",
  },
  {
    name: "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
    amount: "250",
    row: 11,
    lead: "Trung tâm Dịch vụ công",
  },
  {
    name: "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng",
    amount: "260",
    row: 12,
    lead: "Phòng Văn hóa - Xã hội",
  },
  {
    name: "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững",
    amount: "230",
    row: 15,
    lead: "Phòng Văn hóa - Xã hội",
  },
  {
    name: "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo",
    amount: "0",
    row: 19,
    lead: "Phòng Kinh tế",
  },
  {
    name: "Dự án 6: Truyền thông và giảm nghèo về thông tin",
    amount: "81",
    row: 20,
    lead: "Trung tâm Dịch vụ công",
  },
  {
    name: "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình",
    amount: "180",
    row: 23,
    lead: "Phòng Kinh tế",
  },
];

function projectSection(project: Project, index: number): Block[] {
  return [
    paragraph("heading-2", text(`${index + 1}. ${project.name}`)),
    body(
      "a) Mục tiêu: Hỗ trợ hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo trên địa bàn xã phát triển sinh kế, nâng cao thu nhập và tiếp cận các dịch vụ xã hội cơ bản.",
    ),
    body("b) Đối tượng: Hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; người lao động thuộc các hộ này."),
    body("c) Nội dung hỗ trợ:"),
    item("Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế theo nhóm hộ, cộng đồng:"),
    item("Tập huấn, chuyển giao kỹ thuật, hỗ trợ giống, vật tư và dịch vụ phục vụ sản xuất;", "+"),
    item("Hỗ trợ nhân rộng mô hình giảm nghèo có hiệu quả.", "+"),
    body("d) Kinh phí thực hiện: ", amount(project.amount, project.row), text(" triệu đồng.")),
    body(`e) Phân công thực hiện: ${project.lead} chủ trì, phối hợp với các cơ quan, đơn vị liên quan.`),
  ];
}

const HEADER: Block = {
  kind: "header",
  issuer: ["ỦY BAN NHÂN DÂN", "XÃ BA DINH"],
  nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  number: "Số:       /KH-UBND",
  placeDate: "Ba Dinh, ngày 05 tháng 8 năm 2025",
};

const TITLE: Block = {
  kind: "title",
  title: "KẾ HOẠCH",
  subject: [
    "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "trên địa bàn xã Ba Dinh năm 2025",
  ],
};

export const SAMPLE_WARNING: WarningBlock = {
  kind: "warning",
  heading: "Bảng số liệu còn lỗi — chưa dùng văn bản này để ban hành:",
  items: ["Phụ lục 01, ô D7: Tổng cộng 1.010 khác tổng các dự án 1.001."],
};

const LEGAL_BASES: Block[] = [
  body(
    "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;",
  ),
  body(
    "Căn cứ Quyết định số 02/2022/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương và tỷ lệ vốn đối ứng của ngân sách địa phương thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;",
  ),
  body(
    "Ủy ban nhân dân xã ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã năm 2025 với những nội dung chủ yếu như sau:",
  ),
];

const FUNDS_SECTION: Block[] = [
  paragraph("heading-1", text("IV. KINH PHÍ THỰC HIỆN")),
  body(
    "Tổng kinh phí dự kiến thực hiện các dự án thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã năm 2025 là: ",
    amount("1.001", 7),
    text(" triệu đồng, trong đó vốn ngân sách trung ương: "),
    amount("871", 7, 4),
    text(" triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương "),
    amount("130", 7, 7),
    text(" triệu đồng (trong đó: ngân sách tỉnh: "),
    amount("87", 7, 8),
    text(" triệu đồng, ngân sách xã: "),
    amount("43", 7, 9),
    text(" triệu đồng)."),
  ),
  body("(Cụ thể từng dự án, tiểu dự án theo Phụ lục 01 đính kèm)."),
];

const SIGNATURE: Block = {
  kind: "signature",
  recipientsHeading: "Nơi nhận:",
  recipients: [
    "- Sở Nông nghiệp và Môi trường;",
    "- Thường trực Đảng ủy xã (báo cáo);",
    "- Thường trực HĐND xã;",
    "- CT, các PCT UBND xã;",
    "- Các cơ quan chuyên môn xã;",
    "- Lưu: VT, KT.",
  ],
  authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  signerName: "Nguyễn Văn An",
};

/** The plan with seven projects; `warning` adds the validation guard's block (at the end, to show it is moved up). */
export function samplePlan(options: { readonly warning?: boolean } = {}): NarrativeDocument {
  const blocks: Block[] = [
    HEADER,
    TITLE,
    ...LEGAL_BASES,
    paragraph("heading-1", text("I. MỤC ĐÍCH, YÊU CẦU")),
    paragraph("heading-2", text("1. Mục đích")),
    item(
      "Triển khai có hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã, thực hiện đạt và vượt các mục tiêu đề ra.",
    ),
    paragraph("heading-1", text("II. MỤC TIÊU")),
    body(
      "a) Phấn đấu giảm tỷ lệ hộ nghèo toàn xã còn ",
      figure("5,57%", [{ sheet: "Biểu 02", address: cell(12, 6) }]),
      text(" theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025."),
    ),
    paragraph("heading-1", text("III. NỘI DUNG")),
    ...PROJECTS.flatMap(projectSection),
    ...FUNDS_SECTION,
    paragraph("heading-1", text("V. NHIỆM VỤ, GIẢI PHÁP")),
    body(
      "Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức và trách nhiệm của các cấp, các ngành và người dân trong giảm nghèo bền vững.",
    ),
    paragraph("heading-1", text("VI. TỔ CHỨC THỰC HIỆN")),
    paragraph("heading-2", text("1. Phòng Kinh tế")),
    item(
      "Chủ trì, phối hợp với các đơn vị liên quan tham mưu UBND xã ban hành Kế hoạch thực hiện Chương trình hằng năm.",
    ),
    body(
      "Trên đây là Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã năm 2025./.",
    ),
    SIGNATURE,
    ...(options.warning ? [SAMPLE_WARNING] : []),
  ];
  return { title: "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh", blocks };
}

const EXAMPLE = "ke-hoach-2025-xa-ba-dinh.xlsx";

/** The builder's plan for examples/ke-hoach-2025-xa-ba-dinh.xlsx (seed 004's figures). */
export async function examplePlan(): Promise<NarrativeDocument> {
  const grid = readWorkbookGrid(await readWorkbookFile(`examples/${EXAMPLE}`), EXAMPLE);
  return buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS));
}
