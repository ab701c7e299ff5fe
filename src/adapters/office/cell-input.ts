/**
 * What the adapter writes into Range.formulas for one planned cell. Excel reads those
 * entries like typed text, so a label that looks like a number ("1.1", "(1)", "10%"), a
 * boolean, or starts like a formula ("- Lưu: VT", "+", "=") would be changed or broken;
 * such labels get Excel's apostrophe prefix, which keeps them as text and is not part of
 * the value. Dates typed in words ("5 Jan") are not guarded: our labels are Vietnamese.
 */
import type { PlannedCell } from "../../domain/sheet-plan";
import type { ExcelCellValue } from "./excel-api";

const FORMULA_START = /^[=+\-@']/;
const HAS_LETTER = /\p{L}/u;
const SCIENTIFIC = /^\s*[+-]?[\d.]+e[+-]?\d+\s*$/i;
const BOOLEAN = /^\s*(true|false)\s*$/i;

export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  return FORMULA_START.test(text) || !HAS_LETTER.test(text) || SCIENTIFIC.test(text) || BOOLEAN.test(text);
}

export function cellInput(cell: PlannedCell): ExcelCellValue {
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value ?? "";
  return typeof value === "string" && needsTextPrefix(value) ? `'${value}` : value;
}
