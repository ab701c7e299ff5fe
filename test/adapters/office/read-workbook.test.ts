/**
 * Reading the open workbook through the Excel JS API, run against the in-memory Excel:
 * what validation sees (values, formulas, errors, numbers typed as text, formats, hidden
 * rows and columns, merges, protection, names), in two syncs for workbooks of any number
 * of sheets, nothing ever written, large sheets read in responses Excel on the web accepts,
 * and the same grid as the .xlsx reader gives for the same sheets.
 */
import ExcelJS from "exceljs";
import { createFakeExcel, type FakeExcel, type InitialSheet } from "../../../src/adapters/memory/excel-fake";
import { insertTemplates } from "../../../src/adapters/office/insert-templates";
import { readWorkbook, UNNAMED_WORKBOOK } from "../../../src/adapters/office/read-workbook";
import { ExcelTooOldError } from "../../../src/adapters/office/requirements";
import { loadProgramRegistry } from "../../../src/adapters/node/load-programs";
import { insertTemplatesIntoWorkbook } from "../../../src/adapters/xlsx/insert-templates";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/read-workbook";
import { parseA1 } from "../../../src/domain/address/cell-address";
import { findOwnSheets } from "../../../src/domain/own-sheets/find-own-sheets";
import { TEMPLATE_IDS } from "../../../src/domain/sheet-plan";
import { defaultSettings } from "../../../src/domain/templates/default-settings";
import { planInsertion } from "../../../src/domain/templates/plan-insertion";
import { cellAt, type GridCell, type SheetGrid, type WorkbookGrid } from "../../../src/domain/workbook";

const WEB_RESPONSE_LIMIT = 5 * 1024 * 1024;

function sheetOf(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function at(sheet: SheetGrid, a1: string): GridCell | undefined {
  const { row, col } = parseA1(a1);
  return cellAt(sheet, row, col);
}

const FUNDS: InitialSheet = {
  name: "Kinh phí",
  cells: {
    A1: "KINH PHÍ NĂM 2025",
    A3: "1.1",
    B3: "Hỗ trợ sản xuất",
    C3: 1250,
    D3: "1.147",
    C4: 300,
    C5: "=SUM(C3:C4)",
    C6: "=C5/0",
    C7: "=D3*2",
    E3: true,
    F3: "#N/A",
  },
  numberFormats: { C3: "#,##0", C5: "#,##0" },
};

function fundsWorkbook(): FakeExcel {
  const fake = createFakeExcel({ sheets: [FUNDS], title: "Kế hoạch 2025.xlsx" });
  fake.setFormulaResult("Kinh phí", "C5", 1550);
  fake.setFormulaResult("Kinh phí", "C6", "#DIV/0!");
  return fake;
}

function smallSheet(i: number): InitialSheet {
  return { name: `Biểu ${i}`, cells: { A1: `Biểu số ${i}`, B2: i * 10, B3: "=B2*2", N40: "cuối" } };
}

describe("readWorkbook: what validation sees", () => {
  it("keeps numbers, text, booleans and number formats as Excel holds them", async () => {
    const grid = await readWorkbook(fundsWorkbook(), fundsWorkbook().requirements);
    const sheet = sheetOf(grid, "Kinh phí");

    expect(grid.source).toBe("Kế hoạch 2025.xlsx");
    expect(at(sheet, "C3")).toEqual({ value: 1250, valueKnown: true, formula: null, numberFormat: "#,##0" });
    expect(at(sheet, "A3")?.value).toBe("1.1");
    expect(at(sheet, "D3")?.value).toBe("1.147");
    expect(at(sheet, "E3")?.value).toBe(true);
    expect(at(sheet, "B3")?.numberFormat).toBe("General");
    expect(at(sheet, "A2")).toBeUndefined();
    expect([sheet.maxRow, sheet.maxCol]).toEqual([7, 6]);
  });

  it("gives formulas with their computed values, and errors as error cells", async () => {
    const fake = fundsWorkbook();
    const sheet = sheetOf(await readWorkbook(fake, fake.requirements), "Kinh phí");

    expect(at(sheet, "C5")).toEqual({
      value: 1550,
      valueKnown: true,
      formula: "=SUM(C3:C4)",
      numberFormat: "#,##0",
    });
    expect(at(sheet, "C6")?.value).toEqual({ error: "#DIV/0!" });
    expect(at(sheet, "F3")).toMatchObject({ value: { error: "#N/A" }, formula: null });
    /** The fake does not calculate: a formula nobody computed is unknown, for domain/grid-values to compute. */
    expect(at(sheet, "C7")).toMatchObject({ formula: "=D3*2", valueKnown: false, value: null });
  });

  it("keeps text typed with an apostrophe that looks like a formula as text", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Ghi chú" }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Ghi chú").getRange("A1:A2").values = [
        ["'=Tổng cộng"],
        ["'- Lưu: VT"],
      ];
      await context.sync();
    });
    const sheet = sheetOf(await readWorkbook(fake, fake.requirements), "Ghi chú");

    expect(at(sheet, "A1")).toMatchObject({ value: "=Tổng cộng", formula: null });
    expect(at(sheet, "A2")).toMatchObject({ value: "- Lưu: VT", formula: null });
  });

  it("reports hidden rows and columns, hidden sheets and protected sheets", async () => {
    const fake = createFakeExcel({
      sheets: [
        { ...FUNDS, hiddenRows: [4], hiddenColumns: [2, 45], cells: { ...FUNDS.cells, AX3: "xa" } },
        { name: "Tham số", cells: { A1: 1 }, visibility: "Hidden" },
        { name: "Khóa", cells: { A1: 2 }, protected: true, password: "abc" },
      ],
    });
    const grid = await readWorkbook(fake, fake.requirements);
    const funds = sheetOf(grid, "Kinh phí");

    expect([...funds.hiddenRows]).toEqual([4]);
    expect([...funds.hiddenCols].sort((a, b) => a - b)).toEqual([2, 45]);
    expect(sheetOf(grid, "Tham số").visible).toBe(false);
    expect(sheetOf(grid, "Khóa").protected).toBe(true);
    expect(funds.protected).toBe(false);
  });

  it("reads merged areas where Excel can list them (ExcelApi 1.13) and none before", async () => {
    const sheets: InitialSheet[] = [
      { name: "Biểu 1", cells: { A1: "BIỂU SỐ 01", B3: "Nội dung", A5: 1 }, merges: ["A1:F1", "B3:B4"] },
    ];
    const recent = createFakeExcel({ sheets });
    const older = createFakeExcel({ sheets, apiVersion: "1.12" });

    const merges = sheetOf(await readWorkbook(recent, recent.requirements), "Biểu 1").merges;
    const none = sheetOf(await readWorkbook(older, older.requirements), "Biểu 1").merges;

    expect(merges).toEqual([
      { start: { row: 1, col: 1 }, end: { row: 1, col: 6 } },
      { start: { row: 3, col: 2 }, end: { row: 4, col: 2 } },
    ]);
    expect(none).toEqual([]);
    expect(older.syncCount).toBe(2);
  });

  it("still reads a sheet with more merged areas than Excel lists, without its merges", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const fake = createFakeExcel({
      sheets: [{ name: "Hộ nghèo", cells: { A1: "Nguyễn Văn An", C600: 3 }, merges }],
    });
    const sheet = sheetOf(await readWorkbook(fake, fake.requirements), "Hộ nghèo");

    expect(at(sheet, "A1")?.value).toBe("Nguyễn Văn An");
    expect(at(sheet, "C600")?.value).toBe(3);
    expect(sheet.merges).toEqual([]);
  });

  it("lists workbook names and the names Excel scoped to a sheet copy", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "Phụ lục 01", cells: { A4: "TT" } },
        { name: "Phụ lục 01 (2)", cells: { A4: "TT" } },
      ],
      names: [
        { name: "KHGN_PL01", formula: "='Phụ lục 01'!$A$4:$G$8" },
        { name: "KHGN_PL01", formula: "='Phụ lục 01 (2)'!$A$4:$G$8", sheet: "Phụ lục 01 (2)" },
        { name: "TyLe", formula: "=0.5" },
      ],
    });
    const grid = await readWorkbook(fake, fake.requirements);

    expect(grid.names).toContainEqual({
      name: "KHGN_PL01",
      sheet: "Phụ lục 01 (2)",
      range: { start: { row: 4, col: 1 }, end: { row: 8, col: 7 } },
      reference: "'Phụ lục 01 (2)'!$A$4:$G$8",
    });
    expect(grid.names).toContainEqual({ name: "TyLe", sheet: null, range: null, reference: "0.5" });
    expect(findOwnSheets(grid).map((s) => s.sheet)).toEqual(["Phụ lục 01", "Phụ lục 01 (2)"]);
  });
});

describe("readWorkbook: round trips and limits", () => {
  it("reads one sheet and six sheets in two syncs each, and writes nothing", async () => {
    const one = createFakeExcel({ sheets: [smallSheet(1)] });
    const six = createFakeExcel({ sheets: [1, 2, 3, 4, 5, 6].map(smallSheet) });

    await readWorkbook(one, one.requirements);
    const grid = await readWorkbook(six, six.requirements);

    expect([one.syncCount, six.syncCount]).toEqual([2, 2]);
    expect([...one.writeLog, ...six.writeLog]).toEqual([]);
    expect(grid.sheets.map((s) => at(s, "N40")?.value)).toEqual(Array(6).fill("cuối"));
  });

  it("reads the real templates in two syncs: our sheets, hidden key rows, protection, merges", async () => {
    const program = loadProgramRegistry().get("giam-ngheo-2021-2025");
    const settings = defaultSettings(program, { year: 2025, unitName: "Ba Dinh", province: "Quảng Ngãi" });
    const request = { templates: TEMPLATE_IDS, program, settings };
    const fake = createFakeExcel();
    await insertTemplates(fake, request, planInsertion, fake.requirements);
    const before = { syncs: fake.syncCount, writes: fake.writeLog.length };

    const grid = await readWorkbook(fake, fake.requirements);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    insertTemplatesIntoWorkbook(workbook, request, planInsertion);
    const fromFile = readWorkbookGrid(workbook, "Kế hoạch.xlsx");

    expect(fake.syncCount - before.syncs).toBe(2);
    expect(fake.writeLog).toHaveLength(before.writes);
    expect(findOwnSheets(grid)).toEqual(findOwnSheets(fromFile));
    for (const sheet of fromFile.sheets) {
      const read = sheetOf(grid, sheet.name);
      expect({ ...read, merges: new Set(read.merges.map((m) => JSON.stringify(m))) }).toEqual({
        ...sheet,
        merges: new Set(sheet.merges.map((m) => JSON.stringify(m))),
      });
    }
  });

  it("reads a 20,000-row sheet completely, every response well under Excel on the web's 5 MB", async () => {
    const cells: Record<string, string | number> = {};
    for (let r = 1; r <= 20_000; r++) {
      cells[`A${r}`] = r;
      cells[`B${r}`] = `Hộ ông Nguyễn Văn Thành số ${r}, thôn Làng Mới, xã Ba Dinh`;
      cells[`C${r}`] = "Hộ nghèo";
      cells[`D${r}`] = r % 7;
      cells[`E${r}`] = `=D${r}*2`;
    }
    const fake = createFakeExcel({ sheets: [{ name: "Danh sách hộ", cells, hiddenRows: [15_000] }] });
    const sheet = sheetOf(await readWorkbook(fake, fake.requirements), "Danh sách hộ");

    expect(sheet.cells.size).toBe(100_000);
    expect([sheet.maxRow, sheet.maxCol]).toEqual([20_000, 5]);
    expect(at(sheet, "E19999")?.formula).toBe("=D19999*2");
    expect([...sheet.hiddenRows]).toEqual([15_000]);
    expect(Math.max(...fake.responseSizes)).toBeLessThan(WEB_RESPONSE_LIMIT / 2);
    /** Two syncs, then one per 40,000 cells or so: the count follows the cells, never the sheets. */
    expect(fake.syncCount).toBeLessThanOrEqual(5);
    expect(fake.writeLog).toEqual([]);
  });

  it("tells the user in Vietnamese when Excel is too old, before reading anything", async () => {
    const fake = createFakeExcel({ apiVersion: "1.3" });

    await expect(readWorkbook(fake, fake.requirements)).rejects.toThrow(ExcelTooOldError);
    await expect(readWorkbook(fake, fake.requirements)).rejects.toThrow(/quá cũ.*ExcelApi 1\.4/);
    expect(fake.syncCount).toBe(0);
  });

  it("reads with ExcelApi 1.4, without the file name and merges that need newer Excel", async () => {
    const fake = createFakeExcel({ sheets: [{ ...FUNDS, merges: ["A1:F1"] }], apiVersion: "1.4" });
    const grid = await readWorkbook(fake, fake.requirements);

    expect(grid.source).toBe(UNNAMED_WORKBOOK);
    expect(sheetOf(grid, "Kinh phí").merges).toEqual([]);
    expect(at(sheetOf(grid, "Kinh phí"), "C3")?.value).toBe(1250);
  });
});
