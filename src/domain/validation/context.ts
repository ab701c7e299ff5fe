/**
 * Builds what every rule receives: the workbook with the values of formulas the file did
 * not cache filled in (domain/grid-values.ts, once for all rules), each formula parsed at
 * most once whichever rule asks first, the recognised tables, the program and settings.
 */
import { computeValues } from "../grid-values";
import type { Recognition } from "../detect/table";
import type { Expr } from "../formula/ast";
import { tryParseFormula } from "../formula/parse";
import type { ProgramFile } from "../programs/types";
import type { PlanSettings } from "../settings";
import { cellKey, type GridValue, type WorkbookGrid } from "../workbook";
import { sheetNamed } from "./grid-access";
import type { RuleContext } from "./rule";

export interface ContextInput {
  readonly grid: WorkbookGrid;
  readonly recognition: Recognition;
  readonly program: ProgramFile | null;
  readonly settings: PlanSettings | null;
  readonly tolerance: number;
}

export function createRuleContext(input: ContextInput): RuleContext {
  const grid = computeValues(input.grid);
  const parsed = new Map<string, Map<number, Expr | null>>();
  const formula = (sheet: string, row: number, col: number): Expr | null => {
    const found = sheetNamed(grid, sheet);
    const text = found?.cells.get(cellKey(row, col))?.formula;
    if (!found || !text) return null;
    const cache = parsed.get(found.name) ?? new Map<number, Expr | null>();
    parsed.set(found.name, cache);
    const key = cellKey(row, col);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const result = tryParseFormula(text);
    const expr = result.ok ? result.expr : null;
    cache.set(key, expr);
    return expr;
  };
  const value = (sheet: string, row: number, col: number): GridValue =>
    sheetNamed(grid, sheet)?.cells.get(cellKey(row, col))?.value ?? null;
  return { ...input, grid, value, formula };
}
