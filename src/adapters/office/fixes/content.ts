/**
 * A cell's content as fixes and undo see it: a formula, a constant, or nothing. Read from
 * Excel's formulas and values (a formula is one whose text differs from its value, so text
 * typed as "'=abc" stays text), compared with what validation saw, turned back into the
 * CellEdit that restores it, and written so Excel keeps it as it was: text that Excel
 * would read as a number, date, boolean or formula ("1.147", "Dự án 1", "TRUE", "- Lưu")
 * gets the apostrophe a user would type, except in cells formatted as Text ("@"), where
 * Excel keeps the apostrophe itself. Error constants ("#N/A") are written bare, so they
 * come back as errors.
 */
import type { CellAddress } from "../../../domain/address/cell-address";
import { ERROR_VALUES, isErrorCell, type CellEdit, type GridCell } from "../../../domain/workbook";
import type { ExcelCellInput } from "../excel-api";

export type CellContent =
  | { readonly kind: "empty" }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "value"; readonly value: number | string | boolean };

const EMPTY: CellContent = { kind: "empty" };
const TEXT_FORMAT = "@";
const ERRORS: ReadonlySet<string> = new Set(ERROR_VALUES);
/** Letters and spaces only, as most labels are: Excel cannot read these as anything but text. */
const PLAIN_TEXT = /^\p{L}[\p{L}\p{M}\s]*$/u;

export function loadedContent(formula: unknown, value: unknown): CellContent {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
    return { kind: "formula", formula };
  if (typeof value === "number" || typeof value === "boolean") return { kind: "value", value };
  return typeof value === "string" && value !== "" ? { kind: "value", value } : EMPTY;
}

export function gridContent(cell: GridCell | undefined): CellContent {
  if (!cell) return EMPTY;
  if (cell.formula !== null) return { kind: "formula", formula: cell.formula };
  if (isErrorCell(cell.value)) return { kind: "value", value: cell.value.error };
  return cell.value === null || cell.value === "" ? EMPTY : { kind: "value", value: cell.value };
}

export function sameContent(a: CellContent, b: CellContent): boolean {
  if (a.kind === "formula" && b.kind === "formula") return a.formula === b.formula;
  if (a.kind === "value" && b.kind === "value") return a.value === b.value;
  return a.kind === b.kind;
}

/** What a cell holds once `edit` is written. */
export function editContent(edit: CellEdit): CellContent {
  if (edit.formula !== undefined) return { kind: "formula", formula: edit.formula };
  const { value } = edit;
  return value === null || value === undefined || value === "" ? EMPTY : { kind: "value", value };
}

/** The edit that puts `content` back. */
export function restoringEdit(sheet: string, address: CellAddress, content: CellContent): CellEdit {
  if (content.kind === "formula") return { sheet, address, formula: content.formula };
  return { sheet, address, value: content.kind === "value" ? content.value : null };
}

function textInput(text: string, numberFormat: string): string {
  const keptAsTyped = numberFormat === TEXT_FORMAT || ERRORS.has(text) || text === "";
  const readAsText = PLAIN_TEXT.test(text) && !/^(true|false)$/i.test(text);
  return keptAsTyped || readAsText ? text : `'${text}`;
}

/** What to write through Range.formulas so the cell ends up holding the edit; "" clears. */
export function cellInput(edit: CellEdit, numberFormat: string): ExcelCellInput {
  if (edit.formula !== undefined) return edit.formula;
  const { value } = edit;
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? textInput(value, numberFormat) : value;
}
