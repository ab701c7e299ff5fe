/**
 * Short views of a recognition result for assertions: a table's rows as [row, key, role],
 * the child rows of a key, and the one table of a kind.
 */
import type { Recognition, RecognisedTable, RowRole } from "../../../src/domain/detect/table";

export function onlyTable(recognition: Recognition, kind: RecognisedTable["kind"]): RecognisedTable {
  const tables = recognition.tables.filter((t) => t.kind === kind);
  if (tables.length !== 1) throw new Error(`Expected one ${kind} table, found ${tables.length}`);
  return tables[0] as RecognisedTable;
}

export function keyedRows(table: RecognisedTable): [number, string | null, RowRole][] {
  return table.rows.map((r) => [r.row, r.key, r.role]);
}

export function childrenOf(table: RecognisedTable, key: string): number[] {
  const row = table.rows.find((r) => r.key === key);
  if (!row) throw new Error(`No row ${key}`);
  return [...row.childRows];
}

export function rowOf(table: RecognisedTable, key: string): number {
  const row = table.rows.find((r) => r.key === key);
  if (!row) throw new Error(`No row ${key}`);
  return row.row;
}

export function columnsOf(table: RecognisedTable): Record<string, number> {
  return Object.fromEntries(table.columns);
}

export function noteIds(recognition: Recognition): string[] {
  return recognition.notes.map((n) => n.messageId);
}
