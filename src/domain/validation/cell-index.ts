/**
 * A set of cells per sheet that answers "which of these lie inside this rectangle?" in
 * time proportional to the columns it spans and the cells it finds, so rules that follow
 * references (errors feeding totals, findings explained upstream) stay linear even when a
 * formula sums 20,000 rows.
 */
import type { CellAddress, RangeAddress } from "../address/cell-address";

export interface SheetCellAddress extends CellAddress {
  readonly sheet: string;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class CellIndex {
  /** Sheet name (upper case) -> column -> rows, sorted once `seal` runs. */
  private readonly sheets = new Map<string, Map<number, number[]>>();
  private sealed = true;

  add(sheet: string, address: CellAddress): void {
    const key = sheet.toUpperCase();
    const columns = this.sheets.get(key) ?? new Map<number, number[]>();
    this.sheets.set(key, columns);
    const rows = columns.get(address.col) ?? [];
    columns.set(address.col, rows);
    rows.push(address.row);
    this.sealed = false;
  }

  /** The indexed cells inside `range`, column by column, rows ascending. */
  cellsIn(sheet: string, range: RangeAddress): CellAddress[] {
    this.seal();
    const columns = this.sheets.get(sheet.toUpperCase());
    const found: CellAddress[] = [];
    if (!columns) return found;
    const visit = (col: number, rows: readonly number[]) => {
      for (let i = lowerBound(rows, range.start.row); i < rows.length; i++) {
        const row = rows[i] ?? 0;
        if (row > range.end.row) break;
        if (row !== rows[i - 1] || i === 0) found.push({ row, col });
      }
    };
    const width = range.end.col - range.start.col + 1;
    if (width <= columns.size) {
      for (let col = range.start.col; col <= range.end.col; col++) {
        const rows = columns.get(col);
        if (rows) visit(col, rows);
      }
    } else {
      for (const col of [...columns.keys()].sort((a, b) => a - b)) {
        if (col >= range.start.col && col <= range.end.col) visit(col, columns.get(col) ?? []);
      }
    }
    return found;
  }

  private seal(): void {
    if (this.sealed) return;
    for (const columns of this.sheets.values())
      for (const rows of columns.values()) rows.sort((a, b) => a - b);
    this.sealed = true;
  }
}
