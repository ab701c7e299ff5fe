/**
 * Reads a total's formula as "a sum of these rows in my own column", when that is what it
 * is: =SUM(E13:E15), =SUM(E9,E12,E16), =SUBTOTAL(9,E8:E20), =E13+E14+E15. Anything else
 * (a product, a reference to another column or sheet, a lookup) is not a vertical sum and
 * is left to the arithmetic rules, which compare values instead of rows.
 */
import type { CellAddress } from "../address/cell-address";
import type { Expr, ReferenceNode } from "../formula/ast";

export type SumStyle =
  | { readonly kind: "sum" }
  /** SUBTOTAL with its function code as written (9 or 109). */
  | { readonly kind: "subtotal"; readonly code: string }
  | { readonly kind: "plus" };

export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

export interface VerticalSum {
  readonly style: SumStyle;
  /** Each reference's rows, in the order written; a row may appear in several spans. */
  readonly spans: readonly RowSpan[];
}

function unwrap(expr: Expr): Expr {
  let inner = expr;
  while (inner.type === "group") inner = inner.inner;
  return inner;
}

function isReference(expr: Expr): expr is ReferenceNode {
  return expr.type === "cell" || expr.type === "range";
}

/** The rows a reference covers, when it lies in column `col` of the home sheet. */
function spanIn(node: ReferenceNode, at: CellAddress, home: string): RowSpan | null {
  if (node.sheet && (node.sheet.book !== undefined || node.sheet.last !== undefined)) return null;
  if (node.sheet && node.sheet.name.toUpperCase() !== home.toUpperCase()) return null;
  if (node.type === "cell") return node.col === at.col ? { first: node.row, last: node.row } : null;
  if (node.span === "rows") return null;
  const sameColumn = node.start.col === at.col && node.end.col === at.col;
  if (!sameColumn) return null;
  return { first: Math.min(node.start.row, node.end.row), last: Math.max(node.start.row, node.end.row) };
}

function spansOf(args: readonly Expr[], at: CellAddress, home: string): RowSpan[] | null {
  const spans: RowSpan[] = [];
  for (const arg of args) {
    const inner = unwrap(arg);
    const span = isReference(inner) ? spanIn(inner, at, home) : null;
    if (!span) return null;
    spans.push(span);
  }
  return spans.length > 0 ? spans : null;
}

function plusLeaves(expr: Expr, leaves: Expr[]): boolean {
  const inner = unwrap(expr);
  if (inner.type === "binary" && inner.op === "+")
    return plusLeaves(inner.left, leaves) && plusLeaves(inner.right, leaves);
  if (inner.type !== "cell") return false;
  leaves.push(inner);
  return true;
}

const SUM_CODES = ["9", "109"];

/** The formula of cell `at` on sheet `home` as a vertical sum, or null when it is something else. */
export function verticalSum(expr: Expr, at: CellAddress, home: string): VerticalSum | null {
  const top = unwrap(expr);
  if (top.type === "function" && top.name === "SUM") {
    const spans = spansOf(top.args, at, home);
    return spans && { style: { kind: "sum" }, spans };
  }
  if (top.type === "function" && top.name === "SUBTOTAL") {
    const [code, ...rest] = top.args;
    const codeNode = code && unwrap(code);
    if (codeNode?.type !== "number" || !SUM_CODES.includes(String(codeNode.value))) return null;
    const spans = spansOf(rest, at, home);
    return spans && { style: { kind: "subtotal", code: codeNode.text }, spans };
  }
  const leaves: Expr[] = [];
  if (top.type !== "binary" || !plusLeaves(top, leaves)) return null;
  const spans = spansOf(leaves, at, home);
  return spans && { style: { kind: "plus" }, spans };
}
