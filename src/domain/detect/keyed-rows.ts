/**
 * Rows of a target table (Biểu 02, Biểu 03) mapped to their keys one by one: a row whose
 * label names a key gets it (the first such row; a repeat is noted), a heading without
 * values becomes a group, and a row with values that names nothing is noted.
 */
import { isGroupStyle } from "./numbering";
import { NOTE_IDS, type NoteSink } from "./notes";
import { readRowText, type RowColumns, type RowText } from "./row-labels";
import type { SheetView } from "./sheet-view";
import type { RecognisedRow } from "./table";

export interface KeyedRowsInput {
  readonly view: SheetView;
  readonly first: number;
  readonly last: number;
  readonly columns: RowColumns;
  readonly notes: NoteSink;
  /** The row's key, or null; called once per row, in order. */
  readonly keyOf: (text: RowText) => string | null;
  /** A heading row (a dimension, a kind of household) that groups the rows below it. */
  readonly isHeading: (text: RowText) => boolean;
}

function row(text: RowText, view: SheetView, key: string | null, role: RecognisedRow["role"]): RecognisedRow {
  return { row: text.row, key, label: text.label, role, childRows: [], hidden: view.hidden(text.row) };
}

export function mapKeyedRows(input: KeyedRowsInput): RecognisedRow[] {
  const { view, notes } = input;
  const used = new Map<string, number>();
  const rows: RecognisedRow[] = [];
  for (let r = input.first; r <= input.last; r++) {
    const text = readRowText(view, r, input.columns);
    if (!text) continue;
    if (input.isHeading(text)) {
      rows.push(row(text, view, null, "group"));
      continue;
    }
    const key = input.keyOf(text);
    const first = key === null ? undefined : used.get(key);
    if (key !== null && first === undefined) {
      used.set(key, r);
      rows.push(row(text, view, key, "item"));
    } else if (key !== null) {
      notes.add(NOTE_IDS.itemRepeated, r, null, { code: key, rows: `${first}, ${r}` });
      rows.push(row(text, view, null, "other"));
    } else if (!text.hasAmounts && (!text.numbering || isGroupStyle(text.numbering))) {
      rows.push(row(text, view, null, "group"));
    } else {
      notes.add(NOTE_IDS.rowUnmatched, r, null, { row: r, label: text.label });
      rows.push(row(text, view, null, "other"));
    }
  }
  return rows;
}
