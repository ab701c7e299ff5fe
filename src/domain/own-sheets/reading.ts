/**
 * Reading one of our sheets by row and column key. Every value comes back with the cell
 * it came from, so a sentence of the narrative or an issue of the validator can point at
 * it, and everything odd about a cell (a missing row, an error, a number typed as text, a
 * formula whose value is unknown) becomes a ReadProblem instead of an exception.
 */
import type { CellAddress } from "../address/cell-address";
import { parseNumberText } from "../format/parse-number";
import { readTableKeys, type TableKeys } from "../templates/table-keys";
import { cellAt, isErrorCell, type GridValue, type SheetGrid, type WorkbookGrid } from "../workbook";
import type { OwnSheet } from "./find-own-sheets";

export interface TracedNumber {
  /** Null when the cell is empty or holds no number (see the reading's problems). */
  readonly value: number | null;
  /** Null when the row or column is missing from the sheet. */
  readonly cell: CellAddress | null;
}

export interface TracedText {
  /** Trimmed; "" for an empty cell. */
  readonly value: string;
  readonly cell: CellAddress | null;
}

export type ReadProblemKind =
  /** A row key or column key the template writes is not on the sheet (deleted or retyped). */
  | "missing-row"
  | "missing-column"
  /** A formula without a result that could not be computed either. */
  | "value-unknown"
  | "error-value"
  | "not-a-number"
  /** Read all the same; reported because Excel's sums skip text. */
  | "number-as-text"
  /** A setting left empty where the plan needs one; the default was used. */
  | "missing-setting"
  /** A setting that could not be read (a year of 20255, a level of "tỉnh"); the default was used. */
  | "invalid-setting";

export interface ReadProblem {
  readonly kind: ReadProblemKind;
  readonly sheet: string;
  readonly cell: CellAddress | null;
  readonly rowKey?: string;
  readonly colKey?: string;
  /** What the cell shows, as text, for messages. */
  readonly shown?: string;
}

function isBlank(value: GridValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

export function shownText(value: GridValue): string {
  if (value === null) return "";
  return isErrorCell(value) ? value.error : String(value);
}

export class SheetReading {
  readonly problems: ReadProblem[] = [];
  readonly keys: TableKeys;
  private readonly reported = new Set<string>();

  constructor(
    readonly own: OwnSheet,
    readonly grid: SheetGrid,
  ) {
    const valueAt = (row: number, col: number) => cellAt(grid, row, col)?.value;
    /** Rows below the marker carry keys too (Phụ lục 01's counterpart lines). */
    this.keys = readTableKeys(own.marker, valueAt, Math.max(own.marker.end.row, grid.maxRow));
  }

  get sheet(): string {
    return this.own.sheet;
  }

  report(problem: Omit<ReadProblem, "sheet">): void {
    const id = `${problem.kind}|${problem.rowKey ?? ""}|${problem.colKey ?? ""}`;
    if (problem.kind.startsWith("missing-") && this.reported.has(id)) return;
    this.reported.add(id);
    this.problems.push({ sheet: this.sheet, ...problem });
  }

  hasRow(rowKey: string): boolean {
    return this.keys.rows.has(rowKey);
  }

  hasColumn(colKey: string): boolean {
    return this.keys.columns.has(colKey);
  }

  /** The keyed cell; a missing row or column is reported once. */
  cell(rowKey: string, colKey: string): CellAddress | null {
    const row = this.keys.rows.get(rowKey);
    const col = this.keys.columns.get(colKey);
    if (row === undefined) this.report({ kind: "missing-row", cell: null, rowKey });
    if (col === undefined) this.report({ kind: "missing-column", cell: null, colKey });
    return row === undefined || col === undefined ? null : { row, col };
  }

  /** The cell's value; null for an empty cell, and for an unknown or error value (reported). */
  value(at: CellAddress, rowKey: string, colKey: string): GridValue {
    const cell = cellAt(this.grid, at.row, at.col);
    if (!cell) return null;
    if (!cell.valueKnown) {
      this.report({ kind: "value-unknown", cell: at, rowKey, colKey });
      return null;
    }
    if (isErrorCell(cell.value)) {
      this.report({ kind: "error-value", cell: at, rowKey, colKey, shown: cell.value.error });
      return null;
    }
    return cell.value;
  }

  /** `empty` is what an empty cell (or a formula showing "") counts as: 0 for amounts. */
  number(rowKey: string, colKey: string, empty: number | null = null): TracedNumber {
    const cell = this.cell(rowKey, colKey);
    if (!cell) return { value: null, cell };
    const value = this.value(cell, rowKey, colKey);
    if (isBlank(value)) return { value: this.holdsNothing(cell) ? empty : null, cell };
    return { value: this.numberValue(value, cell, rowKey, colKey), cell };
  }

  text(rowKey: string, colKey: string): TracedText {
    const cell = this.cell(rowKey, colKey);
    const value = cell ? this.value(cell, rowKey, colKey) : null;
    return { value: typeof value === "boolean" || value === null ? "" : shownText(value).trim(), cell };
  }

  /** Empty, or a known blank result: not an error or an unknown value read as null. */
  private holdsNothing(at: CellAddress): boolean {
    const cell = cellAt(this.grid, at.row, at.col);
    return !cell || (cell.valueKnown && isBlank(cell.value));
  }

  private numberValue(value: GridValue, cell: CellAddress, rowKey: string, colKey: string): number | null {
    if (typeof value === "number") return value;
    const parsed = typeof value === "string" ? parseNumberText(value) : null;
    const kind = parsed ? "number-as-text" : "not-a-number";
    this.report({ kind, cell, rowKey, colKey, shown: shownText(value) });
    return parsed?.value ?? null;
  }
}

function emptySheet(name: string): SheetGrid {
  return {
    name,
    visible: true,
    protected: false,
    cells: new Map(),
    maxRow: 0,
    maxCol: 0,
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    merges: [],
  };
}

/** A sheet missing from the grid reads as empty: every keyed row is reported missing. */
export function openSheet(grid: WorkbookGrid, own: OwnSheet): SheetReading {
  const sheet = grid.sheets.find((s) => s.name === own.sheet) ?? emptySheet(own.sheet);
  return new SheetReading(own, sheet);
}
