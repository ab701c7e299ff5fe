/**
 * Scanners for the delimited parts of a formula: quoted strings ("a""b"), quoted sheet
 * names ('It''s'!), bracketed parts (Table1[[#This Row],[Col]], [1]Sheet1!), numbers and
 * error literals. Each returns where the part ends, or raises a ParseError pointing at
 * the part's first character.
 */
import { ERROR_VALUES, type ErrorValue } from "../workbook";
import type { SheetRef } from "./ast";
import { ParseError } from "./parse-error";

const NUMBER = /(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;

export interface Scanned<T> {
  readonly value: T;
  readonly end: number;
}

/** Text between `quote` characters where a doubled quote stands for one. */
export function scanQuoted(text: string, pos: number, quote: "'" | '"'): Scanned<string> {
  let value = "";
  let i = pos + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === quote && text[i + 1] === quote) {
      value += quote;
      i += 2;
    } else if (ch === quote) {
      return { value, end: i + 1 };
    } else {
      value += ch;
      i += 1;
    }
  }
  const what = quote === '"' ? "text" : "sheet name";
  throw new ParseError(`Unclosed ${what}: the closing ${quote} is missing`, pos, text);
}

/** End of a bracketed part, nested brackets included; ' escapes the next character. */
export function scanBrackets(text: string, pos: number): number {
  let depth = 0;
  for (let i = pos; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") i += 1;
    else if (ch === "[") depth += 1;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  throw new ParseError("Unclosed [: the closing ] is missing", pos, text);
}

export function scanNumber(text: string, pos: number): Scanned<string> | null {
  NUMBER.lastIndex = pos;
  const m = NUMBER.exec(text);
  return m ? { value: m[0], end: pos + m[0].length } : null;
}

/** An error literal such as #DIV/0! (any letter case), or null if none starts here. */
export function scanErrorLiteral(text: string, pos: number): Scanned<ErrorValue> | null {
  for (const error of ERROR_VALUES) {
    if (text.substr(pos, error.length).toUpperCase() === error) {
      return { value: error, end: pos + error.length };
    }
  }
  return null;
}

/**
 * The sheet part inside quotes or before "!": an optional workbook part ending in "]"
 * and one sheet or a first:last pair (sheet names cannot contain ":" or "]").
 */
export function sheetRefOf(content: string): SheetRef {
  const bookEnd = content.lastIndexOf("]") + 1;
  const book = content.slice(0, bookEnd);
  const sheets = content.slice(bookEnd);
  const colon = sheets.indexOf(":");
  const name = colon < 0 ? sheets : sheets.slice(0, colon);
  const last = colon < 0 ? undefined : sheets.slice(colon + 1);
  return {
    name,
    ...(last !== undefined && { last }),
    ...(book !== "" && { book }),
  };
}
