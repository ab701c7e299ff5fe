/**
 * How the formula rules read a cell as a number: what a total of it would count. Typed
 * numbers and numbers stored as text ("1.147", "0,82") count with their value (the
 * number-as-text fix converts them in the same batch), an empty cell or a dash counts as
 * 0, and anything else (an error, a word, TRUE) makes the amount unknown.
 */
import { parseNumberText } from "../format/parse-number";
import type { GridValue } from "../workbook";

/** Text offices type into an amount cell to say "nothing": blanks and dashes ("-", "–", "—"). */
const NOTHING = /^[\s\-\u2013\u2014]*$/;

/** The number a cell stands for, 0 when empty (or a dash), null when it holds no number. */
export function amountOf(value: GridValue): number | null {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return parseNumberText(value)?.value ?? (NOTHING.test(value) ? 0 : null);
  return null;
}

/** Whether the cell holds something a total would count: a number, or a number stored as text. */
export function holdsNumber(value: GridValue): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && parseNumberText(value) !== null;
}

/** Sum of signed amounts, null as soon as one is unknown. */
export function sumAmounts(
  values: readonly { readonly value: GridValue; readonly sign: number }[],
): number | null {
  let total = 0;
  for (const { value, sign } of values) {
    const amount = amountOf(value);
    if (amount === null) return null;
    total += sign * amount;
  }
  return total;
}

/** Amounts are compared in triệu đồng: `tolerance` is converted to the table's own unit. */
export function sameAmount(a: number, b: number, tolerance: number, unitFactor: number): boolean {
  const limit = unitFactor > 0 ? tolerance / unitFactor : tolerance;
  const difference = Math.abs(a - b);
  // Sums of decimals such as 0,1 + 0,2 carry float noise far below any real amount.
  return difference < limit || difference <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
