/**
 * Seed 003's district plan (huyện Hậu Lộc, 2023) from a workbook holding its amounts: each
 * Tiểu dự án's "d) Kinh phí thực hiện" states its own amount, IV states the total 8.345,
 * and the plan speaks as a district (its communes, its Phòng Tài chính - Kế hoạch).
 */
import { buildNarrative, narrativeInputFromOwnSheets, renderText } from "../../src/domain/narrative";
import { PROGRAMS } from "../templates/support/fixtures";
import {
  computedGrid,
  fundingLineUnder,
  planBook,
  PROGRAM,
  seed003Entries,
  SEED_003_AMOUNTS,
  SEED_003_SETTINGS,
} from "./support/plans";

describe("seed 003: district plan of 2023", () => {
  let text: string;

  beforeAll(async () => {
    const grid = await computedGrid(planBook(SEED_003_SETTINGS, seed003Entries()).workbook);
    text = renderText(buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS)));
  });

  test.each(Object.entries(SEED_003_AMOUNTS))(
    "%s: d) Kinh phí thực hiện states its own amount",
    (code, amount) => {
      const name = PROGRAM.catalog.find((item) => item.code === code)?.name ?? "";
      const printed = String(amount).replace(/\B(?=(\d{3})+$)/g, ".");
      expect(fundingLineUnder(text, name)).toBe(
        `d) Kinh phí thực hiện: ${printed} triệu đồng từ vốn ngân sách trung ương (vốn sự nghiệp).`,
      );
    },
  );

  test("IV states the total 8.345 triệu đồng and reads it in words", () => {
    expect(text).toContain(
      "Tổng kinh phí dự kiến thực hiện các dự án thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn huyện Hậu Lộc năm 2023 là: 8.345 triệu đồng từ vốn ngân sách trung ương (vốn sự nghiệp).",
    );
    expect(text).toContain("(Bằng chữ: Tám tỷ ba trăm bốn mươi lăm triệu đồng).");
  });

  test("sections follow the catalog, numbered as seed 003 numbers them (Dự án 5 has nothing, so Dự án 6 is 5.)", () => {
    const headings = text.split("\n").filter((line) => /^\d+(\.\d+)?\. (Dự án|Tiểu dự án)/.test(line));
    expect(headings.map((line) => line.slice(0, line.indexOf(":")))).toEqual([
      "1. Dự án 1",
      "1.1. Tiểu dự án 1",
      "2. Dự án 2",
      "3. Dự án 3",
      "3.1. Tiểu dự án 1",
      "3.2. Tiểu dự án 2",
      "4. Dự án 4",
      "4.1. Tiểu dự án 1",
      "4.2. Tiểu dự án 2",
      "4.3. Tiểu dự án 3",
      "5. Dự án 6",
      "5.1. Tiểu dự án 1",
      "5.2. Tiểu dự án 2",
      "6. Dự án 7",
      "6.1. Tiểu dự án 1",
      "6.2. Tiểu dự án 2",
    ]);
  });

  test("the district keeps its level: header, subject, the communes' duties and the district's offices", () => {
    expect(text).toContain("\nỦY BAN NHÂN DÂN\nHUYỆN HẬU LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
    expect(text).toContain("Hậu Lộc, ngày 15 tháng 6 năm 2023");
    expect(text).toContain("trên địa bàn huyện Hậu Lộc\n");
    expect(text).toContain("\n8. Ủy ban nhân dân các xã, thị trấn\n");
    expect(text).toContain("\n7. Phòng Tài chính - Kế hoạch\n");
    expect(text).toContain("báo cáo UBND huyện (qua Phòng Lao động - Thương binh và Xã hội)");
  });

  test("VI groups the projects by lead office, the monitoring office first", () => {
    expect(text).toContain(
      "1. Phòng Lao động - Thương binh và Xã hội\n- Là cơ quan thường trực, tham mưu UBND huyện chỉ đạo",
    );
    expect(text).toContain(
      "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện: Dự án 2; Tiểu dự án 2 - Dự án 4; Tiểu dự án 3 - Dự án 4; Tiểu dự án 2 - Dự án 6; Tiểu dự án 1 - Dự án 7; Tiểu dự án 2 - Dự án 7.",
    );
  });

  test("with no local counterpart typed, the plan opens with the shortfall validation found", () => {
    expect(text).toMatch(/^CẢNH BÁO: Bảng tính còn 1 lỗi cần sửa trước khi ban hành kế hoạch/);
    expect(text.split("\n")[1]).toMatch(/^- Phụ lục 01: .*vốn đối ứng chưa đủ/);
  });

  test("the signature block names the signer", () => {
    expect(text.trimEnd().split("\n").slice(-5)).toEqual([
      "",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "",
      "Nguyễn Minh Hoàng",
    ]);
  });
});
