/**
 * Recovers the (row key, column key) -> cell mapping of one of our sheets from its marker
 * name alone: the hidden row just above the marker range holds column keys, the marker's
 * first (hidden) column holds row keys. The reader and validator use this on workbooks;
 * it needs nothing but a way to read a cell's value.
 */
import type { CellAddress, RangeAddress } from "../address/cell-address";

export interface TableKeys {
  readonly rows: ReadonlyMap<string, number>;
  readonly columns: ReadonlyMap<string, number>;
}

export type CellValueAt = (row: number, col: number) => unknown;

function keyText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/**
 * `lastRow` extends the row scan below the marker, for keyed rows under a table (the
 * counterpart lines of Phụ lục 01); it defaults to the marker's last row.
 */
export function readTableKeys(
  marker: RangeAddress,
  valueAt: CellValueAt,
  lastRow = marker.end.row,
): TableKeys {
  const keyRow = marker.start.row - 1;
  const keyCol = marker.start.col;
  const columns = new Map<string, number>();
  for (let col = keyCol + 1; col <= marker.end.col; col++) {
    const key = keyText(valueAt(keyRow, col));
    if (key !== null && !columns.has(key)) columns.set(key, col);
  }
  const rows = new Map<string, number>();
  for (let row = marker.start.row; row <= lastRow; row++) {
    const key = keyText(valueAt(row, keyCol));
    if (key !== null && !rows.has(key)) rows.set(key, row);
  }
  return { rows, columns };
}

export function keyedCell(keys: TableKeys, rowKey: string, colKey: string): CellAddress | null {
  const row = keys.rows.get(rowKey);
  const col = keys.columns.get(colKey);
  return row === undefined || col === undefined ? null : { row, col };
}
