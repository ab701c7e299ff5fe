/**
 * Finds the rows that head a table: a row of at least two headers, then up to two rows of
 * sub-headers that sit under group headers ("Ngân sách trung ương" over "Tổng số / ĐTPT /
 * SN"), then an optional row of column numbers ("1 2 3=4+8 …"). Groups are merged cells
 * or, in files that lost their merges, a header followed by empty cells. A row with a
 * label under "Nội dung" is the body, not a sub-header. Each column gets its header path:
 * text keys from the top row down, a merged cell counted once.
 */
import type { SheetView } from "./sheet-view";

export interface HeaderBlock {
  readonly first: number;
  /** Last header row, the column-number row included. */
  readonly last: number;
  /** Last row that holds header words. */
  readonly lastWords: number;
  /** Column -> text keys of its headers, top row first. */
  readonly paths: ReadonlyMap<number, readonly string[]>;
  /** Column -> its lowest header as written, for notes. */
  readonly written: ReadonlyMap<number, string>;
  /** Column -> the column of that header's cell (the first column of a merged header). */
  readonly owners: ReadonlyMap<number, number>;
}

/** How far below a table's start a header is looked for. */
export const HEADER_SEARCH_ROWS = 40;
const MAX_HEADER_ROWS = 3;
/** Plan tables are a dozen columns wide; headers further right than this are not looked at. */
const MAX_HEADER_COLUMN = 200;

function headerColumns(view: SheetView, row: number): number[] {
  return view.shownColumns(row).filter((col) => col <= MAX_HEADER_COLUMN);
}

/** A year typed as a number ("2025" under "Năm") is a header, not data. */
function isYear(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 2000 && value <= 2099;
}

function numericCells(view: SheetView, row: number): number {
  return view.storedColumns(row).filter((col) => {
    const value = view.cell(row, col)?.value;
    return typeof value === "number" && !isYear(value);
  }).length;
}

/** Columns of cells that start on this row and show text (one per merged area). */
function newTextColumns(view: SheetView, row: number): number[] {
  return headerColumns(view, row).filter((col) => {
    const master = view.master(row, col);
    const value = view.cell(row, col)?.value;
    return master.row === row && master.col === col && (typeof value === "string" || isYear(value));
  });
}

/**
 * A header starts on a row with two headers or more, not on a hidden row (our own key row
 * is one) nor on a row that continues headers merged down from the row above.
 */
function couldStart(view: SheetView, row: number): boolean {
  if (view.hidden(row) || numericCells(view, row) > 1 || newTextColumns(view, row).length < 2) return false;
  return !headerColumns(view, row).some((col) => view.continues(row, col));
}

/** The nearest cell left of `col` on `row` that shows text, or null. */
function textToTheLeft(view: SheetView, row: number, col: number): number | null {
  for (let left = col - 1; left >= 1; left--) if (view.text(row, left) !== "") return left;
  return null;
}

/** A header with text spans more than its column: merged wider, or followed by empty cells. */
function spansWider(view: SheetView, row: number, col: number, width: number): boolean {
  const merge = view.merge(row, col);
  if (merge) return merge.end.col > merge.start.col;
  return col < width && view.text(row, col + 1) === "";
}

/** The nearest header above `row` in this column is a group (or there is none, or one from the left spans it). */
function underGroup(view: SheetView, first: number, row: number, col: number, width: number): boolean {
  for (let above = row - 1; above >= first; above--) {
    if (view.text(above, col) !== "") return spansWider(view, above, view.master(above, col).col, width);
    if (textToTheLeft(view, above, col) !== null) return true;
  }
  return true;
}

/** One long or widely merged text on its own row is a title between the header and what is above it. */
function isTitle(view: SheetView, row: number, cols: readonly number[]): boolean {
  const [only] = cols;
  if (cols.length !== 1 || only === undefined) return false;
  const merge = view.merge(row, only);
  return view.text(row, only).length > 50 || (merge !== undefined && merge.end.col - merge.start.col >= 2);
}

function extends_(view: SheetView, first: number, row: number, width: number): boolean {
  const cols = newTextColumns(view, row);
  if (view.hidden(row) || cols.length === 0 || numericCells(view, row) > 1 || isTitle(view, row, cols))
    return false;
  return cols.every((col) => underGroup(view, first, row, col, width));
}

const COLUMN_NUMBER = /^[([]?[a-z0-9]{1,3}[)\]]?(?:\s*[-=+*/x,.]\s*[([]?[a-z0-9]{1,3}[)\]]?)*$/i;

/** "1 2 3 4=5+6 …" or "A B 1 2 …": numbers the columns, holds no data. */
function isColumnNumberRow(view: SheetView, row: number): boolean {
  const cols = view.shownColumns(row);
  if (cols.length < 3) return false;
  let last = 0;
  for (const col of cols) {
    const value = view.cell(row, col)?.value;
    if (typeof value === "number") {
      if (!Number.isInteger(value) || value <= last || value > 60) return false;
      last = value;
    } else if (typeof value !== "string" || !COLUMN_NUMBER.test(value.trim())) return false;
  }
  return true;
}

function widthOf(view: SheetView, first: number, last: number): number {
  let width = 0;
  for (let row = first; row <= last; row++) width = Math.max(width, ...headerColumns(view, row), 0);
  return width;
}

function pathOf(view: SheetView, first: number, last: number, col: number): string[] {
  const path: string[] = [];
  for (let row = first; row <= last; row++) {
    let key = view.key(row, col);
    if (key === "" && row < last && hasTextBelow(view, row, last, col)) {
      const left = textToTheLeft(view, row, col);
      key = left === null ? "" : view.key(row, left);
    }
    if (key !== "" && path[path.length - 1] !== key) path.push(key);
  }
  return path;
}

function hasTextBelow(view: SheetView, row: number, last: number, col: number): boolean {
  for (let below = row + 1; below <= last; below++) if (view.text(below, col) !== "") return true;
  return false;
}

function lowestHeader(
  view: SheetView,
  first: number,
  last: number,
  col: number,
): { text: string; owner: number } {
  for (let row = last; row >= first; row--) {
    const text = view.text(row, col);
    if (text !== "") return { text, owner: view.master(row, col).col };
  }
  return { text: "", owner: col };
}

function block(view: SheetView, first: number, lastWords: number): HeaderBlock {
  const width = widthOf(view, first, lastWords);
  const paths = new Map<number, readonly string[]>();
  const written = new Map<number, string>();
  const owners = new Map<number, number>();
  for (let col = 1; col <= width; col++) {
    const path = pathOf(view, first, lastWords, col);
    if (path.length === 0) continue;
    const header = lowestHeader(view, first, lastWords, col);
    paths.set(col, path);
    written.set(col, header.text);
    owners.set(col, header.owner);
  }
  const last = isColumnNumberRow(view, lastWords + 1) ? lastWords + 1 : lastWords;
  return { first, last, lastWords, paths, written, owners };
}

/** Every way rows `from`..`to` could start a header: one, two or three rows deep. */
export function headerBlocks(view: SheetView, from: number, to: number): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let first = from; first <= Math.min(to, view.maxRow); first++) {
    if (!couldStart(view, first)) continue;
    blocks.push(block(view, first, first));
    const width = widthOf(view, first, first);
    for (let last = first + 1; last < first + MAX_HEADER_ROWS && extends_(view, first, last, width); last++) {
      blocks.push(block(view, first, last));
    }
  }
  return blocks;
}
