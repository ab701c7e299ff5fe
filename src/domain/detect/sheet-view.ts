/**
 * One sheet as recognition reads it. A merged area shows its master's value on every cell
 * it covers (what Excel displays); a cell on a later row of a vertical merge is known as a
 * continuation, so a label merged over two rows is not read twice. Texts and keys are
 * cached per master cell, and the cells of each row are indexed once, so reading a 20,000
 * row sheet stays linear.
 */
import type { CellAddress, RangeAddress } from "../address/cell-address";
import { parseNumberText } from "../format/parse-number";
import { cellKey, keyToAddress, type GridCell, type SheetGrid } from "../workbook";
import { textKey } from "./text-key";

function indexMerges(merges: readonly RangeAddress[]): Map<number, RangeAddress[]> {
  const byRow = new Map<number, RangeAddress[]>();
  for (const merge of merges) {
    for (let row = merge.start.row; row <= merge.end.row; row++) {
      const list = byRow.get(row) ?? [];
      list.push(merge);
      byRow.set(row, list);
    }
  }
  return byRow;
}

function indexColumns(cells: ReadonlyMap<number, GridCell>): Map<number, number[]> {
  const byRow = new Map<number, number[]>();
  for (const key of cells.keys()) {
    const { row, col } = keyToAddress(key);
    const list = byRow.get(row) ?? [];
    list.push(col);
    byRow.set(row, list);
  }
  for (const list of byRow.values()) list.sort((a, b) => a - b);
  return byRow;
}

export class SheetView {
  private readonly mergesByRow: Map<number, RangeAddress[]>;
  private readonly columnsByRow: Map<number, number[]>;
  private readonly keys = new Map<number, string>();

  constructor(readonly grid: SheetGrid) {
    this.mergesByRow = indexMerges(grid.merges);
    this.columnsByRow = indexColumns(grid.cells);
  }

  get name(): string {
    return this.grid.name;
  }

  get maxRow(): number {
    return this.grid.maxRow;
  }

  merge(row: number, col: number): RangeAddress | undefined {
    return this.mergesByRow.get(row)?.find((m) => m.start.col <= col && col <= m.end.col);
  }

  master(row: number, col: number): CellAddress {
    return this.merge(row, col)?.start ?? { row, col };
  }

  /** The cell Excel shows here: the master's for a merged area. */
  cell(row: number, col: number): GridCell | undefined {
    const at = this.master(row, col);
    return this.grid.cells.get(cellKey(at.row, at.col));
  }

  /** A later row of a vertical merge: it shows the text of a row above. */
  continues(row: number, col: number): boolean {
    const merge = this.merge(row, col);
    return merge !== undefined && merge.start.row < row;
  }

  /** Shown text, trimmed; "" for empty, error and boolean cells. */
  text(row: number, col: number): string {
    const value = this.cell(row, col)?.value;
    if (typeof value === "string") return value.trim();
    return typeof value === "number" ? String(value) : "";
  }

  key(row: number, col: number): string {
    const at = this.master(row, col);
    const id = cellKey(at.row, at.col);
    let key = this.keys.get(id);
    if (key === undefined) {
      key = textKey(this.text(at.row, at.col));
      this.keys.set(id, key);
    }
    return key;
  }

  /** A number, or a number typed as text ("1.147"); null otherwise. */
  number(row: number, col: number): number | null {
    const value = this.cell(row, col)?.value;
    if (typeof value === "number") return value;
    return typeof value === "string" ? (parseNumberText(value)?.value ?? null) : null;
  }

  /** The cell holds something a sum would read: a number, number text or a formula (known or not). */
  holdsAmount(row: number, col: number): boolean {
    if (this.continues(row, col)) return false;
    const cell = this.cell(row, col);
    if (!cell) return false;
    if (cell.formula !== null) return true;
    return this.number(row, col) !== null;
  }

  /** Columns with a stored cell on this row, ascending (cells covered by a merge are not stored). */
  storedColumns(row: number): readonly number[] {
    return this.columnsByRow.get(row) ?? [];
  }

  /** Columns where this row shows text or a value, merges included, ascending. */
  shownColumns(row: number): number[] {
    const cols = new Set(this.storedColumns(row));
    for (const merge of this.mergesByRow.get(row) ?? []) {
      for (let col = merge.start.col; col <= merge.end.col; col++) cols.add(col);
    }
    return [...cols].filter((col) => this.text(row, col) !== "").sort((a, b) => a - b);
  }

  hidden(row: number): boolean {
    return this.grid.hiddenRows.has(row);
  }
}
