/**
 * Excel's value operators on single values: arithmetic (division by zero is #DIV/0!,
 * overflow #NUM!), "&" joining text, and comparisons by Excel's ordering. The left
 * operand's error wins over the right one's, as in Excel.
 */
import type { ErrorCell } from "../workbook";
import type { ValueOperator } from "./ast";
import { compareScalars, errorOf, finite, isError, toNumber, toText, type Scalar } from "./eval-values";

type Arithmetic = "+" | "-" | "*" | "/" | "^";

const ARITHMETIC: Readonly<Record<Arithmetic, (a: number, b: number) => number | ErrorCell>> = {
  "+": (a, b) => finite(a + b),
  "-": (a, b) => finite(a - b),
  "*": (a, b) => finite(a * b),
  "/": (a, b) => (b === 0 ? errorOf("#DIV/0!") : finite(a / b)),
  "^": (a, b) =>
    a === 0 && b === 0 ? errorOf("#NUM!") : a === 0 && b < 0 ? errorOf("#DIV/0!") : finite(a ** b),
};

const COMPARISON: Readonly<Record<string, (order: number) => boolean>> = {
  "=": (order) => order === 0,
  "<>": (order) => order !== 0,
  "<": (order) => order < 0,
  ">": (order) => order > 0,
  "<=": (order) => order <= 0,
  ">=": (order) => order >= 0,
};

export function applyOperator(op: ValueOperator, left: Scalar, right: Scalar): Scalar {
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (op === "&") return concatenate(left, right);
  const compare = COMPARISON[op];
  if (compare) return compare(compareScalars(left, right));
  const a = toNumber(left);
  if (isError(a)) return a;
  const b = toNumber(right);
  if (isError(b)) return b;
  return ARITHMETIC[op as Arithmetic](a, b);
}

function concatenate(left: Scalar, right: Scalar): Scalar {
  const a = toText(left);
  if (isError(a)) return a;
  const b = toText(right);
  return isError(b) ? b : a + b;
}

/** Prefix minus and percent; prefix plus leaves a value as it is, text included. */
export function negate(value: Scalar): Scalar {
  const n = toNumber(value);
  return isError(n) ? n : 0 - n;
}

export function percent(value: Scalar): Scalar {
  const n = toNumber(value);
  return isError(n) ? n : n / 100;
}
