/**
 * What ExcelJS stores for one planned cell. Plans write formulas the way Excel shows
 * them ("=SUM(C6:C7)"); ExcelJS wants the text without the "=". Constants go in as they
 * are: ExcelJS never interprets a string, so labels like "1.1" or "- Lưu: VT" stay text
 * without the apostrophe the Excel JS API path needs.
 */
import type ExcelJS from "exceljs";
import type { PlannedCell } from "../../domain/sheet-plan";

export function excelJsFormula(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

export function excelJsValue(cell: PlannedCell): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: excelJsFormula(cell.formula) };
  return cell.value ?? null;
}
