/**
 * Seed 004's two-tier commune plan (xã Ba Dinh, Quảng Ngãi, 2025) from a workbook holding
 * its figures: IV states 1.001 = 871 NSTW (sự nghiệp) + 130 NSĐP (87 tỉnh, 43 xã) in seed
 * 004's words and reads the total in words, II states the year's targets from Biểu 02 and
 * 03, every project with funds or targets gets a section, and nothing mentions a district.
 * The shipped example workbook (scripts/make-example.js) gives the same IV.
 */
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { buildNarrative, narrativeInputFromOwnSheets, renderText } from "../../src/domain/narrative";
import { PROGRAMS } from "../templates/support/fixtures";
import {
  computedGrid,
  fundingLineUnder,
  planBook,
  PROGRAM,
  seed004Entries,
  SEED_004_SETTINGS,
} from "./support/plans";

const IV_TOTAL =
  "Tổng kinh phí dự kiến thực hiện các dự án thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã Ba Dinh năm 2025 là: 1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương 130 triệu đồng (trong đó: ngân sách tỉnh: 87 triệu đồng, ngân sách xã: 43 triệu đồng).";
const IV_WORDS = "(Bằng chữ: Một tỷ không trăm linh một triệu đồng).";

function nameOf(code: string): string {
  return PROGRAM.catalog.find((item) => item.code === code)?.name ?? "";
}

describe("seed 004: two-tier commune plan of 2025", () => {
  let text: string;

  beforeAll(async () => {
    const grid = await computedGrid(planBook(SEED_004_SETTINGS, seed004Entries()).workbook);
    text = renderText(buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS)));
  });

  test("IV states the total and its split as seed 004 does, and the amount in words", () => {
    expect(text).toContain(`\nIV. KINH PHÍ THỰC HIỆN\n${IV_TOTAL}\n${IV_WORDS}\n`);
  });

  test("IV states the counterpart share, which meets the 15% rule as seed 004 rounds it", () => {
    expect(text).toContain(
      "Vốn ngân sách địa phương bằng 14,93% vốn ngân sách trung ương, bảo đảm tỷ lệ vốn đối ứng theo quy định tại Quyết định số 02/2022/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ.",
    );
  });

  test("a clean workbook gives a plan without warnings", () => {
    expect(text).toMatch(
      /^ỦY BAN NHÂN DÂN\nXÃ BA DINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n/,
    );
    expect(text).not.toContain("CẢNH BÁO");
  });

  test("no district anywhere in a plan of the two-tier system", () => {
    expect(text.toLocaleLowerCase("vi")).not.toContain("huyện");
  });

  test("II states the household targets as rates from … down to …, with counts", () => {
    expect(text).toContain(
      "a) Phấn đấu giảm tỷ lệ hộ nghèo toàn xã từ 8,35% xuống còn 5,57% theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 (giảm 2,78%); số hộ nghèo từ 792 hộ xuống còn 528 hộ; trong năm có 280 hộ thoát nghèo.",
    );
    expect(text).toContain("b) Phấn đấu giảm tỷ lệ hộ cận nghèo toàn xã từ 2,54% xuống còn 0,59%");
  });

  test("II states the service targets by dimension, with their units", () => {
    expect(text).toContain(
      "- Về y tế: 100% người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế.",
    );
    expect(text).toContain(
      "- Về việc làm:\n+ 100% người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu được hỗ trợ kết nối",
    );
    expect(text).toContain(
      "+ 20 người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo được hỗ trợ kết nối việc làm thành công.",
    );
    expect(text).toContain("(Cụ thể theo các Biểu số 02, 03 đính kèm).");
  });

  test("each funded project states its amount split by source", () => {
    expect(fundingLineUnder(text, nameOf("DA2"))).toBe(
      "d) Kinh phí thực hiện: 346 triệu đồng, trong đó vốn ngân sách trung ương: 300 triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương 46 triệu đồng (trong đó: ngân sách tỉnh: 30 triệu đồng, ngân sách xã: 16 triệu đồng).",
    );
    expect(fundingLineUnder(text, nameOf("DA7.2"))).toMatch(
      /^d\) Kinh phí thực hiện: 46 triệu đồng, trong đó/,
    );
  });

  test("a project with a target but no funds gets a section saying so; one with neither gets none", () => {
    expect(fundingLineUnder(text, nameOf("DA6.1"))).toBe(
      "d) Kinh phí thực hiện: năm 2025 chưa bố trí kinh phí của Chương trình; lồng ghép các nguồn lực khác trên địa bàn để thực hiện.",
    );
    expect(text).toContain(
      "Chỉ tiêu năm 2025: 85% hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận sử dụng các dịch vụ viễn thông, internet.",
    );
    expect(text).not.toContain(nameOf("DA1"));
    expect(text).not.toContain(nameOf("DA5"));
  });

  test("e) and VI name the offices of the Phân công sheet; Phòng Kinh tế runs the program", () => {
    expect(text).toContain(
      "e) Phân công thực hiện:\n- Trung tâm cung ứng dịch vụ công: Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện;",
    );
    expect(text).toContain("\n1. Phòng Kinh tế\n- Là cơ quan thường trực, tham mưu UBND xã");
    expect(text).toContain(
      "\n2. Trung tâm cung ứng dịch vụ công\n- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện: Dự án 2; Tiểu dự án 1 - Dự án 3; Tiểu dự án 2 - Dự án 6.\n",
    );
  });

  test("the plan closes with ./. and lists its recipients, the last ending with a full stop", () => {
    expect(text).toContain(
      "để xem xét, chỉ đạo giải quyết./.\n\nNơi nhận:\n- Sở Nông nghiệp và Môi trường;\n",
    );
    expect(text).toContain("\n- Lưu: VT, KT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n");
  });
});

test("the shipped example workbook (seed 004's figures) gives the same IV", async () => {
  const grid = readWorkbookGrid(
    await readWorkbookFile("examples/ke-hoach-2025-xa-ba-dinh.xlsx"),
    "ke-hoach-2025-xa-ba-dinh.xlsx",
  );
  const text = renderText(buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS)));
  expect(text).toContain(`${IV_TOTAL}\n${IV_WORDS}\n`);
  expect(text.toLocaleLowerCase("vi")).not.toContain("huyện");
});
