/**
 * The guard: when the workbook has errors the narrative still renders, but opens with a
 * visible list of them, each naming its sheet and cell, so nobody signs a plan whose
 * figures are wrong without being told. Errors come from validation and from cells the
 * readers could not read; a workbook without a settings sheet gives no plan at all.
 */
import ExcelJS from "exceljs";
import { toA1 } from "../../src/domain/address/cell-address";
import { computeValues } from "../../src/domain/grid-values";
import {
  buildNarrative,
  narrativeInputFromOwnSheets,
  NarrativeInputError,
  renderText,
} from "../../src/domain/narrative";
import { narrativeErrors } from "../../src/domain/narrative/own-sheets/errors";
import type { ReadProblem } from "../../src/domain/own-sheets";
import { PL01_COLUMNS } from "../../src/domain/templates/column-keys";
import { plannedAddress, savedAndRead } from "../own-sheets/support/plan-workbook";
import { PROGRAMS } from "../templates/support/fixtures";
import { computedGrid, planBook, seed004Entries, SEED_004_SETTINGS } from "./support/plans";

describe("a workbook with errors", () => {
  let text: string;
  let negativeCell: string;
  let brokenCell: string;

  beforeAll(async () => {
    const entries = seed004Entries().map((e) =>
      e.template === "phu-luc-01" && e.row === "DA2" && e.col === PL01_COLUMNS.xa ? { ...e, value: -16 } : e,
    );
    const book = planBook(SEED_004_SETTINGS, [
      ...entries,
      { template: "phu-luc-01", row: "DA6.1", col: PL01_COLUMNS.sn, value: { formula: "1/0" } },
    ]);
    negativeCell = toA1(plannedAddress(book.plans, "phu-luc-01", "DA2", PL01_COLUMNS.xa));
    brokenCell = toA1(plannedAddress(book.plans, "phu-luc-01", "DA6.1", PL01_COLUMNS.sn));
    const grid = await computedGrid(book.workbook);
    text = renderText(buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS)));
  });

  test("the plan opens with the list of errors, before the header", () => {
    const [first = "", ...rest] = text.split("\n");
    expect(first).toMatch(/^CẢNH BÁO: Bảng tính còn \d+ lỗi cần sửa trước khi ban hành kế hoạch/);
    const listed = rest.slice(0, rest.indexOf(""));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.every((line) => line.startsWith("- Phụ lục 01: "))).toBe(true);
    expect(listed.some((line) => line.includes(negativeCell) && line.includes("-16"))).toBe(true);
    expect(listed.some((line) => line.includes(brokenCell) && line.includes("#DIV/0!"))).toBe(true);
  });

  test("the plan itself still renders in full after the list", () => {
    for (const heading of [
      "KẾ HOẠCH",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "III. NỘI DUNG",
      "IV. KINH PHÍ THỰC HIỆN",
      "VI. TỔ CHỨC THỰC HIỆN",
    ])
      expect(text).toContain(`\n${heading}\n`);
    expect(text).toContain("Nơi nhận:");
  });
});

test("errors passed in by the caller are listed, and none means no list", async () => {
  const grid = await computedGrid(planBook(SEED_004_SETTINGS, seed004Entries()).workbook);
  const input = narrativeInputFromOwnSheets(grid, PROGRAMS, { validation: null });
  expect(input.errors).toEqual([]);
  const doc = buildNarrative({ ...input, errors: ["Phụ lục 01: Ô E9: tổng không khớp."] });
  expect(doc.blocks[0]).toEqual({
    kind: "warning",
    heading:
      "Bảng tính còn 1 lỗi cần sửa trước khi ban hành kế hoạch; các số liệu dưới đây có thể chưa đúng:",
    items: ["Phụ lục 01: Ô E9: tổng không khớp."],
  });
  expect(buildNarrative(input).blocks[0]?.kind).toBe("header");
});

test("a workbook without our settings sheet gives a typed error, not a plan", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").getCell("A1").value = "Kế hoạch";
  const grid = computeValues(await savedAndRead(workbook));
  expect(() => narrativeInputFromOwnSheets(grid, PROGRAMS)).toThrow(NarrativeInputError);
});

test("cells the readers could not use are listed by sheet and cell unless validation reported them", () => {
  const problems: ReadProblem[] = [
    { kind: "value-unknown", sheet: "Phụ lục 01", cell: { row: 9, col: 3 }, rowKey: "TOTAL", colKey: "tong" },
    { kind: "missing-row", sheet: "Biểu 03", cell: null, rowKey: "yt-bhyt" },
    { kind: "number-as-text", sheet: "Phụ lục 01", cell: { row: 12, col: 6 }, shown: "1.147" },
  ];
  expect(narrativeErrors(null, problems, [])).toEqual([
    "Phụ lục 01: không tính được giá trị công thức ở ô C9; số liệu này không có trong kế hoạch.",
    "Biểu 03: thiếu dòng “yt-bhyt” của mẫu (dòng đã bị xóa hoặc sửa khóa); phần tương ứng của kế hoạch không có số liệu.",
  ]);
});
