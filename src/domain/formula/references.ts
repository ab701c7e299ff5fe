/**
 * Lists the cells and ranges a formula reads, as the core's CellAddress/RangeAddress
 * types with their sheet, for rules such as "the total row sums every item row" or
 * "this formula points at another sheet". Ranges come out top-left to bottom-right
 * whichever way they were written; whole columns and rows cover the full grid.
 */
import type { CellAddress, RangeAddress } from "../address/cell-address";
import type { Expr, NameNode, RefPoint, ReferenceNode } from "./ast";
import { visitNodes } from "./walk";

export interface FormulaReference {
  /** The sheet named in the reference; otherwise `homeSheet`, or null for "the formula's own sheet". */
  readonly sheet: string | null;
  /** Last sheet of a 3-D reference (Sheet1:Sheet3!A1). */
  readonly lastSheet?: string;
  /** Another workbook ("[1]"): its cells are not in the file being checked. */
  readonly book?: string;
  readonly range: RangeAddress;
  readonly span: "cell" | "cells" | "columns" | "rows";
  /** The tree node, for fixes that rewrite this reference. */
  readonly node: ReferenceNode;
}

/** Every cell and range reference in reading order, duplicates kept. */
export function collectReferences(expr: Expr, homeSheet: string | null = null): FormulaReference[] {
  const found: FormulaReference[] = [];
  visitNodes(expr, (node) => {
    if (node.type === "cell" || node.type === "range") found.push(referenceOf(node, homeSheet));
  });
  return found;
}

/** Defined names the formula uses (their targets live in the workbook, not the formula). */
export function collectNames(expr: Expr): NameNode[] {
  const found: NameNode[] = [];
  visitNodes(expr, (node) => {
    if (node.type === "name") found.push(node);
  });
  return found;
}

function referenceOf(node: ReferenceNode, homeSheet: string | null): FormulaReference {
  const sheet = node.sheet;
  return {
    sheet: sheet?.name ?? homeSheet,
    ...(sheet?.last !== undefined && { lastSheet: sheet.last }),
    ...(sheet?.book !== undefined && { book: sheet.book }),
    range:
      node.type === "cell" ? { start: address(node), end: address(node) } : ordered(node.start, node.end),
    span: node.type === "cell" ? "cell" : node.span,
    node,
  };
}

function address(point: RefPoint): CellAddress {
  return { row: point.row, col: point.col };
}

function ordered(a: RefPoint, b: RefPoint): RangeAddress {
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}
