/**
 * One cell-address type for the whole core. Rows and columns are 1-based, as in Excel;
 * A1 strings exist only at the edges (adapters, messages, formulas we emit).
 */

export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

export interface RangeAddress {
  readonly start: CellAddress;
  readonly end: CellAddress;
}

const A_CODE = 65;

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`Column out of range: ${col}`);
  let n = col;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(A_CODE + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 1, "AA" -> 27 (case-insensitive). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0) - A_CODE;
    if (code < 0 || code > 25) throw new RangeError(`Not a column name: ${letters}`);
    n = n * 26 + code + 1;
  }
  return n;
}

export function cell(row: number, col: number): CellAddress {
  return { row, col };
}

/** { row: 3, col: 2 } -> "B3"; absolute -> "$B$3". */
export function toA1(address: CellAddress, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(address.col)}${d}${address.row}`;
}

export function rangeToA1(range: RangeAddress, absolute = false): string {
  const a = toA1(range.start, absolute);
  const b = toA1(range.end, absolute);
  return a === b ? a : `${a}:${b}`;
}

const A1_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B3" or "$B$3" -> { row: 3, col: 2 }. Throws on anything else. */
export function parseA1(text: string): CellAddress {
  const match = A1_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new RangeError(`Not an A1 cell address: ${text}`);
  return { row: Number(match[2]), col: columnNumber(match[1]) };
}

/** "A1:C3" or "B2" -> range. */
export function parseRangeA1(text: string): RangeAddress {
  const [a, b] = text.split(":");
  const start = parseA1(a ?? "");
  return { start, end: b === undefined ? start : parseA1(b) };
}

/** Sheet names that need quotes in a formula reference get them ('Phụ lục 01'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
