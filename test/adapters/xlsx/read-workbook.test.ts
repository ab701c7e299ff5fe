/**
 * Reading .xlsx workbooks into the core's grids: every kind of value, formulas as each
 * cell holds them (shared formulas moved to the copy, array formulas on every cell), a
 * cached 0 that ExcelJS's cell.value drops, results the file lacks, layout (merges,
 * hidden rows and columns, hidden and protected sheets) and defined names with quoted
 * Vietnamese sheet names. Workbooks are built with ExcelJS, saved and loaded again, as
 * the command line meets them.
 */
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/read-workbook";
import { parseA1 } from "../../../src/domain/address/cell-address";
import { cellAt, type GridCell, type SheetGrid, type WorkbookGrid } from "../../../src/domain/workbook";

async function reopened(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

function sheetOf(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function at(sheet: SheetGrid, a1: string): GridCell | undefined {
  const { row, col } = parseA1(a1);
  return cellAt(sheet, row, col);
}

function valuesWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Giá trị");
  sheet.getCell("A1").value = 871;
  sheet.getCell("A2").value = "1.147";
  sheet.getCell("A3").value = { richText: [{ text: "Dự án " }, { text: "2", font: { bold: true } }] };
  sheet.getCell("A4").value = true;
  sheet.getCell("A5").value = new Date(Date.UTC(2025, 7, 20));
  sheet.getCell("A5").numFmt = "dd/mm/yyyy";
  sheet.getCell("A6").value = { error: "#DIV/0!" };
  sheet.getCell("A7").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
  sheet.getCell("A8").value = 0.1493;
  sheet.getCell("A8").numFmt = "0.00%";
  sheet.getCell("A9").value = "";
  return workbook;
}

describe("values", () => {
  let sheet: SheetGrid;
  beforeAll(async () => {
    sheet = sheetOf(readWorkbookGrid(await reopened(valuesWorkbook()), "values.xlsx"), "Giá trị");
  });

  test("numbers, text (numbers typed as text stay text), booleans", () => {
    expect(at(sheet, "A1")).toEqual({ value: 871, valueKnown: true, formula: null, numberFormat: "General" });
    expect(at(sheet, "A2")?.value).toBe("1.147");
    expect(at(sheet, "A4")?.value).toBe(true);
  });

  test("rich text and hyperlinks read as their plain text", () => {
    expect(at(sheet, "A3")?.value).toBe("Dự án 2");
    expect(at(sheet, "A7")?.value).toBe("Cổng thông tin");
  });

  test("dates become Excel serial numbers with their format; errors become error cells", () => {
    expect(at(sheet, "A5")).toMatchObject({ value: 45889, numberFormat: "dd/mm/yyyy" });
    expect(at(sheet, "A6")?.value).toEqual({ error: "#DIV/0!" });
    expect(at(sheet, "A8")).toMatchObject({ value: 0.1493, numberFormat: "0.00%" });
  });

  test("an empty text cell is empty; the used size ends at the last value", () => {
    expect(at(sheet, "A9")).toBeUndefined();
    expect([sheet.maxRow, sheet.maxCol]).toEqual([8, 1]);
  });
});

/** ExcelJS writes an array formula from `shareType` and `ref`, which its type declarations leave out. */
function arrayFormula(formula: string, ref: string, result: number): ExcelJS.CellValue {
  return { formula, result, shareType: "array", ref } as ExcelJS.CellFormulaValue;
}

/** Shared formulas: ExcelJS makes a cell the master when later cells name it in `sharedFormula`. */
function formulasWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const funds = workbook.addWorksheet("Phụ lục 01");
  [300, 200, 0].forEach((amount, i) => {
    funds.getCell(`A${i + 1}`).value = amount;
    funds.getCell(`B${i + 1}`).value = 10 * (i + 1);
  });
  funds.getCell("C1").value = { formula: "A1+B1*$E$1", result: 310 };
  funds.getCell("C2").value = { sharedFormula: "C1", result: 220 };
  funds.getCell("C3").value = { sharedFormula: "C1", result: 30 };
  funds.getCell("E1").value = 1;
  funds.getCell("D1").value = { formula: "A3*2", result: 0 };
  funds.getCell("D2").value = { formula: "SUM(A1:A3)" };
  funds.getCell("D3").value = { formula: "A1=0", result: false };
  funds.getCell("F1").value = arrayFormula("A1:A2*2", "F1:F2", 600);
  funds.getCell("F2").value = 400;
  const other = workbook.addWorksheet("Tổng hợp");
  other.getCell("A1").value = { formula: "'Phụ lục 01'!C1", result: 310 };
  other.getCell("A2").value = { formula: "'Phụ lục 01'!C1:C3", result: 310 };
  other.getCell("B2").value = { sharedFormula: "A2", result: 0 };
  return workbook;
}

describe("formulas", () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = readWorkbookGrid(await reopened(formulasWorkbook()), "formulas.xlsx");
  });

  test("each copy of a shared formula reads as moved to its own cell; anchored parts stay", () => {
    const funds = sheetOf(grid, "Phụ lục 01");
    expect(at(funds, "C1")?.formula).toBe("=A1+B1*$E$1");
    expect(at(funds, "C2")).toEqual({
      value: 220,
      valueKnown: true,
      formula: "=A2+B2*$E$1",
      numberFormat: "General",
    });
    expect(at(funds, "C3")?.formula).toBe("=A3+B3*$E$1");
  });

  test("shared formulas over quoted Vietnamese sheet names move too", () => {
    const other = sheetOf(grid, "Tổng hợp");
    expect(at(other, "A2")?.formula).toBe("='Phụ lục 01'!C1:C3");
    expect(at(other, "B2")?.formula).toBe("='Phụ lục 01'!D1:D3");
  });

  test("a cached 0 or FALSE is a known value, though ExcelJS's cell.value drops it", async () => {
    const loaded = await reopened(formulasWorkbook());
    expect(loaded.getWorksheet("Phụ lục 01")?.getCell("D1").value).toEqual({ formula: "A3*2" });
    const funds = sheetOf(grid, "Phụ lục 01");
    expect(at(funds, "D1")).toMatchObject({ value: 0, valueKnown: true, formula: "=A3*2" });
    expect(at(funds, "D3")).toMatchObject({ value: false, valueKnown: true });
  });

  test("a formula saved without a result has an unknown value, not an empty one", () => {
    expect(at(sheetOf(grid, "Phụ lục 01"), "D2")).toEqual({
      value: null,
      valueKnown: false,
      formula: "=SUM(A1:A3)",
      numberFormat: "General",
    });
  });

  test("every cell of an array formula shows it, with its own cached value", () => {
    const funds = sheetOf(grid, "Phụ lục 01");
    expect(at(funds, "F1")).toMatchObject({ value: 600, formula: "=A1:A2*2" });
    expect(at(funds, "F2")).toMatchObject({ value: 400, valueKnown: true, formula: "=A1:A2*2" });
  });
});

function layoutWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục 01");
  sheet.getCell("B1").value = "PHỤ LỤC 01";
  sheet.mergeCells("B1:F2");
  sheet.getCell("A5").value = "DA2";
  sheet.getCell("C5").value = 300;
  sheet.getRow(4).hidden = true;
  sheet.getCell("A4").value = "key";
  sheet.getColumn(1).hidden = true;
  const hidden = workbook.addWorksheet("Ẩn");
  hidden.state = "hidden";
  hidden.getCell("A1").value = 1;
  const guarded = workbook.addWorksheet("O'Brien");
  guarded.getCell("A1").value = 1;
  workbook.definedNames.add("'Phụ lục 01'!$A$3:$F$5", "KHGN_PL01");
  workbook.definedNames.add("'O''Brien'!$A$1", "Ô");
  return workbook;
}

describe("layout and names", () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    const workbook = await reopened(layoutWorkbook());
    await workbook.getWorksheet("O'Brien")?.protect("", { selectLockedCells: true });
    grid = readWorkbookGrid(await reopened(workbook), "layout.xlsx");
  });

  test("a merged area is listed once and its covered cells are empty", () => {
    const sheet = sheetOf(grid, "Phụ lục 01");
    expect(sheet.merges).toEqual([{ start: { row: 1, col: 2 }, end: { row: 2, col: 6 } }]);
    expect(at(sheet, "B1")?.value).toBe("PHỤ LỤC 01");
    expect(at(sheet, "C1")).toBeUndefined();
    expect(at(sheet, "F2")).toBeUndefined();
  });

  test("hidden rows and columns keep their values and are listed", () => {
    const sheet = sheetOf(grid, "Phụ lục 01");
    expect([...sheet.hiddenRows]).toEqual([4]);
    expect([...sheet.hiddenCols]).toEqual([1]);
    expect(at(sheet, "A4")?.value).toBe("key");
  });

  test("visibility and protection per sheet", () => {
    expect(grid.sheets.map((s) => [s.name, s.visible, s.protected])).toEqual([
      ["Phụ lục 01", true, false],
      ["Ẩn", false, false],
      ["O'Brien", true, true],
    ]);
  });

  test("defined names are read with the formula parser: quoted names, doubled quotes, ranges", () => {
    expect(grid.names).toEqual([
      {
        name: "KHGN_PL01",
        sheet: "Phụ lục 01",
        range: { start: { row: 3, col: 1 }, end: { row: 5, col: 6 } },
        reference: "'Phụ lục 01'!$A$3:$F$5",
      },
      {
        name: "Ô",
        sheet: "O'Brien",
        range: { start: { row: 1, col: 1 }, end: { row: 1, col: 1 } },
        reference: "'O''Brien'!$A$1",
      },
    ]);
  });

  test("a name on two sheets (Excel's sheet copy) reads as one entry per sheet", async () => {
    const workbook = layoutWorkbook();
    workbook.addWorksheet("Phụ lục 01 (2)").getCell("A5").value = "DA2";
    workbook.definedNames.add("'Phụ lục 01 (2)'!$A$3:$F$5", "KHGN_PL01");
    const names = readWorkbookGrid(await reopened(workbook), "copy.xlsx").names;
    expect(names.filter((n) => n.name === "KHGN_PL01").map((n) => n.sheet)).toEqual([
      "Phụ lục 01",
      "Phụ lục 01 (2)",
    ]);
  });
});

describe("speed", () => {
  test("a 500×12 sheet and a 20,000×12 sheet of numbers and formulas read in well under a second", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const [name, rows] of [
      ["Phụ lục 01", 500],
      ["Danh sách hộ", 20_000],
    ] as const) {
      const sheet = workbook.addWorksheet(name);
      for (let r = 1; r <= rows; r++) {
        const values: ExcelJS.CellValue[] = [`Hộ ${r}`];
        for (let c = 2; c <= 11; c++) values.push(r * c);
        values.push({ formula: `SUM(B${r}:K${r})`, result: r * 65 });
        sheet.addRow(values);
      }
    }
    const loaded = await reopened(workbook);
    const grid = readWorkbookGrid(loaded, "big.xlsx");
    expect(grid.sheets[1]?.cells.size).toBe(240_000);
    expect(at(sheetOf(grid, "Danh sách hộ"), "L20000")).toMatchObject({
      value: 1_300_000,
      formula: "=SUM(B20000:K20000)",
    });
  });
});
