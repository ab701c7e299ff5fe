/**
 * Where a table's body ends: before the signature block ("Người lập biểu", "Kế toán", "TM.
 * ỦY BAN NHÂN DÂN", "(Ký, ghi rõ họ tên)", the "…, ngày … tháng … năm …" line), the amount
 * in words ("Bằng chữ: …"), a note ("Ghi chú: …"), the title or header of another table,
 * or a long run of empty rows. Rows are read once each.
 */
import type { SheetView } from "./sheet-view";
import { bestTerm } from "./header-terms";
import type { Vocabulary } from "./header-vocabulary";
import { startsWithPhrase } from "./text-key";

/** Empty rows that end a table; tables leave a row or two empty between sections, not ten. */
const BLANK_RUN = 10;

const FOOTERS = [
  "nguoi lap",
  "nguoi lap bieu",
  "lap bieu",
  "thu truong don vi",
  "thu truong",
  "ke toan truong",
  "ke toan",
  "bang chu",
  "so tien bang chu",
  "ky ghi ro ho ten",
  "ky va ghi ro ho ten",
  "ky ten",
  "ky ten dong dau",
  "ky dong dau",
  "q chu tich",
  "truong ban",
  "tm uy ban nhan dan",
  "tm ubnd",
  "kt chu tich",
  "chu tich",
  "pho chu tich",
  "xac nhan",
  "noi nhan",
  "ghi chu",
  "luu y",
  "phu luc",
  "bieu so",
  "bieu mau",
];

const DATE_LINE = /^(?:[a-z ]{0,40} )?ngay\b.*\bthang\b.*\bnam\b/;

/** Every text on the row belongs to a signature block, a note or a new title. */
function isFooter(view: SheetView, row: number, cols: readonly number[]): boolean {
  return cols.every((col) => {
    const key = view.key(row, col);
    return startsWithPhrase(key, FOOTERS) || DATE_LINE.test(key);
  });
}

/** Three or more cells that are exactly header words of this kind of table. */
function isHeaderRow(view: SheetView, row: number, cols: readonly number[], vocabulary: Vocabulary): boolean {
  return cols.filter((col) => bestTerm(view.key(row, col), vocabulary)?.exact === true).length >= 3;
}

export interface BodyExtentInput {
  readonly view: SheetView;
  readonly first: number;
  /** Columns of the table, to tell its rows from text beside it. */
  readonly minCol: number;
  readonly maxCol: number;
  readonly vocabulary: Vocabulary;
}

/** The last row of the body (first - 1 when the body is empty). */
export function bodyEnd({ view, first, minCol, maxCol, vocabulary }: BodyExtentInput): number {
  let last = first - 1;
  for (let row = first; row <= view.maxRow && row - last <= BLANK_RUN; row++) {
    const cols = view.shownColumns(row).filter((col) => col >= minCol && col <= maxCol);
    if (cols.length === 0) continue;
    const amounts = cols.some(
      (col) => view.holdsAmount(row, col) && typeof view.cell(row, col)?.value !== "string",
    );
    if (!amounts && (isFooter(view, row, cols) || (row > first && isHeaderRow(view, row, cols, vocabulary))))
      break;
    last = row;
  }
  return last;
}
