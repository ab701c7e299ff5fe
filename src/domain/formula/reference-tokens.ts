/**
 * Reads the reference starting at a word (B7, $C$10:$C$10000, C:E, $3:$5) into one token.
 * Whole columns and whole rows get their full extent here (C:C is rows 1..1,048,576), so
 * every later step can treat all three spans as one rectangle.
 */
import { MAX_COL, MAX_ROW, type RefPoint, type SheetRef } from "./ast";
import { ParseError } from "./parse-error";
import {
  isPoint,
  readCellWord,
  readColumnWord,
  readRowWord,
  wordEnd,
  type WordReading,
} from "./reference-words";
import type { Token } from "./tokens";

/** B7, $C$10:$C$10000, C:C, $3:$5 starting at `pos`, or null for a name-shaped word. */
export function readReference(text: string, start: number, pos: number, sheet?: SheetRef): Token | null {
  const end = wordEnd(text, pos);
  const word = text.slice(pos, end);
  const cell = readCellWord(word);
  if (isPoint(cell)) {
    const second = secondPoint(text, end, readCellWord);
    return second ? rangeToken("cells", cell, second, start, sheet) : cellToken(cell, start, end, sheet);
  }
  const range =
    spanningRange(text, start, "columns", readColumnWord(word), end, sheet) ??
    spanningRange(text, start, "rows", readRowWord(word), end, sheet);
  if (range) return range;
  if (word.includes("$")) throw new ParseError(`"${word}" is not a valid reference`, pos, text);
  return null;
}

export function readWholeRows(text: string, pos: number, start: number, sheet?: SheetRef): Token | null {
  const end = wordEnd(text, pos);
  return spanningRange(text, start, "rows", readRowWord(text.slice(pos, end)), end, sheet);
}

/** C:E or 3:5, which only exist as pairs. */
function spanningRange(
  text: string,
  start: number,
  span: "columns" | "rows",
  first: WordReading,
  firstEnd: number,
  sheet?: SheetRef,
): Token | null {
  if (!isPoint(first)) return null;
  const second = secondPoint(text, firstEnd, span === "columns" ? readColumnWord : readRowWord);
  return second ? rangeToken(span, first, second, start, sheet) : null;
}

/** The word after ":" when it reads as the same kind of reference end. */
function secondPoint(text: string, colon: number, read: (word: string) => WordReading): PointAt | null {
  if (text[colon] !== ":") return null;
  const end = wordEnd(text, colon + 1);
  if ("!([".includes(text[end] ?? "_")) return null;
  const point = read(text.slice(colon + 1, end));
  return isPoint(point) ? { point, end } : null;
}

/** A reference end read from a word, and where that word ends. */
interface PointAt {
  readonly point: RefPoint;
  readonly end: number;
}

function cellToken(point: RefPoint, start: number, end: number, sheet?: SheetRef): Token {
  const { row, col, rowAbs, colAbs } = point;
  const ref = sheet
    ? { type: "cell" as const, sheet, row, col, rowAbs, colAbs }
    : { type: "cell" as const, row, col, rowAbs, colAbs };
  return { kind: "ref", ref, start, end };
}

function rangeToken(
  span: "cells" | "columns" | "rows",
  first: RefPoint,
  second: PointAt,
  start: number,
  sheet?: SheetRef,
): Token {
  const last = second.point;
  const ref = {
    type: "range" as const,
    span,
    ...(sheet && { sheet }),
    start: span === "rows" ? { ...first, col: 1 } : first,
    end: span === "columns" ? { ...last, row: MAX_ROW } : span === "rows" ? { ...last, col: MAX_COL } : last,
  };
  return { kind: "ref", ref, start, end: second.end };
}
