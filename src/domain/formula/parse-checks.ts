/**
 * Checks and node builders the parser needs beside its grammar: Excel refuses the
 * reference operators (":", " ", ",") between plain values, so 0:2 or (1,2) is a
 * ParseError rather than a tree nothing could evaluate; and A1 : B2 written with spaces
 * is the same range as A1:B2, so it gets the same node.
 */
import { MAX_ROW, type Expr, type RefPoint, type ReferenceOperator, type SheetRef } from "./ast";
import { ParseError } from "./parse-error";
import { isPoint, readColumnWord } from "./reference-words";
import type { Token } from "./tokens";

export function errorNode(token: Extract<Token, { kind: "error" }>): Expr {
  return {
    type: "error",
    value: token.value,
    ...(token.sheet && { sheet: token.sheet }),
    ...(token.lostRef !== undefined && { lostRef: token.lostRef }),
  };
}

export function requireReferences(
  op: ReferenceOperator,
  token: Token,
  operands: readonly Expr[],
  text: string,
): void {
  if (operands.every(isReferenceLike)) return;
  const name = op === ":" ? "range" : op === "," ? "union" : "intersection";
  throw new ParseError(`The ${name} operator "${op}" joins references, not values`, token.start, text);
}

/** Could evaluate to a reference: functions such as INDEX, OFFSET and IF may return one. */
function isReferenceLike(expr: Expr): boolean {
  switch (expr.type) {
    case "cell":
    case "range":
    case "name":
    case "structured":
    case "function":
      return true;
    case "binary":
      return expr.op === ":" || expr.op === " " || expr.op === ",";
    case "group":
      return isReferenceLike(expr.inner);
    case "error":
      return expr.value === "#REF!";
    default:
      return false;
  }
}

/**
 * The range node for two cells (or two column letters) joined by ":" across whitespace,
 * when the right end names no other sheet; null when the operator must stay.
 */
export function fusedRange(left: Expr, right: Expr): Expr | null {
  if (right.type !== left.type || (right.type !== "cell" && right.type !== "name")) return null;
  if (right.sheet && !sameSheet(right.sheet, "sheet" in left ? left.sheet : undefined)) return null;
  const sheet = "sheet" in left && left.sheet ? { sheet: left.sheet } : {};
  if (left.type === "cell" && right.type === "cell") {
    return { type: "range", span: "cells", ...sheet, start: pointOf(left), end: pointOf(right) };
  }
  const first = left.type === "name" ? readColumnWord(left.name) : null;
  const last = right.type === "name" ? readColumnWord(right.name) : null;
  if (!isPoint(first) || !isPoint(last)) return null;
  return { type: "range", span: "columns", ...sheet, start: first, end: { ...last, row: MAX_ROW } };
}

function pointOf({ row, col, rowAbs, colAbs }: RefPoint): RefPoint {
  return { row, col, rowAbs, colAbs };
}

function sameSheet(a: SheetRef, b: SheetRef | undefined): boolean {
  return b !== undefined && a.name === b.name && a.last === b.last && a.book === b.book;
}
