/**
 * Evaluating a formula a fix would write, against the workbook as the rules see it (values
 * the file lacks already computed), to tell a fix that keeps the cell's number from a
 * suggestion that changes it.
 */
import type { Expr } from "../formula/ast";
import { evaluateFormula, type EvaluationContext } from "../formula/evaluate";
import { isErrorCell, type GridValue } from "../workbook";
import { sameAmount } from "./cell-numbers";
import { gridCell, sheetNamed } from "./grid-access";
import type { RuleContext } from "./rule";

function evaluationContext(ctx: RuleContext, sheet: string): EvaluationContext {
  return {
    sheet,
    value: (name, at) => ctx.value(name, at.row, at.col),
    sheetNames: ctx.grid.sheets.map((s) => s.name),
    usedSize: (name) => sheetNamed(ctx.grid, name),
    formula: (name, at) => gridCell(ctx.grid, name, at.row, at.col)?.formula ?? null,
    rowHidden: (name, row) => sheetNamed(ctx.grid, name)?.hiddenRows.has(row) ?? false,
  };
}

export function evaluateIn(ctx: RuleContext, sheet: string, expr: Expr): GridValue {
  return evaluateFormula(expr, evaluationContext(ctx, sheet));
}

/** Whether two cell values would read the same to the user (numbers within the tolerance). */
export function sameValue(a: GridValue, b: GridValue, tolerance: number, unitFactor = 1): boolean {
  if (typeof a === "number" && typeof b === "number") return sameAmount(a, b, tolerance, unitFactor);
  if (isErrorCell(a) || isErrorCell(b)) return isErrorCell(a) && isErrorCell(b) && a.error === b.error;
  return (a ?? "") === (b ?? "");
}
