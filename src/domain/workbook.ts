/**
 * The read port: a workbook as plain grids, the one shape every reader produces (Excel JS
 * API, ExcelJS, the in-memory fake) and every analysis consumes (recognition, validation,
 * narrative). Adapters fill it in one pass; the core never calls back into a workbook.
 */
import type { CellAddress, RangeAddress } from "./address/cell-address";

export const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
] as const;

export type ErrorValue = (typeof ERROR_VALUES)[number];

export interface ErrorCell {
  readonly error: ErrorValue;
}

/** A cell's value as last computed (for formula cells) or typed (for constants). */
export type GridValue = number | string | boolean | ErrorCell | null;

export interface GridCell {
  readonly value: GridValue;
  /**
   * False when the file holds a formula without a cached result (ExcelJS drops a cached 0,
   * see shared/real-files.md): the value is then unknown, not empty.
   */
  readonly valueKnown: boolean;
  /** Invariant (en-US) formula with the leading "=", translated to this cell; null for a constant. */
  readonly formula: string | null;
  /** Excel number format code; "General" when none. */
  readonly numberFormat: string;
}

export interface SheetGrid {
  readonly name: string;
  readonly visible: boolean;
  readonly protected: boolean;
  /** Cells keyed by `cellKey(row, col)`; absent = empty. */
  readonly cells: ReadonlyMap<number, GridCell>;
  /** Last used row and column (1-based); 0 for an empty sheet. */
  readonly maxRow: number;
  readonly maxCol: number;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenCols: ReadonlySet<number>;
  readonly merges: readonly RangeAddress[];
}

export interface DefinedName {
  readonly name: string;
  /** Sheet the name refers to, when it is a plain range reference. */
  readonly sheet: string | null;
  readonly range: RangeAddress | null;
  /** The reference as written, e.g. "'Phụ lục 01'!$A$5:$N$30". */
  readonly reference: string;
}

export interface WorkbookGrid {
  /** File name or workbook title, for messages. */
  readonly source: string;
  readonly sheets: readonly SheetGrid[];
  readonly names: readonly DefinedName[];
}

/** Column count large enough for Excel's 16,384 columns. */
const KEY_STRIDE = 16_384;

export function cellKey(row: number, col: number): number {
  return row * KEY_STRIDE + (col - 1);
}

export function keyToAddress(key: number): CellAddress {
  return { row: Math.floor(key / KEY_STRIDE), col: (key % KEY_STRIDE) + 1 };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): GridCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function isErrorCell(value: GridValue): value is ErrorCell {
  return typeof value === "object" && value !== null && "error" in value;
}

/** An edit the pane or the command line writes back (fixes, undo). */
export interface CellEdit {
  readonly sheet: string;
  readonly address: CellAddress;
  /** Exactly one of formula/value is meaningful: a formula wins. */
  readonly formula?: string;
  readonly value?: number | string | boolean | null;
}
