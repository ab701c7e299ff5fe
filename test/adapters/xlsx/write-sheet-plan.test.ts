/**
 * The .xlsx writer: a settings sheet and a funds table are written, saved, read back
 * with ExcelJS, and every property a user would see in Excel is checked: values and
 * formulas, fonts and fills, locked inputs, widths, row heights, hidden key row and
 * column, merges, validation messages, print setup, frozen panes, protection and defined
 * names.
 */
import ExcelJS from "exceljs";
import { dataValidationTable, sheetProtection } from "../../../src/adapters/xlsx/exceljs-internals";
import { writeSheetPlan, writeSheetPlans } from "../../../src/adapters/xlsx/write-sheet-plan";
import { snapshotExcelJsWorkbook } from "../../support/exceljs-snapshot";
import { FIRST_AMOUNT_ROW, fundsPlan, PL01, settingsPlan, TOTAL_ROW, TTC } from "./test-plans";

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

async function writtenAndReadBack(): Promise<{ written: ExcelJS.Workbook; read: ExcelJS.Workbook }> {
  const written = new ExcelJS.Workbook();
  writeSheetPlans(written, [settingsPlan(), fundsPlan()]);
  return { written, read: await roundTrip(written) };
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("writeSheetPlan, read back from the saved file", () => {
  let funds: ExcelJS.Worksheet;
  let settings: ExcelJS.Worksheet;
  let read: ExcelJS.Workbook;
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    ({ written, read } = await writtenAndReadBack());
    funds = sheetOf(read, PL01);
    settings = sheetOf(read, TTC);
  });

  test("sheets come in plan order after any existing ones", () => {
    expect(read.worksheets.map((s) => s.name)).toEqual([TTC, PL01]);
  });

  test("constants keep their type: labels that look like numbers stay text", () => {
    expect(funds.getCell("A5").value).toBe("1");
    expect(funds.getCell("B5").value).toBe("Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội");
    expect(funds.getCell("D5").value).toBe(871);
    expect(funds.getCell("F5").value).toBe(43.5);
    expect(settings.getCell("C6").value).toBe("Cấp xã");
  });

  test("formulas are stored without '=' and carry no stale result", () => {
    expect(funds.getCell("C5").formula).toBe("SUM(D5:F5)");
    expect(funds.getCell(`D${TOTAL_ROW}`).formula).toBe(`SUM(D${FIRST_AMOUNT_ROW}:D${TOTAL_ROW - 1})`);
    expect(funds.getCell(`E${TOTAL_ROW + 1}`).formula).toBe(`D${TOTAL_ROW}*'Thông tin chung'!C4`);
    expect(funds.getCell("C5").result).toBeUndefined();
    /** ExcelJS writes calcPr but does not read it back, so the written workbook is checked. */
    expect(written.calcProperties.fullCalcOnLoad).toBe(true);
  });

  test("every written cell is in Times New Roman with the plan's bold, italic and size", () => {
    expect(funds.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true, size: 14 });
    expect(funds.getCell("A2").font).toMatchObject({ name: "Times New Roman", italic: true, size: 12 });
    expect(funds.getCell("I5").font).toMatchObject({ name: "Times New Roman" });
    expect(funds.getCell("D5").font?.bold).toBeFalsy();
  });

  test("alignment, wrapping, thin black borders and fills", () => {
    expect(funds.getCell("A3").alignment).toMatchObject({
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
    const thin = { style: "thin", color: { argb: "FF000000" } };
    expect(funds.getCell("D5").border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
    expect(funds.getCell("A1").border ?? {}).toEqual({});
    expect(funds.getCell("A3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(funds.getCell("D5").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  });

  test("number formats, and inputs unlocked while formulas stay locked", () => {
    expect(funds.getCell("D5").numFmt).toBe("#,##0.00");
    expect(settings.getCell("C4").numFmt).toBe("0.00%");
    expect(funds.getCell("D5").protection).toMatchObject({ locked: false });
    expect(funds.getCell("C5").protection?.locked).not.toBe(false);
    expect(settings.getCell("C5").protection).toMatchObject({ locked: false });
  });

  test("column widths in character units, hidden key column and key row", () => {
    const widths = funds.columns.slice(0, 9).map((c) => c.width ?? 0);
    /** 9 is stored one 256th wider: ExcelJS would drop a width of exactly 9 from the file. */
    [6, 45, 14, 14, 14, 12.5, 22, 9, 8].forEach((width, i) =>
      expect(Math.abs((widths[i] ?? 0) - width)).toBeLessThanOrEqual(1 / 256),
    );
    expect(funds.getColumn(9).hidden).toBe(true);
    expect(funds.getColumn(8).hidden).toBe(false);
    expect(funds.getRow(4).hidden).toBe(true);
    expect(funds.getRow(5).hidden).toBe(false);
  });

  test("merged title rows", () => {
    expect([...funds.model.merges].sort()).toEqual(["A1:H1", "A2:H2"]);
    expect(funds.getCell("H1").isMerged).toBe(true);
    expect(funds.getCell("H1").master.address).toBe("A1");
  });

  test("validations stop wrong input with the Vietnamese title and message", () => {
    const table = dataValidationTable(funds).model;
    const amount = {
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
    };
    expect(table["D5"]).toMatchObject({
      ...amount,
      errorTitle: "Số tiền không hợp lệ",
      error: "Nhập số tiền không âm, đơn vị triệu đồng.",
    });
    expect(table["F9"]).toBe(table["D5"]);
    expect(table["C5"]).toBeUndefined();
    expect(table["G6"]).toMatchObject({
      type: "list",
      formulae: ['"Phòng Kinh tế,Phòng Văn hóa - Xã hội"'],
      errorTitle: "Đơn vị không có trong danh sách",
    });
    expect(table["H9"]).toMatchObject({ type: "whole", operator: "between", formulae: [0, 10000] });
    const date = dataValidationTable(settings).model["C5"];
    expect(date).toMatchObject({
      type: "date",
      operator: "greaterThanOrEqual",
      errorTitle: "Ngày không hợp lệ",
    });
    expect((date?.formulae[0] as Date).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(dataValidationTable(settings).model["C4"]).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1],
    });
  });

  test("print setup: A4 landscape, one page wide, margins, header rows repeated", () => {
    expect(funds.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:4",
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    });
    expect(settings.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: false });
    expect(settings.pageSetup.printTitlesRow).toBeUndefined();
  });

  test("planned rows keep their height in points, as Excel's custom heights; other rows stay default", () => {
    expect([1, 2, 3, 4, 5].map((row) => funds.getRow(row).height)).toEqual([
      19.5,
      undefined,
      45,
      undefined,
      30.75,
    ]);
    expect(settings.getRow(1).height).toBeUndefined();
  });

  test("frozen header rows and label columns", () => {
    expect(funds.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 4 });
    expect(settings.views?.[0]?.state).not.toBe("frozen");
  });

  test("protected without password; rows and columns can still be resized", () => {
    const protection = sheetProtection(funds);
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(protection?.selectLockedCells).not.toBe(false);
    expect(protection?.selectUnlockedCells).not.toBe(false);
    expect(protection?.hashValue).toBeUndefined();
  });

  test("workbook-level names mark the sheets as ours", () => {
    expect(read.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: "KHGN_PL01", ranges: [`'Phụ lục 01'!$A$3:$I$${TOTAL_ROW}`] },
        { name: "KHGN_TTC", ranges: ["'Thông tin chung'!$A$1:$C$6"] },
      ]),
    );
  });

  test("the snapshot reads the same before and after saving", () => {
    expect(snapshotExcelJsWorkbook(read)).toEqual(snapshotExcelJsWorkbook(written));
  });

  test("the snapshot states the parity-relevant facts in normalised form", () => {
    const [, sheet] = snapshotExcelJsWorkbook(read).sheets;
    expect(sheet?.cells["C5"]).toEqual({
      value: null,
      formula: "=SUM(D5:F5)",
      numberFormat: "#,##0.00",
      bold: false,
      locked: true,
    });
    expect(sheet?.cells["A5"]).toEqual({
      value: "1",
      formula: null,
      numberFormat: "General",
      bold: false,
      locked: true,
    });
    expect(sheet?.cells["H1"]).toBeUndefined();
    expect(sheet?.validations).toEqual([
      "D5:F9 decimal>=0",
      "G5:G9 list:Phòng Kinh tế,Phòng Văn hóa - Xã hội",
      "H5:H9 whole 0..10000",
    ]);
    expect(sheet?.columnWidths).toEqual([6, 45, 14, 14, 14, 12.42, 22, 9, 8]);
    expect(sheet?.rowHeights).toEqual({ 1: 19.5, 3: 45, 5: 30.75 });
    expect(sheet?.print).toEqual({ orientation: "landscape", paperSize: "A4", repeatRows: "$3:$4" });
    expect(sheet?.protected).toBe(true);
    expect(snapshotExcelJsWorkbook(read).sheets[0]?.validations).toContain("C5 date>=2025-01-01");
  });
});

describe("writeSheetPlan refuses a plan before touching the workbook", () => {
  function workbookWithSettings(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    writeSheetPlan(workbook, settingsPlan());
    return workbook;
  }

  test("a sheet name already taken, in any letter case", () => {
    const workbook = workbookWithSettings();
    expect(() => writeSheetPlan(workbook, settingsPlan("THÔNG TIN CHUNG", "KHGN_TTC_2"))).toThrow(
      'The workbook already has a sheet named "THÔNG TIN CHUNG"',
    );
    expect(workbook.worksheets).toHaveLength(1);
  });

  test("a defined name already taken, leaving no half-written sheet of the batch", () => {
    const workbook = workbookWithSettings();
    expect(() => writeSheetPlans(workbook, [fundsPlan(), settingsPlan("Thông tin chung (2)")])).toThrow(
      'The workbook already has a defined name "KHGN_TTC"',
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([TTC]);
  });

  test("a sheet name Excel cannot hold", () => {
    const workbook = new ExcelJS.Workbook();
    expect(() => writeSheetPlan(workbook, fundsPlan("Phụ lục 01 - kinh phí thực hiện năm 2025"))).toThrow(
      "longer than 31",
    );
    expect(() => writeSheetPlan(workbook, fundsPlan("Phụ lục 01/2025"))).toThrow("contains one of");
    expect(workbook.worksheets).toHaveLength(0);
  });

  test("a row height Excel cannot show, leaving the workbook untouched", () => {
    const workbook = new ExcelJS.Workbook();
    expect(() =>
      writeSheetPlans(workbook, [settingsPlan(), { ...fundsPlan(), rowHeights: { 5: 500 } }]),
    ).toThrow("gives row 5 a height of 500 pt (Excel allows 0 to 409)");
    expect(workbook.worksheets).toHaveLength(0);
  });

  test("an undefined style, a bad fill colour, a list item with a comma, overlapping merges", () => {
    const workbook = new ExcelJS.Workbook();
    const plan = fundsPlan();
    expect(() =>
      writeSheetPlan(workbook, {
        ...plan,
        cells: [{ address: { row: 1, col: 1 }, value: 1, style: "nope" }],
      }),
    ).toThrow('uses an undefined style "nope"');
    expect(() =>
      writeSheetPlan(workbook, { ...plan, styles: { ...plan.styles, input: { fill: "yellow" } } }),
    ).toThrow("6 hex digits");
    const badList = {
      ...plan.validations[1]!,
      rule: { kind: "list" as const, items: ["Phòng Kinh tế, Hạ tầng"] },
    };
    expect(() => writeSheetPlan(workbook, { ...plan, validations: [badList] })).toThrow(
      "cannot contain a comma",
    );
    expect(workbook.worksheets).toHaveLength(0);
  });
});
