/**
 * Excel's 2-D arrays (values, formulas, number formats) of one block to the read port's
 * cells. Values and formulas are invariant (en-US) whatever the user's locale; a number
 * typed as text stays the string it is ("1.147") for the validator to flag. Errors come
 * back as strings ("#REF!") and become ErrorCells. A formula is a formula only when its
 * text differs from its value: text typed with an apostrophe ("'=abc") reads back as
 * "=abc" in both arrays. Excel always calculates, so a formula's value is known; the one
 * null a reader can meet (the in-memory fake, which does not calculate) is read as unknown.
 */
import {
  cellKey,
  ERROR_VALUES,
  type ErrorValue,
  type GridCell,
  type GridValue,
} from "../../../domain/workbook";

export interface LoadedBlock {
  /** 1-based position of the block's top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

const GENERAL = "General";
const KNOWN_ERRORS: ReadonlySet<string> = new Set(ERROR_VALUES);
/** Errors of newer Excel outside the port's list; #VALUE! stands in, as in the .xlsx reader. */
const NEWER_ERRORS: ReadonlySet<string> = new Set([
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#EXTERNAL!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

function gridValue(raw: unknown): GridValue {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : { error: "#NUM!" };
  if (typeof raw === "boolean") return raw;
  if (typeof raw !== "string") return null;
  if (KNOWN_ERRORS.has(raw)) return { error: raw as ErrorValue };
  return NEWER_ERRORS.has(raw) ? { error: "#VALUE!" } : raw;
}

function numberFormatOf(raw: unknown): string {
  return typeof raw === "string" && raw !== "" ? raw : GENERAL;
}

function readCell(value: unknown, formula: unknown, format: unknown): GridCell | null {
  const numberFormat = numberFormatOf(format);
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) {
    const known = value !== null && value !== undefined;
    return { value: known ? gridValue(value) : null, valueKnown: known, formula, numberFormat };
  }
  if (value === "" || value === null || value === undefined) return null;
  return { value: gridValue(value), valueKnown: true, formula: null, numberFormat };
}

/** Adds the block's non-empty cells to `cells`, keyed by cellKey. */
export function addBlockCells(cells: Map<number, GridCell>, block: LoadedBlock): void {
  block.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = readCell(value, block.formulas[r]?.[c], block.numberFormat[r]?.[c]);
      if (cell) cells.set(cellKey(block.top + r, block.left + c), cell);
    });
  });
}
