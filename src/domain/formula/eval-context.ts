/**
 * What the evaluator needs from the workbook, passed in as plain functions so the core
 * never reaches into an adapter, and the evaluator handle each spreadsheet function
 * receives. Only `sheet` and `value` are required; the rest make SUBTOTAL, 3-D references
 * and whole columns behave as in Excel.
 */
import type { CellAddress, RangeAddress } from "../address/cell-address";
import type { GridValue } from "../workbook";
import type { Expr } from "./ast";
import type { Scalar, Value } from "./eval-values";

export interface EvaluationContext {
  /** The formula's own sheet: unqualified references read from it. */
  readonly sheet: string;
  /** A cell's value; null for an empty cell. Formula cells without a cached value may be evaluated by the caller. */
  readonly value: (sheet: string, address: CellAddress) => GridValue;
  /** Sheet names in workbook order, to expand 3-D references; without them those give #REF!. */
  readonly sheetNames?: readonly string[];
  /** A sheet's used size, so C:C or 3:3 reads only the used part instead of the whole grid. */
  readonly usedSize?: (sheet: string) => { readonly maxRow: number; readonly maxCol: number } | undefined;
  /** A cell's formula text, so SUBTOTAL can skip cells that hold SUBTOTAL themselves. */
  readonly formula?: (sheet: string, address: CellAddress) => string | null;
  /** Whether a row is hidden, for SUBTOTAL 101-111. */
  readonly rowHidden?: (sheet: string, row: number) => boolean;
  /**
   * The range a defined name stands for (`sheet` is the Sheet1! written before the name, if
   * any); null for names that are not plain ranges. Without it every name is #NAME?.
   */
  readonly definedName?: (
    name: string,
    sheet: string | null,
  ) => { readonly sheet: string; readonly range: RangeAddress } | null;
}

/** Handed to each spreadsheet function: arguments are evaluated only when asked for. */
export interface Evaluator {
  readonly context: EvaluationContext;
  /** The argument's value; references stay references. */
  value(expr: Expr): Value;
  /** The argument's single value: a one-cell reference is read, a larger one is #VALUE!. */
  scalar(expr: Expr): Scalar;
}
