/**
 * Reading a recognised table by keys, whichever way it is laid out: the cell of a row key
 * and a column key, with a transposed Biểu 02's keys swapped, and the row of a key.
 */
import type { CellAddress } from "../address/cell-address";
import type { RecognisedRow, RecognisedTable } from "./table";

export function tableRow(table: RecognisedTable, key: string): RecognisedRow | undefined {
  return table.rows.find((row) => row.key === key);
}

/**
 * The cell of (rowKey, colKey) as the template keys them (Biểu 02: a figure and a kind of
 * household), or null when the table lacks that row or column.
 */
export function tableCell(table: RecognisedTable, rowKey: string, colKey: string): CellAddress | null {
  const [byRow, byCol] = table.transposed ? [colKey, rowKey] : [rowKey, colKey];
  const row = tableRow(table, byRow)?.row;
  const col = table.columns.get(byCol);
  return row === undefined || col === undefined ? null : { row, col };
}
