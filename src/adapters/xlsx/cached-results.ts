/**
 * Stores the values we computed as the cached results of an ExcelJS workbook's formulas
 * before it is saved again. After the pane wrote into the workbook, the results the file
 * carried are out of date, and programs that show cached results instead of recalculating
 * (LibreOffice by default, Excel's Protected View for a downloaded file) would show the old
 * totals. A formula we could not compute loses its cached result rather than keep a wrong one.
 */
import type ExcelJS from "exceljs";
import { isErrorCell, keyToAddress, type GridCell, type WorkbookGrid } from "../../domain/workbook";
import type { FormulaModel } from "./read/formulas";

type FormulaValue = ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;

function cachedResult(cell: GridCell): FormulaValue["result"] {
  if (!cell.valueKnown || cell.value === null) return undefined;
  return isErrorCell(cell.value) ? ({ error: cell.value.error } as ExcelJS.CellErrorValue) : cell.value;
}

function storeResult(worksheet: ExcelJS.Worksheet, key: number, cell: GridCell): void {
  const { row, col } = keyToAddress(key);
  const target = worksheet.findCell(row, col);
  const model = target?.model as FormulaModel | undefined;
  if (!target || (!model?.formula && !model?.sharedFormula)) return;
  // ExcelJS copies the formula, shared range and result from the object given, so the old result goes.
  const formula: FormulaValue = { ...(target.value as FormulaValue), result: undefined };
  const result = cachedResult(cell);
  target.value = result === undefined ? formula : { ...formula, result };
}

/** `grid` is the workbook as read now, with every formula computed (computeValues). */
export function storeComputedResults(workbook: ExcelJS.Workbook, grid: WorkbookGrid): void {
  for (const sheet of grid.sheets) {
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!worksheet) continue;
    for (const [key, cell] of sheet.cells) if (cell.formula !== null) storeResult(worksheet, key, cell);
  }
}
