/**
 * A formula's shape as seen from its own cell, in R1C1 notation: =SUM(D5:D9) in D10 and
 * =SUM(E5:E9) in E10 both give "SUM(R[-5]C:R[-1]C)". Formulas copied along a row or
 * column share one key, so a cell whose key differs from its neighbours' is the one
 * that was typed over or edited by hand.
 */
import type { CellAddress } from "../address/cell-address";
import type { Expr, RefPoint, ReferenceNode } from "./ast";
import { printExpression, sheetPrefix } from "./print";

/** The R1C1 text of `expr` written in cell `at`, without "=". */
export function r1c1Key(expr: Expr, at: CellAddress): string {
  return printExpression(expr, (node) => r1c1Reference(node, at));
}

function r1c1Reference(node: ReferenceNode, at: CellAddress): string {
  const prefix = sheetPrefix(node.sheet);
  if (node.type === "cell") return prefix + point(node, at);
  if (node.span === "columns") return `${prefix}${column(node.start, at)}:${column(node.end, at)}`;
  if (node.span === "rows") return `${prefix}${row(node.start, at)}:${row(node.end, at)}`;
  return `${prefix}${point(node.start, at)}:${point(node.end, at)}`;
}

function point(p: RefPoint, at: CellAddress): string {
  return row(p, at) + column(p, at);
}

function row(p: RefPoint, at: CellAddress): string {
  return "R" + part(p.row, p.rowAbs, at.row);
}

function column(p: RefPoint, at: CellAddress): string {
  return "C" + part(p.col, p.colAbs, at.col);
}

/** R5 (absolute), R (same row), R[-5] (five rows up). */
function part(index: number, absolute: boolean, home: number): string {
  if (absolute) return String(index);
  const offset = index - home;
  return offset === 0 ? "" : `[${offset}]`;
}
