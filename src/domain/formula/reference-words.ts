/**
 * Reading one word of a formula: where a word ends, and whether it is a cell (B7, $C$10),
 * a column (C, $A) or a row ($3) inside Excel's grid. Words that look like cells but fall
 * outside the grid (A0, XFE1, A1048577) are left to the caller, which reads them as names,
 * as Excel does.
 */
import { MAX_COL, MAX_ROW, type RefPoint } from "./ast";

const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Characters that may continue a name, sheet name, function name or reference word. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code >= 128) return NON_ASCII_WORD_CHAR.test(ch);
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    ch === "_" ||
    ch === "." ||
    ch === "\\" ||
    ch === "?" ||
    ch === "$"
  );
}

/** Characters that may start a word (digits start numbers and row ranges instead). */
export function isWordStart(ch: string | undefined): boolean {
  if (ch === undefined || !isWordChar(ch)) return false;
  return !isDigit(ch) && ch !== "." && ch !== "?";
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** End (exclusive) of the word starting at `pos`. */
export function wordEnd(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && isWordChar(text[end])) end += 1;
  return end;
}

/** "out" marks a word shaped like the reference but outside the grid. */
export type WordReading = RefPoint | "out" | null;

/** The parts of a word shaped `$?LETTERS$?DIGITS`, either part possibly empty. */
interface WordParts {
  readonly firstDollar: boolean;
  readonly letters: number;
  readonly col: number;
  readonly secondDollar: boolean;
  readonly digits: number;
  readonly row: number;
}

/**
 * Reads a word's parts by hand rather than with a pattern: this runs for every word of
 * every formula, and 100,000 formulas must parse in well under a second.
 */
function splitWord(word: string): WordParts | null {
  const n = word.length;
  let i = 0;
  const firstDollar = word.charCodeAt(0) === 36;
  if (firstDollar) i += 1;
  let col = 0;
  const lettersStart = i;
  for (let c = word.charCodeAt(i) | 0x20; i < n && c >= 97 && c <= 122; c = word.charCodeAt(++i) | 0x20) {
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersStart;
  const secondDollar = word.charCodeAt(i) === 36;
  if (secondDollar) i += 1;
  let row = 0;
  const digitsStart = i;
  for (let c = word.charCodeAt(i); i < n && c >= 48 && c <= 57; c = word.charCodeAt(++i))
    row = row * 10 + (c - 48);
  const digits = i - digitsStart;
  if (i !== n || letters > 3 || digits > 7) return null;
  return { firstDollar, letters, col, secondDollar, digits, row };
}

export function readCellWord(word: string): WordReading {
  const p = splitWord(word);
  if (!p || p.letters === 0 || p.digits === 0) return null;
  if (p.col > MAX_COL || p.row < 1 || p.row > MAX_ROW) return "out";
  return { row: p.row, col: p.col, rowAbs: p.secondDollar, colAbs: p.firstDollar };
}

/** A whole-column end such as C or $A; the row parts are placeholders. */
export function readColumnWord(word: string): WordReading {
  const p = splitWord(word);
  if (!p || p.letters === 0 || p.digits > 0 || p.secondDollar) return null;
  if (p.col > MAX_COL) return "out";
  return { row: 1, col: p.col, rowAbs: false, colAbs: p.firstDollar };
}

/** A whole-row end such as 3 or $5; the column parts are placeholders. */
export function readRowWord(word: string): WordReading {
  const p = splitWord(word);
  if (!p || p.letters > 0 || p.digits === 0 || p.secondDollar) return null;
  if (p.row < 1 || p.row > MAX_ROW) return "out";
  return { row: p.row, col: 1, rowAbs: p.firstDollar, colAbs: false };
}

export function isPoint(reading: WordReading): reading is RefPoint {
  return reading !== null && reading !== "out";
}
