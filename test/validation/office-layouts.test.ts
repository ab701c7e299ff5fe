/**
 * The whole validator (recognition, then every rule) on sheets laid out the ways offices
 * lay them out beyond our fixtures: a rate column beside the amounts, sources repeated in
 * a carried-over block and this year's block, a Dự án split into "Vốn đầu tư phát triển /
 * Vốn sự nghiệp" lines, a Biểu 02 with count and rate columns per kind and no unit
 * column. Each is right as written and must raise no error or warning; a wrong number in
 * the block that is read is still found.
 */
import { rangeToA1 } from "../../src/domain/address/cell-address";
import { validateWorkbook } from "../../src/domain/validation/engine";
import { f, sheet, workbook, type CellInput } from "../detect/support/grid";
import { PROGRAMS } from "./support/rule-tester";

const TITLES: CellInput[][] = [
  ["PHỤ LỤC 01"],
  ["KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2024"],
  ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND xã Xuân Giang)"],
  [null, null, null, null, null, "Đơn vị tính: triệu đồng"],
];
const DA2 = "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo";
const DA4 = "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững";
const DA6 = "Dự án 6: Truyền thông và giảm nghèo về thông tin";

/** Errors and warnings as "rule cell", and the notes' message ids. */
function validate(rows: readonly (readonly CellInput[])[], merges: readonly string[] = []) {
  const { issues } = validateWorkbook(workbook([sheet("Sheet1", rows, { merges })]), { programs: PROGRAMS });
  return {
    alarms: issues.filter((i) => i.severity !== "info").map((i) => `${i.ruleId} ${rangeToA1(i.range)}`),
    notes: issues.filter((i) => i.severity === "info").map((i) => i.messageId),
  };
}

describe("a “Tỷ lệ vốn đối ứng (%)” column beside the amounts", () => {
  const rows = [
    ...TITLES,
    ["TT", "Nội dung", "Tổng cộng", "NSTW", "NS tỉnh", "NS xã", "Tỷ lệ vốn đối ứng (%)"],
    [
      null,
      "TỔNG CỘNG",
      f("=C7+C8", 460),
      f("=D7+D8", 400),
      f("=E7+E8", 40),
      f("=F7+F8", 20),
      f("=(E6+F6)/D6*100", 15),
    ],
    [1, DA2, f("=D7+E7+F7", 230), 200, 20, 10, f("=(E7+F7)/D7*100", 15)],
    [2, DA6, f("=D8+E8+F8", 230), 200, 20, 10, f("=(E8+F8)/D8*100", 15)],
  ];

  it("is not read as the NSĐP column, so nothing is reported", () => {
    const { alarms, notes } = validate(rows);
    expect(alarms).toEqual([]);
    expect(notes).toContain("detect.column-unmapped");
  });
});

describe("sources in a “Vốn năm 2023 chuyển sang” block and a “Vốn năm 2024” block", () => {
  const header: CellInput[][] = [
    ["TT", "Nội dung", "Tổng cộng", "Vốn năm 2023 chuyển sang", null, "Vốn năm 2024", null],
    [null, null, null, "NSTW", "NSĐP", "NSTW", "NSĐP"],
  ];
  const merges = ["A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:G5"];
  const total: CellInput[] = [
    null,
    "TỔNG CỘNG",
    f("=C8+C9", 560),
    f("=D8+D9", 80),
    f("=E8+E9", 20),
    f("=F8+F9", 400),
    f("=G8+G9", 60),
  ];

  it("checks this year's block, not a Tổng cộng that adds both blocks", () => {
    const { alarms, notes } = validate(
      [
        ...TITLES,
        ...header,
        total,
        [1, DA2, f("=SUM(D8:G8)", 280), 40, 10, 200, 30],
        [2, DA6, f("=SUM(D9:G9)", 280), 40, 10, 200, 30],
      ],
      merges,
    );
    expect(alarms).toEqual([]);
    expect(notes.filter((id) => id === "detect.block-skipped")).toHaveLength(2);
  });

  it("still finds a wrong number in this year's block", () => {
    const { alarms } = validate(
      [
        ...TITLES,
        ...header,
        [...total.slice(0, 5), f("=F8+F9", 400), 70],
        [1, DA2, f("=SUM(D8:G8)", 280), 40, 10, 200, 30],
        [2, DA6, f("=SUM(D9:G9)", 280), 40, 10, 200, 30],
      ],
      merges,
    );
    expect(alarms).toEqual(["grand-total G7"]);
  });
});

describe("a Dự án split into “Vốn đầu tư phát triển” and “Vốn sự nghiệp” lines", () => {
  it("adds the lines into their Dự án, not into TỔNG CỘNG", () => {
    const { alarms } = validate([
      ...TITLES,
      ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
      [null, "TỔNG CỘNG", f("=C7+C10", 460), f("=D7+D10", 400), f("=E7+E10", 60)],
      [1, DA4, f("=C8+C9", 230), f("=D8+D9", 200), f("=E8+E9", 30)],
      [null, "Vốn đầu tư phát triển", f("=D8+E8", 115), 100, 15],
      [null, "Vốn sự nghiệp", f("=D9+E9", 115), 100, 15],
      [2, DA6, f("=D10+E10", 230), 200, 30],
    ]);
    expect(alarms).toEqual([]);
  });

  it("while a table that opens with such groups keeps them as groups", () => {
    const { alarms } = validate([
      ...TITLES,
      ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
      [null, "TỔNG CỘNG", f("=C7+C9", 460), f("=D7+D9", 400), f("=E7+E9", 60)],
      [null, "Vốn đầu tư phát triển", f("=C8", 230), f("=D8", 200), f("=E8", 30)],
      [1, DA4, f("=D8+E8", 230), 200, 30],
      [null, "Vốn sự nghiệp", f("=C10", 230), f("=D10", 200), f("=E10", 30)],
      [1, DA6, f("=D10+E10", 230), 200, 30],
    ]);
    expect(alarms).toEqual([]);
  });
});

describe("a Biểu 02 with “Số hộ / Tỷ lệ (%)” under each kind of household and no unit column", () => {
  it("asks no unit of its figures", () => {
    const { alarms } = validate(
      [
        ["BIỂU SỐ 02"],
        ["CHỈ TIÊU GIẢM NGHÈO NĂM 2024"],
        ["(Kèm theo Kế hoạch số 20/KH-UBND ngày 15/3/2024 của UBND xã Hưng Chính)"],
        ["TT", "Chỉ tiêu", "Hộ nghèo", null, "Hộ cận nghèo", null],
        [null, null, "Số hộ", "Tỷ lệ (%)", "Số hộ", "Tỷ lệ (%)"],
        [1, "Tổng số hộ dân cư", 3412, null, null, null],
        [2, "Số hộ đầu năm 2024", 28, 0.82, 65, 1.91],
        [3, "Số hộ thoát nghèo, thoát cận nghèo", 12, null, 20, null],
        [4, "Số hộ tái nghèo, tái cận nghèo", 1, null, 2, null],
        [5, "Số hộ phát sinh mới", 1, null, 3, null],
        [6, "Số hộ cuối năm 2024", f("=C7-C8+C9+C10", 18), 0.53, f("=E7-E8+E9+E10", 50), 1.47],
      ],
      ["A4:A5", "B4:B5", "C4:D4", "E4:F4"],
    );
    expect(alarms).toEqual([]);
  });
});
