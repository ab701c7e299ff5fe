/**
 * SUM, AVERAGE, MIN, MAX, COUNT, COUNTA and SUBTOTAL, declared as data: each numeric
 * aggregate is one function of the numbers found, and SUBTOTAL's function codes
 * (1-11, 101-111) name entries of the same table. SUBTOTAL leaves out cells that are
 * subtotals themselves, and with codes 101-111 hidden rows, as Excel does.
 */
import type { CellAddress } from "../address/cell-address";
import type { ErrorCell } from "../workbook";
import type { Expr } from "./ast";
import { collectNumbers, countNumbers, countValues, type CellFilter } from "./eval-arguments";
import type { EvaluationContext, Evaluator } from "./eval-context";
import { errorOf, isError, toNumber, type Scalar } from "./eval-values";
import { ParseError } from "./parse-error";
import { tokenize } from "./tokenize";

type Aggregate = (numbers: readonly number[]) => number | ErrorCell;

const sum = (numbers: readonly number[]): number => numbers.reduce((total, n) => total + n, 0);
const mean = (numbers: readonly number[]): number => sum(numbers) / numbers.length;
const squares = (numbers: readonly number[]): number => {
  const m = mean(numbers);
  return numbers.reduce((total, n) => total + (n - m) ** 2, 0);
};
/** Aggregates that need at least `min` numbers give #DIV/0! with fewer. */
const atLeast =
  (min: number, aggregate: Aggregate): Aggregate =>
  (numbers) =>
    numbers.length < min ? errorOf("#DIV/0!") : aggregate(numbers);

const NUMERIC_AGGREGATES: Readonly<Record<string, Aggregate>> = {
  SUM: sum,
  AVERAGE: atLeast(1, mean),
  MIN: (numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.min(a, b))),
  MAX: (numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.max(a, b))),
  PRODUCT: (numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => a * b, 1)),
  STDEV: atLeast(2, (numbers) => Math.sqrt(squares(numbers) / (numbers.length - 1))),
  STDEVP: atLeast(1, (numbers) => Math.sqrt(squares(numbers) / numbers.length)),
  VAR: atLeast(2, (numbers) => squares(numbers) / (numbers.length - 1)),
  VARP: atLeast(1, (numbers) => squares(numbers) / numbers.length),
};

const SUBTOTAL_CODES = [
  "",
  "AVERAGE",
  "COUNT",
  "COUNTA",
  "MAX",
  "MIN",
  "PRODUCT",
  "STDEV",
  "STDEVP",
  "SUM",
  "VAR",
  "VARP",
] as const;

export function aggregate(name: string, args: readonly Expr[], ev: Evaluator, skip?: CellFilter): Scalar {
  if (name === "COUNT") return countNumbers(args, ev, skip);
  if (name === "COUNTA") return countValues(args, ev, skip);
  const numeric = NUMERIC_AGGREGATES[name];
  if (!numeric) return errorOf("#NAME?");
  const numbers = collectNumbers(args, ev, skip);
  return isError(numbers) ? numbers : numeric(numbers);
}

export function subtotal(args: readonly Expr[], ev: Evaluator): Scalar {
  const code = toNumber(ev.scalar(args[0] ?? { type: "empty" }));
  if (isError(code)) return code;
  const n = Math.trunc(code);
  const name = (n >= 1 && n <= 11) || (n >= 101 && n <= 111) ? SUBTOTAL_CODES[n % 100] : undefined;
  if (!name) return errorOf("#VALUE!");
  const context = ev.context;
  const skip: CellFilter = (sheet, address) =>
    holdsSubtotal(context, sheet, address) || (n > 100 && (context.rowHidden?.(sheet, address.row) ?? false));
  return aggregate(name, args.slice(1), ev, skip);
}

function holdsSubtotal(context: EvaluationContext, sheet: string, address: CellAddress): boolean {
  const formula = context.formula?.(sheet, address);
  if (!formula) return false;
  try {
    return tokenize(formula).some(
      (t) => t.kind === "function" && (t.name === "SUBTOTAL" || t.name === "AGGREGATE"),
    );
  } catch (error) {
    if (error instanceof ParseError) return false;
    throw error;
  }
}
