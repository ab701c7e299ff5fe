/**
 * What real workbooks throw at the reader: our sheets inserted twice ("Phụ lục 01 (2)",
 * KHGN_PL01_2) or copied in Excel (same marker name, scoped to the copy), a district plan
 * with the NS huyện column, cells people retyped (text years, "15%", a deleted row, a
 * number typed as text, an error), workbooks of their own with shared formulas and
 * formulas saved without results, and workbooks without any of our markers.
 */
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { computeValues } from "../../src/domain/grid-values";
import {
  findOwnSheets,
  firstOwnSheet,
  parseMarkerName,
  readFunds,
  readSettings,
  type OwnSheet,
} from "../../src/domain/own-sheets";
import { TEMPLATE_IDS, type TemplateId } from "../../src/domain/sheet-plan";
import {
  PL01_COLUMNS as C,
  ROW_KEY_COLUMN,
  SETTING_KEYS as S,
  TTC_COLUMNS,
} from "../../src/domain/templates/column-keys";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { cellAt, type WorkbookGrid } from "../../src/domain/workbook";
import { DISTRICT_2023, GIAM_NGHEO as PROGRAM, TWO_TIER_2025 } from "../templates/support/fixtures";
import { definedName, sheetGrid, workbookGrid } from "./support/grids";
import { fill, newPlanWorkbook, plannedAddress, savedAndRead, type Entry } from "./support/plan-workbook";

function own(sheets: readonly OwnSheet[], id: TemplateId): OwnSheet {
  const found = firstOwnSheet(sheets, id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const amount = (row: string, col: string, value: Entry["value"]): Entry => ({
  template: "phu-luc-01",
  row,
  col,
  value,
});

describe("copies of our sheets", () => {
  let grid: WorkbookGrid;

  beforeAll(async () => {
    const first = newPlanWorkbook(PROGRAM, TWO_TIER_2025.settings(PROGRAM), TEMPLATE_IDS);
    fill(first, [amount("DA2", C.sn, 300)]);
    const second = newPlanWorkbook(PROGRAM, TWO_TIER_2025.settings(PROGRAM), ["phu-luc-01"], first.workbook);
    fill(second, [amount("DA2", C.sn, 120), amount("DA6.1", C.xa, 5)]);
    const excelCopy = first.workbook.addWorksheet("Phụ lục 01 (3)");
    first.workbook.getWorksheet("Phụ lục 01")?.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        excelCopy.getCell(r, c).value = cell.value;
      }),
    );
    const marker = first.plans.find((p) => p.templateId === "phu-luc-01")?.names[0];
    if (!marker) throw new Error("no marker");
    const { start, end } = marker.range;
    excelCopy.getCell(start.row, start.col + 1).value = "Bản sao";
    first.workbook.definedNames.add(
      `'Phụ lục 01 (3)'!$A$${start.row}:$${String.fromCharCode(64 + end.col)}$${end.row}`,
      "KHGN_PL01",
    );
    grid = computeValues(await savedAndRead(first.workbook));
  });

  test("a second insertion and an Excel copy are further Phụ lục 01 sheets, each reading its own amounts", () => {
    const funds = findOwnSheets(grid).filter((s) => s.templateId === "phu-luc-01");
    expect(funds.map((s) => [s.sheet, s.markerName, s.copy])).toEqual([
      ["Phụ lục 01", "KHGN_PL01", 1],
      ["Phụ lục 01 (2)", "KHGN_PL01_2", 2],
      ["Phụ lục 01 (3)", "KHGN_PL01", 1],
    ]);
    expect(funds.map((s) => readFunds(grid, s, PROGRAM).total.amounts.tong)).toEqual([300, 125, 300]);
  });

  test("the second insertion reads its level shares from the first settings sheet through its marker name", () => {
    const copy = findOwnSheets(grid).find((s) => s.sheet === "Phụ lục 01 (2)");
    if (!copy) throw new Error("no copy");
    const required = readFunds(grid, copy, PROGRAM).counterpart.required;
    expect([required.tinh.value, required.xa.value]).toEqual([0.1, 0.05]);
  });
});

describe("a 2023 district plan", () => {
  test("has the NS huyện column, read with its cells, and its settings come back", async () => {
    const settings = {
      ...DISTRICT_2023.settings(PROGRAM),
      levelSplit: { tinh: 0.08, huyen: 0.04, xa: 0.03 },
    };
    const book = newPlanWorkbook(PROGRAM, settings, ["thong-tin-chung", "phu-luc-01"]);
    fill(book, [amount("DA2", C.sn, 3051), amount("DA2", C.huyen, 150), amount("DA1.1", C.dtpt, 450)]);
    const grid = computeValues(await savedAndRead(book.workbook));
    const sheets = findOwnSheets(grid);
    const funds = readFunds(grid, own(sheets, "phu-luc-01"), PROGRAM);
    expect(funds.hasDistrict).toBe(true);
    expect(funds.total.amounts).toMatchObject({ tong: 3651, nstw: 3501, dtpt: 450, nsdp: 150, huyen: 150 });
    expect(funds.total.cells.huyen).toEqual(plannedAddress(book.plans, "phu-luc-01", "TOTAL", C.huyen));
    expect(readSettings(grid, own(sheets, "thong-tin-chung")).settings).toEqual(settings);
  });
});

describe("cells people retyped", () => {
  let grid: WorkbookGrid;
  let sheets: OwnSheet[];
  let book: ReturnType<typeof newPlanWorkbook>;

  beforeAll(async () => {
    book = newPlanWorkbook(PROGRAM, TWO_TIER_2025.settings(PROGRAM), ["thong-tin-chung", "phu-luc-01"]);
    const setting = (row: string, value: string | number | null): Entry => ({
      template: "thong-tin-chung",
      row,
      col: TTC_COLUMNS.value,
      value,
    });
    fill(book, [
      setting(S.year, "2025"),
      setting(S.level, "Huyen"),
      setting(S.planDate, "05/02/2025"),
      setting(S.customRatio, "15%"),
      setting(S.splitXa, null),
      setting(S.programId, null),
      setting(S.provinceGroup, "Tỉnh nhận bổ sung cân đối từ NSTW từ 70% trở lên"),
      setting(S.signerName, 2025),
      amount("DA2", C.sn, 300),
      amount("DA3.1", C.sn, "1.147"),
      amount("DA3.2", C.sn, { error: "#REF!" }),
    ]);
    const da5 = plannedAddress(book.plans, "phu-luc-01", "DA5", C.tt);
    const funds = book.workbook.getWorksheet("Phụ lục 01");
    if (!funds) throw new Error("no Phụ lục 01");
    funds.getCell(da5.row, 1).value = null;
    grid = computeValues(await savedAndRead(book.workbook));
    sheets = findOwnSheets(grid);
  });

  test("settings typed in other forms are understood; empty required ones fall back and are reported", () => {
    const reading = readSettings(
      grid,
      own(sheets, "thong-tin-chung"),
      defaultSettings(PROGRAM, { year: 2024 }),
    );
    expect(reading.settings).toMatchObject({
      year: 2025,
      level: "huyen",
      planDate: "2025-02-05",
      customRatio: 0.15,
      levelSplit: { tinh: 0.1, huyen: 0, xa: 0 },
      programId: PROGRAM.id,
      provinceGroup: "tu-70",
      signer: { name: "2025" },
    });
    // As in Excel, the sheet's own formula cannot use "15%" typed as text nor a group typed
    // by its label: the applied minimum stays empty rather than taking a wrong number.
    expect(reading.minRatio.value).toBeNull();
    expect(reading.problems.map((p) => [p.kind, p.rowKey])).toEqual([["missing-setting", S.programId]]);
    expect(reading.cells.get(S.year)).toEqual(
      plannedAddress(book.plans, "thong-tin-chung", S.year, TTC_COLUMNS.value),
    );
  });

  test("unreadable settings never throw: defaults and a list of problems", async () => {
    const broken = newPlanWorkbook(PROGRAM, TWO_TIER_2025.settings(PROGRAM), ["thong-tin-chung"]);
    fill(broken, [
      { template: "thong-tin-chung", row: S.year, col: TTC_COLUMNS.value, value: "năm nay" },
      { template: "thong-tin-chung", row: S.level, col: TTC_COLUMNS.value, value: "tỉnh" },
      { template: "thong-tin-chung", row: S.customRatio, col: TTC_COLUMNS.value, value: 15 },
    ]);
    const brokenGrid = computeValues(await savedAndRead(broken.workbook));
    const reading = readSettings(brokenGrid, own(findOwnSheets(brokenGrid), "thong-tin-chung"));
    expect(reading.settings).toMatchObject({ year: 2025, level: "xa", customRatio: null });
    expect(reading.problems.map((p) => [p.kind, p.rowKey, p.shown])).toEqual(
      expect.arrayContaining([
        ["invalid-setting", S.year, "năm nay"],
        ["invalid-setting", S.level, "tỉnh"],
        ["invalid-setting", S.customRatio, "15"],
      ]),
    );
  });

  test("a number typed as text is read and reported; Excel's sums skip it, and so do ours", () => {
    const funds = readFunds(grid, own(sheets, "phu-luc-01"), PROGRAM);
    const row = (code: string) => funds.rows.find((r) => r.code === code);
    expect(row("DA3.1")?.amounts.sn).toBe(1147);
    expect(row("DA3.1")?.amounts.nstw).toBe(0);
    expect(funds.problems).toContainEqual(
      expect.objectContaining({ kind: "number-as-text", rowKey: "DA3.1", shown: "1.147" }),
    );
  });

  test("an error in an amount reads as null and is reported; a row whose key was deleted is reported missing", () => {
    const funds = readFunds(grid, own(sheets, "phu-luc-01"), PROGRAM);
    expect(funds.rows.find((r) => r.code === "DA3.2")?.amounts.sn).toBeNull();
    expect(funds.total.amounts.sn).toBeNull();
    expect(funds.problems).toContainEqual(
      expect.objectContaining({ kind: "error-value", rowKey: "TOTAL", colKey: C.sn, shown: "#REF!" }),
    );
    expect(funds.problems).toContainEqual(
      expect.objectContaining({ kind: "error-value", rowKey: "DA3.2", colKey: C.sn }),
    );
    expect(funds.rows.some((r) => r.code === "DA5")).toBe(false);
    expect(funds.problems).toContainEqual(expect.objectContaining({ kind: "missing-row", rowKey: "DA5" }));
  });
});

describe("workbooks of their own", () => {
  function usersWorkbook(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Phụ lục 01");
    sheet.getRow(4).values = ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"];
    [
      ["1", "Dự án 2", null, 300, 93],
      ["2", "Dự án 3", null, 250, 37],
      ["3", "Dự án 6", null, 0, 0],
    ].forEach((values, i) => {
      sheet.getRow(5 + i).values = values;
    });
    sheet.getCell("C5").value = { formula: "D5+E5", result: 393 };
    sheet.getCell("C6").value = { sharedFormula: "C5", result: 287 };
    sheet.getCell("C7").value = { sharedFormula: "C5", result: 0 };
    sheet.getCell("B8").value = "Tổng cộng";
    sheet.getCell("C8").value = { formula: "SUM(C5:C7)" };
    sheet.getCell("D8").value = { formula: "SUM(D5:D7)" };
    return workbook;
  }

  test("shared formulas, a cached 0 and totals saved without results all give the right numbers", async () => {
    const grid = computeValues(await savedAndRead(usersWorkbook(), "phu-luc-xa.xlsx"));
    const sheet = grid.sheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(cellAt(sheet, 6, 3)).toMatchObject({ formula: "=D6+E6", value: 287 });
    expect(cellAt(sheet, 7, 3)).toMatchObject({ formula: "=D7+E7", value: 0, valueKnown: true });
    expect(cellAt(sheet, 8, 3)).toMatchObject({ value: 680, valueKnown: true });
    expect(cellAt(sheet, 8, 4)?.value).toBe(550);
  });

  test("yield no own sheets and no problems", () => {
    const workbook = usersWorkbook();
    workbook.definedNames.add("'Phụ lục 01'!$A$4:$E$8", "BangKinhPhi");
    const grid = computeValues(readWorkbookGrid(workbook, "phu-luc-xa.xlsx"));
    expect(findOwnSheets(grid)).toEqual([]);
  });
});

describe("marker names", () => {
  test("only our exact names and numbered copies count, in any case", () => {
    expect(parseMarkerName("KHGN_PL01")).toEqual({ templateId: "phu-luc-01", copy: 1 });
    expect(parseMarkerName("khgn_b02_3")).toEqual({ templateId: "bieu-02", copy: 3 });
    for (const name of [
      "KHGN_PL01_1",
      "KHGN_PL01_x",
      "KHGN_PL01_2_3",
      "KHGN_PL1",
      "KHGN_",
      "PL01",
      "KHGN_PL01X",
    ]) {
      expect(parseMarkerName(name)).toBeNull();
    }
  });

  test("a marker on a sheet that is gone, or not naming a range, is no sheet of ours", () => {
    const range = { start: { row: 5, col: 1 }, end: { row: 9, col: 6 } };
    const grid = workbookGrid(
      [sheetGrid("Biểu 02", { A5: ROW_KEY_COLUMN })],
      [
        definedName("KHGN_B02", "Biểu 02", range),
        definedName("KHGN_B03", "Đã xóa", range),
        { name: "KHGN_PC", sheet: null, range: null, reference: "#REF!" },
      ],
    );
    expect(findOwnSheets(grid).map((s) => s.templateId)).toEqual(["bieu-02"]);
  });
});
