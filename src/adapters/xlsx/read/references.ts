/**
 * Reads a reference such as "'Phụ lục 01'!$A$5:$N$30" or "C5:C9" with the core's formula
 * parser, so quoted Vietnamese sheet names, doubled quotes and $ anchors are handled the
 * one way the whole project reads them.
 */
import type { RangeAddress } from "../../../domain/address/cell-address";
import { tryParseFormula } from "../../../domain/formula/parse";

export interface ReadReference {
  /** The sheet written in the reference, or null when it names none. */
  readonly sheet: string | null;
  readonly range: RangeAddress;
}

/** Null for anything that is not one plain cell or rectangle (lists, whole columns, formulas, 3-D). */
export function readReference(text: string): ReadReference | null {
  const parsed = tryParseFormula(text);
  if (!parsed.ok) return null;
  const node = parsed.expr;
  if (node.type !== "cell" && node.type !== "range") return null;
  if (node.sheet?.book !== undefined || node.sheet?.last !== undefined) return null;
  const sheet = node.sheet?.name ?? null;
  if (node.type === "cell") {
    const at = { row: node.row, col: node.col };
    return { sheet, range: { start: at, end: at } };
  }
  if (node.span !== "cells") return null;
  return {
    sheet,
    range: {
      start: { row: Math.min(node.start.row, node.end.row), col: Math.min(node.start.col, node.end.col) },
      end: { row: Math.max(node.start.row, node.end.row), col: Math.max(node.start.col, node.end.col) },
    },
  };
}
