/**
 * Which capital type (đầu tư phát triển or sự nghiệp) a funds table's NSTW amounts are,
 * when it has no ĐTPT and SN columns of its own: the NSTW header may say so ("Ngân sách
 * trung ương (vốn sự nghiệp)"), or the rows may be grouped under "I. VỐN ĐẦU TƯ PHÁT
 * TRIỂN" and "II. VỐN SỰ NGHIỆP" headings, the same Dự án appearing in both groups.
 */
import type { RecognisedTable } from "../../detect/table";
import { textKey } from "../../detect/text-key";
import { PL01_COLUMNS as C } from "../../templates/column-keys";
import type { CellReader } from "./cell-reader";

export type Capital = "dtpt" | "sn";

export interface CapitalLayout {
  /** The capital of rows outside any capital group (from the NSTW header), or null. */
  readonly fallback: Capital | null;
  /** Per body row, the capital of the group heading above it. */
  readonly byRow: ReadonlyMap<number, Capital>;
  /** The heading row of each capital group, whose NSTW is that capital's total. */
  readonly groupRows: ReadonlyMap<Capital, number>;
}

const NONE: CapitalLayout = { fallback: null, byRow: new Map(), groupRows: new Map() };

/** "vốn sự nghiệp" -> sn, "Vốn đầu tư phát triển", "ĐTPT" -> dtpt; both or neither -> null. */
export function capitalIn(text: string): Capital | null {
  const key = ` ${textKey(text)} `;
  const recurrent = key.includes(" su nghiep ");
  const investment = / dau tu( phat trien)? | dtpt /.test(key);
  if (recurrent === investment) return null;
  return recurrent ? "sn" : "dtpt";
}

function headerCapital(reader: CellReader, table: RecognisedTable, col: number): Capital | null {
  const words: string[] = [];
  for (let row = table.headerRows.first; row <= table.headerRows.last; row++)
    words.push(reader.text(table.sheet, { row, col }));
  return capitalIn(words.join(" "));
}

/** Null layout for a table with ĐTPT or SN columns: its cells already say the capital. */
export function capitalLayout(reader: CellReader, table: RecognisedTable): CapitalLayout {
  const nstw = table.columns.get(C.nstw);
  if (nstw === undefined || table.columns.has(C.dtpt) || table.columns.has(C.sn)) return NONE;
  const byRow = new Map<number, Capital>();
  const groupRows = new Map<Capital, number>();
  let current: Capital | null = null;
  for (const row of table.rows) {
    if (row.role === "group") {
      current = capitalIn(row.label);
      if (current && !groupRows.has(current)) groupRows.set(current, row.row);
    } else if (current) byRow.set(row.row, current);
  }
  return { fallback: headerCapital(reader, table, nstw), byRow, groupRows };
}
