/**
 * What a row of the funds table says about itself before the catalog is asked: its
 * numbering (from the TT cell, or the start of the label when TT is empty or merged into
 * it), its label, whether it is a total, a group heading ("A. Vốn sự nghiệp") or the
 * "Trong đó" line that opens a breakdown.
 */
import { leadingNumbering, parseNumbering, type Numbering } from "./numbering";
import type { SheetView } from "./sheet-view";
import { startsWithPhrase, textKey } from "./text-key";

export interface RowText {
  readonly row: number;
  readonly numbering: Numbering | null;
  /** The label as written. */
  readonly label: string;
  /** Its text key, numbering removed. */
  readonly key: string;
  readonly hasAmounts: boolean;
}

const TOTAL =
  /^(?:tong cong|tong so|tong kinh phi|tong von|tong nguon von)\b|^(?:tong|cong)(?: (?:[ivx]+|[a-z]|\d+))*$/;

/** TỔNG CỘNG, Tổng số, Tổng kinh phí, Cộng, "Cộng A", "Tổng cộng (I+II)". */
export function isTotalLabel(key: string): boolean {
  return TOTAL.test(key);
}

export function isBreakdownLabel(key: string): boolean {
  return startsWithPhrase(key, ["trong do", "bao gom", "gom", "chia ra"]);
}

/** Headings that split a table by capital type or source rather than name a project. */
const GROUP_LABELS = [
  "von dau tu phat trien",
  "von dau tu",
  "von dtpt",
  "chi dau tu phat trien",
  "von su nghiep",
  "von sn",
  "kinh phi su nghiep",
  "chi thuong xuyen",
  "nguon von",
  "von ngan sach",
  "ngan sach trung uong",
  "ngan sach dia phuong",
  "von trung uong",
  "von dia phuong",
  "von doi ung",
  "von huy dong",
];

export function isGroupLabel(key: string): boolean {
  return startsWithPhrase(key, GROUP_LABELS);
}

/** Columns of a row's number and label (each the columns under its header, first first) and amounts. */
export interface RowColumns {
  readonly tt: readonly number[];
  readonly label: readonly number[];
  readonly amounts: readonly number[];
}

/** The first cell among `cols` that holds something, skipping the lower rows of a vertical merge. */
function firstValue(view: SheetView, row: number, cols: readonly number[]): string | number | null {
  for (const col of cols) {
    if (view.continues(row, col)) continue;
    const value = view.cell(row, col)?.value;
    if ((typeof value === "string" && value.trim() !== "") || typeof value === "number") return value;
  }
  return null;
}

/** The row as text, or null when it holds nothing (no number, label or amount). */
export function readRowText(view: SheetView, row: number, columns: RowColumns): RowText | null {
  const tt = firstValue(view, row, columns.tt);
  let numbering = parseNumbering(tt);
  const written = firstValue(view, row, columns.label);
  let label = written === null ? "" : String(written).trim();
  const ttText = typeof tt === "string" ? tt.trim() : "";
  if (numbering === null && ttText !== "" && (label === "" || label === ttText)) label = ttText;
  let body = label;
  const leading = leadingNumbering(label);
  if (leading) {
    numbering ??= leading.numbering;
    body = leading.rest;
  }
  const hasAmounts = columns.amounts.some((col) => view.holdsAmount(row, col));
  if (label === "" && numbering === null && !hasAmounts) return null;
  return { row, numbering, label, key: textKey(body), hasAmounts };
}
