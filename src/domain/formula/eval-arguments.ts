/**
 * Walking the values behind function arguments the way Excel's aggregate functions do:
 * a value typed into the formula (SUM(1,"2",TRUE)) is converted, while a value read from
 * a cell or array (SUM(A1:A9)) counts only if it already is a number. The `fromCells`
 * flag tells the two apart; `skip` lets SUBTOTAL leave out subtotal and hidden cells.
 */
import type { CellAddress } from "../address/cell-address";
import type { ErrorCell } from "../workbook";
import type { Expr } from "./ast";
import type { Evaluator } from "./eval-context";
import { forEachCell } from "./eval-references";
import { isArray, isError, isRef, numberFromText, toBoolean, toNumber, type Scalar } from "./eval-values";

export type CellFilter = (sheet: string, address: CellAddress) => boolean;

export function forEachArgumentValue(
  args: readonly Expr[],
  ev: Evaluator,
  visit: (value: Scalar, fromCells: boolean) => void,
  skip?: CellFilter,
): void {
  for (const arg of args) {
    const value = ev.value(arg);
    if (isRef(value)) {
      for (const area of value.areas) {
        forEachCell(area, ev.context, (cell, address) => {
          if (!skip?.(area.sheet, address)) visit(cell, true);
        });
      }
    } else if (isArray(value)) {
      for (const row of value.rows) for (const item of row) visit(item, true);
    } else {
      visit(value, false);
    }
  }
}

/** The numbers SUM, AVERAGE, MIN, MAX… see, or the first error among the arguments. */
export function collectNumbers(
  args: readonly Expr[],
  ev: Evaluator,
  skip?: CellFilter,
): number[] | ErrorCell {
  const numbers: number[] = [];
  let error: ErrorCell | undefined;
  forEachArgumentValue(
    args,
    ev,
    (value, fromCells) => {
      if (error) return;
      if (isError(value)) error = value;
      else if (typeof value === "number") numbers.push(value);
      else if (!fromCells) {
        const n = toNumber(value);
        if (isError(n)) error = n;
        else numbers.push(n);
      }
    },
    skip,
  );
  return error ?? numbers;
}

/** COUNT: numbers in cells; typed numbers, booleans and numeric text; never errors. */
export function countNumbers(args: readonly Expr[], ev: Evaluator, skip?: CellFilter): number {
  let count = 0;
  forEachArgumentValue(
    args,
    ev,
    (value, fromCells) => {
      const typed =
        typeof value === "boolean" || (typeof value === "string" && numberFromText(value) !== null);
      if (typeof value === "number" || (!fromCells && typed)) count += 1;
    },
    skip,
  );
  return count;
}

/** COUNTA: every non-empty cell, and every typed argument. */
export function countValues(args: readonly Expr[], ev: Evaluator, skip?: CellFilter): number {
  let count = 0;
  forEachArgumentValue(
    args,
    ev,
    (value, fromCells) => {
      if (!fromCells || value !== null) count += 1;
    },
    skip,
  );
  return count;
}

/** AND/OR inputs: booleans and numbers from cells, anything convertible when typed. */
export function collectBooleans(args: readonly Expr[], ev: Evaluator): boolean[] | ErrorCell {
  const booleans: boolean[] = [];
  let error: ErrorCell | undefined;
  forEachArgumentValue(args, ev, (value, fromCells) => {
    if (error) return;
    if (isError(value)) error = value;
    else if (typeof value === "boolean") booleans.push(value);
    else if (typeof value === "number") booleans.push(value !== 0);
    else if (!fromCells) {
      const b = toBoolean(value);
      if (isError(b)) error = b;
      else booleans.push(b);
    }
  });
  return error ?? booleans;
}
