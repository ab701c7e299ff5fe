/**
 * A small evaluator for the formulas plans contain, over a `(sheet, address) => value`
 * lookup. The validator uses it to compute totals whose cached results are missing.
 * Results are Excel's: errors come back as values ({ error: "#DIV/0!" }), never thrown.
 * An unknown function, a structured reference or a defined name the context cannot
 * resolve gives #NAME?. A reference to more than one cell where one value is expected
 * gives #VALUE! (we do not do implicit intersection).
 */
import type { GridValue } from "../workbook";
import type { Expr, NameNode } from "./ast";
import type { EvaluationContext, Evaluator } from "./eval-context";
import { callFunction } from "./eval-functions";
import { applyOperator, negate, percent } from "./eval-operators";
import { intersection, rangeBetween, referenceValue, toScalar, union } from "./eval-references";
import { errorOf, type Value } from "./eval-values";

export type { EvaluationContext } from "./eval-context";

/** The formula's result as a cell would show it: an empty result reads as 0. */
export function evaluateFormula(expr: Expr, context: EvaluationContext): GridValue {
  const evaluator = createEvaluator(context);
  return evaluator.scalar(expr) ?? 0;
}

function createEvaluator(context: EvaluationContext): Evaluator {
  const evaluator: Evaluator = {
    context,
    value: (expr) => evaluateNode(expr, evaluator),
    scalar: (expr) => toScalar(evaluateNode(expr, evaluator), context),
  };
  return evaluator;
}

function evaluateNode(expr: Expr, ev: Evaluator): Value {
  switch (expr.type) {
    case "number":
    case "string":
    case "boolean":
      return expr.value;
    case "error":
      return errorOf(expr.value);
    case "empty":
      return null;
    case "cell":
    case "range":
      return referenceValue(expr, ev.context);
    case "name":
      return nameValue(expr, ev.context);
    case "structured":
      return errorOf("#NAME?");
    case "group":
      return ev.value(expr.inner);
    case "array":
      return { kind: "array", rows: expr.rows.map((row) => row.map((item) => ev.scalar(item))) };
    case "function":
      return callFunction(expr, ev);
    case "unary":
      return expr.op === "-" ? negate(ev.scalar(expr.operand)) : ev.scalar(expr.operand);
    case "percent":
      return percent(ev.scalar(expr.operand));
    case "binary":
      return evaluateBinary(expr, ev);
  }
}

function nameValue(expr: NameNode, context: EvaluationContext): Value {
  const target = context.definedName?.(expr.name, expr.sheet?.name ?? null);
  return target ? { kind: "ref", areas: [target] } : errorOf("#NAME?");
}

function evaluateBinary(expr: Extract<Expr, { type: "binary" }>, ev: Evaluator): Value {
  switch (expr.op) {
    case ":":
      return rangeBetween(ev.value(expr.left), ev.value(expr.right));
    case " ":
      return intersection(ev.value(expr.left), ev.value(expr.right));
    case ",":
      return union(ev.value(expr.left), ev.value(expr.right));
    default:
      return applyOperator(expr.op, ev.scalar(expr.left), ev.scalar(expr.right));
  }
}
