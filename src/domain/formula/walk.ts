/**
 * Generic traversal of a formula tree: visiting every node (reference listing) and
 * rebuilding a tree with some nodes replaced (shifting shared formulas), so each of
 * those steps only says what it does to the nodes it cares about.
 */
import type { Expr } from "./ast";

/** The direct sub-expressions of a node, left to right. */
export function childrenOf(expr: Expr): readonly Expr[] {
  switch (expr.type) {
    case "function":
      return expr.args;
    case "unary":
    case "percent":
      return [expr.operand];
    case "binary":
      return [expr.left, expr.right];
    case "group":
      return [expr.inner];
    default:
      return [];
  }
}

/** Calls `visit` on every node, parents before children. */
export function visitNodes(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr);
  for (const child of childrenOf(expr)) visitNodes(child, visit);
}

/**
 * Rebuilds the tree bottom-up; `replace` sees each node after its children were
 * rebuilt and returns the node to keep.
 */
export function mapNodes(expr: Expr, replace: (node: Expr) => Expr): Expr {
  switch (expr.type) {
    case "function":
      return replace({ ...expr, args: expr.args.map((arg) => mapNodes(arg, replace)) });
    case "unary":
    case "percent":
      return replace({ ...expr, operand: mapNodes(expr.operand, replace) });
    case "binary":
      return replace({ ...expr, left: mapNodes(expr.left, replace), right: mapNodes(expr.right, replace) });
    case "group":
      return replace({ ...expr, inner: mapNodes(expr.inner, replace) });
    default:
      return replace(expr);
  }
}
