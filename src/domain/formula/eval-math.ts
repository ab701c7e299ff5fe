/**
 * ROUND, ROUNDDOWN, ROUNDUP and ABS. Rounding works on the decimal digits Excel shows
 * (15 significant), so ROUND(2.675, 2) is 2.68 and ROUNDUP(0.1*3, 1) is 0.3, as in
 * Excel, rather than what the binary fractions underneath would give.
 */
import type { Expr } from "./ast";
import type { Evaluator } from "./eval-context";
import { finite, isError, toNumber, type Scalar } from "./eval-values";

export type RoundingMode = "nearest" | "down" | "up";

const ROUNDERS: Readonly<Record<RoundingMode, (n: number) => number>> = {
  nearest: Math.round,
  down: Math.floor,
  up: Math.ceil,
};

export function round(args: readonly Expr[], ev: Evaluator, mode: RoundingMode): Scalar {
  const value = numberArg(args[0], ev);
  if (isError(value)) return value;
  const digits = numberArg(args[1], ev);
  if (isError(digits)) return digits;
  return finite(roundTo(value, Math.trunc(digits), mode));
}

/** Rounds half away from zero (or toward/away from zero) at `digits` decimals; negative digits round to tens. */
export function roundTo(value: number, digits: number, mode: RoundingMode): number {
  const clean = Number(value.toPrecision(15));
  const scaled = scaleByTen(Math.abs(clean), digits);
  if (!Number.isFinite(scaled)) return clean;
  const rounded = scaleByTen(ROUNDERS[mode](scaled), -digits);
  return clean < 0 ? 0 - rounded : rounded;
}

/** x × 10^n through the decimal text, so no binary error is added. */
function scaleByTen(x: number, n: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + n}`);
}

export function absolute(args: readonly Expr[], ev: Evaluator): Scalar {
  const value = numberArg(args[0], ev);
  return isError(value) ? value : Math.abs(value);
}

function numberArg(expr: Expr | undefined, ev: Evaluator): ReturnType<typeof toNumber> {
  return toNumber(expr ? ev.scalar(expr) : null);
}
