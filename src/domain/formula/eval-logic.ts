/**
 * IF, IFERROR, AND, OR and NOT. IF and IFERROR evaluate only the branch they return, so
 * an error in the branch not taken does not leak out, as in Excel. A missing branch,
 * as in IF(A1,,1), gives an empty value that reads as 0.
 */
import type { Expr } from "./ast";
import { collectBooleans } from "./eval-arguments";
import type { Evaluator } from "./eval-context";
import { errorOf, isError, toBoolean, type Scalar, type Value } from "./eval-values";

export function ifFunction(args: readonly Expr[], ev: Evaluator): Value {
  const condition = toBoolean(ev.scalar(args[0] ?? { type: "empty" }));
  if (isError(condition)) return condition;
  const branch = condition ? args[1] : args[2];
  if (branch) return ev.value(branch);
  return condition;
}

export function ifError(args: readonly Expr[], ev: Evaluator): Value {
  const value = ev.scalar(args[0] ?? { type: "empty" });
  return isError(value) ? ev.value(args[1] ?? { type: "empty" }) : value;
}

export function logical(args: readonly Expr[], ev: Evaluator, all: boolean): Scalar {
  const booleans = collectBooleans(args, ev);
  if (isError(booleans)) return booleans;
  if (booleans.length === 0) return errorOf("#VALUE!");
  return all ? booleans.every(Boolean) : booleans.some(Boolean);
}

export function not(args: readonly Expr[], ev: Evaluator): Scalar {
  const value = toBoolean(ev.scalar(args[0] ?? { type: "empty" }));
  return isError(value) ? value : !value;
}
