/**
 * Applying fixes to an ExcelJS workbook (the pane's browser mode) and undoing them, with the
 * same contract as in Excel: undo gives back formulas, text that looks like a number, errors
 * and empty cells exactly; a cell changed since validation, a sheet that is gone and a
 * protected sheet that is not ours are refused with their Vietnamese reason; our own
 * protected sheets are written and stay protected as they were, unless a password was added;
 * copies of a shared formula keep their own formulas when the master is fixed.
 */
import ExcelJS from "exceljs";
import { applyFixes, undoBatch } from "../../../src/adapters/xlsx/apply-fixes";
import { setSheetProtection, sheetProtection } from "../../../src/adapters/xlsx/exceljs-internals";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/read-workbook";
import { writeSheetPlans } from "../../../src/adapters/xlsx/write-sheet-plan";
import { parseA1 } from "../../../src/domain/address/cell-address";
import type { Fix } from "../../../src/domain/validation/issue";
import { cellAt, type CellEdit } from "../../../src/domain/workbook";
import { fundsPlan, PL01, TOTAL_ROW } from "./test-plans";

const FUNDS = "Kinh phí";
const FOREIGN = "Số liệu 2024";

function edit(
  sheet: string,
  a1: string,
  content: { formula: string } | { value: CellEdit["value"] },
): CellEdit {
  return { sheet, address: parseA1(a1), ...content };
}

function fix(messageId: string, ...edits: CellEdit[]): Fix {
  return { messageId, data: {}, edits };
}

function workbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const funds = book.addWorksheet(FUNDS);
  funds.getCell("B2").value = 7;
  funds.getCell("C3").value = 1250;
  funds.getCell("C4").value = 300;
  funds.getCell("C5").value = { formula: "SUM(C3:C3)", result: 1250 };
  funds.getCell("D3").value = "1.147";
  funds.getCell("D4").value = "Hộ nghèo";
  funds.getCell("D6").value = { error: "#N/A" };
  const foreign = book.addWorksheet(FOREIGN);
  foreign.getCell("C5").value = { formula: "SUM(C3:C3)" };
  setSheetProtection(foreign, { sheet: true });
  writeSheetPlans(book, [fundsPlan()]);
  return book;
}

/** What a cell holds, as the formula bar shows it: the formula, else the value. */
function shown(book: ExcelJS.Workbook, sheet: string, a1: string): unknown {
  const grid = readWorkbookGrid(book, "x").sheets.find((s) => s.name === sheet);
  const { row, col } = parseA1(a1);
  const cell = grid && cellAt(grid, row, col);
  return cell?.formula ?? cell?.value ?? null;
}

const extendSum = fix("extend-sum", edit(FUNDS, "C5", { formula: "=SUM(C3:C4)" }));
const textToNumber = fix(
  "text-to-number",
  edit(FUNDS, "D3", { value: 1147 }),
  edit(FUNDS, "E9", { value: 5 }),
  edit(FUNDS, "B2", { value: null }),
  edit(FUNDS, "D6", { value: 0 }),
);

describe("applyFixes and undoBatch on an ExcelJS workbook", () => {
  it("writes a batch and undo gives back formulas, text, errors and empty cells exactly", () => {
    const book = workbook();
    const batch = applyFixes(book, [extendSum, textToNumber], readWorkbookGrid(book, "x"));
    const fixed = ["C5", "D3", "E9", "B2", "D6"].map((a1) => shown(book, FUNDS, a1));

    const undone = undoBatch(book, batch);

    expect(batch.applied).toEqual([extendSum, textToNumber]);
    expect(batch.refused).toEqual([]);
    expect(fixed).toEqual(["=SUM(C3:C4)", 1147, 5, null, 0]);
    expect(undone.refused).toEqual([]);
    expect(["C5", "D3", "E9", "B2", "D6", "D4"].map((a1) => shown(book, FUNDS, a1))).toEqual([
      "=SUM(C3:C3)",
      "1.147",
      null,
      7,
      { error: "#N/A" },
      "Hộ nghèo",
    ]);
  });

  it("keeps what the fixes wrote after saving and opening the file again", async () => {
    const book = workbook();
    applyFixes(book, [extendSum, textToNumber]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await book.xlsx.writeBuffer());

    expect(["C5", "D3", "B2"].map((a1) => shown(again, FUNDS, a1))).toEqual(["=SUM(C3:C4)", 1147, null]);
  });

  it("refuses a fix whose cell changed since validation, naming the cell, and applies the rest", () => {
    const book = workbook();
    const grid = readWorkbookGrid(book, "x");
    book.getWorksheet(FUNDS)!.getCell("C5").value = { formula: "SUM(C3:C4)*2" };

    const batch = applyFixes(book, [extendSum, textToNumber], grid);

    expect(batch.applied).toEqual([textToNumber]);
    expect(batch.refused.map((r) => r.reason.message)).toEqual([
      "Ô C5 trên trang “Kinh phí” đã thay đổi sau lần kiểm tra; hãy kiểm tra lại rồi áp dụng.",
    ]);
    expect(shown(book, FUNDS, "C5")).toBe("=SUM(C3:C4)*2");
  });

  it("refuses a fix on a sheet that is gone", () => {
    const book = workbook();
    const gone = fix("extend-sum", edit("Biểu 02", "D9", { formula: "=SUM(D5:D8)" }));

    const batch = applyFixes(book, [gone, extendSum]);

    expect(batch.applied).toEqual([extendSum]);
    expect(batch.refused.map((r) => r.reason.message)).toEqual([
      "Sổ tính không còn trang “Biểu 02”; hãy kiểm tra lại.",
    ]);
  });

  it("refuses a locked cell of a protected sheet that is not ours, and leaves it untouched", () => {
    const book = workbook();
    const locked = fix("extend-sum", edit(FOREIGN, "C5", { formula: "=SUM(C3:C4)" }));

    const batch = applyFixes(book, [locked, extendSum], readWorkbookGrid(book, "x"));

    expect(batch.applied).toEqual([extendSum]);
    expect(batch.refused.map((r) => [r.reason.kind, r.reason.message])).toEqual([
      [
        "protected",
        "Trang “Số liệu 2024” đang được bảo vệ; hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi áp dụng lại.",
      ],
    ]);
    expect(shown(book, FOREIGN, "C5")).toBe("=SUM(C3:C3)");
  });

  it("writes a locked formula of our own protected sheet and leaves its protection as it was", () => {
    const book = workbook();
    const before = { ...sheetProtection(book.getWorksheet(PL01)!) };
    const total = fix("x", edit(PL01, `C${TOTAL_ROW}`, { formula: "=0" }));

    const batch = applyFixes(book, [total], readWorkbookGrid(book, "x"));
    const undone = undoBatch(book, batch);

    expect(batch.applied).toEqual([total]);
    expect(batch.reprotectedSheets).toEqual([PL01]);
    expect(undone.refused).toEqual([]);
    expect(shown(book, PL01, `C${TOTAL_ROW}`)).toMatch(/^=SUM\(/);
    expect(sheetProtection(book.getWorksheet(PL01)!)).toEqual(before);
  });

  it("refuses our own sheet once the user has protected it with a password", () => {
    const book = workbook();
    setSheetProtection(book.getWorksheet(PL01)!, {
      sheet: true,
      hashValue: "abc",
      algorithmName: "SHA-512",
    } as never);
    const total = fix("x", edit(PL01, `C${TOTAL_ROW}`, { formula: "=0" }));

    const batch = applyFixes(book, [total], readWorkbookGrid(book, "x"));

    expect(batch.refused.map((r) => r.reason.kind)).toEqual(["protected"]);
    expect(shown(book, PL01, `C${TOTAL_ROW}`)).toMatch(/^=SUM\(/);
  });

  it("refuses to undo when the user has changed a fixed cell since", () => {
    const book = workbook();
    const batch = applyFixes(book, [extendSum]);
    book.getWorksheet(FUNDS)!.getCell("C5").value = 999;

    const undone = undoBatch(book, batch);

    expect(undone.applied).toEqual([]);
    expect(undone.refused.map((r) => r.reason.kind)).toEqual(["changed"]);
    expect(shown(book, FUNDS, "C5")).toBe(999);
  });
});

describe("fixing the master of a shared formula", () => {
  async function sharedFormulas(): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(FUNDS);
    sheet.getRow(3).values = [null, null, 1, 2, 3];
    sheet.getRow(4).values = [null, null, 10, 20, 30];
    sheet.getCell("C5").value = {
      formula: "SUM(C3:C4)",
      shareType: "shared",
      ref: "C5:E5",
      result: 11,
    } as never;
    sheet.getCell("D5").value = { sharedFormula: "C5", result: 22 };
    sheet.getCell("E5").value = { sharedFormula: "C5", result: 33 };
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await book.xlsx.writeBuffer());
    return loaded;
  }

  it("keeps each copy's own formula, before and after saving", async () => {
    const book = await sharedFormulas();
    expect(["D5", "E5"].map((a1) => shown(book, FUNDS, a1))).toEqual(["=SUM(D3:D4)", "=SUM(E3:E4)"]);

    applyFixes(book, [fix("x", edit(FUNDS, "C5", { formula: "=SUM(C3:C3)" }))], readWorkbookGrid(book, "x"));
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(await book.xlsx.writeBuffer());

    for (const read of [book, saved])
      expect(["C5", "D5", "E5"].map((a1) => shown(read, FUNDS, a1))).toEqual([
        "=SUM(C3:C3)",
        "=SUM(D3:D4)",
        "=SUM(E3:E4)",
      ]);
  });
});
