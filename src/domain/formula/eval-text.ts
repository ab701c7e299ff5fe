/**
 * ISNUMBER and FIXED, which our own templates use to build the counterpart verdict text.
 * FIXED prints the invariant (en-US) form, as Excel's file format stores it; Excel shows
 * the user's locale, but the core only compares numbers, never this text.
 */
import type { Expr } from "./ast";
import type { Evaluator } from "./eval-context";
import { roundTo } from "./eval-math";
import { isError, toBoolean, toNumber, type Scalar } from "./eval-values";

export function isNumber(args: readonly Expr[], ev: Evaluator): Scalar {
  const first = args[0];
  return first !== undefined && typeof ev.scalar(first) === "number";
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function fixed(args: readonly Expr[], ev: Evaluator): Scalar {
  const value = toNumber(args[0] ? ev.scalar(args[0]) : null);
  if (isError(value)) return value;
  const decimals = toNumber(args[1] ? ev.scalar(args[1]) : 2);
  if (isError(decimals)) return decimals;
  const noCommas = toBoolean(args[2] ? ev.scalar(args[2]) : false);
  if (isError(noCommas)) return noCommas;
  const places = Math.trunc(decimals);
  const rounded = roundTo(value, places, "nearest");
  const text = Math.abs(rounded).toFixed(Math.max(places, 0));
  const [whole = "0", fraction] = text.split(".");
  const body = (noCommas ? whole : groupThousands(whole)) + (fraction ? `.${fraction}` : "");
  return rounded < 0 ? `-${body}` : body;
}
