/**
 * What a formula cell would hold had it been copied like its neighbours: when its R1C1
 * shape differs from the two cells either side of it in its row (or above and below it in
 * its column) while those two agree, the neighbours' formula shifted to the cell. Both the
 * formula rule and the funds analysis ask this: a link typed to the wrong row of a detail
 * sheet is what makes a summary row stop adding up.
 */
import type { Expr } from "../formula/ast";
import { printFormula } from "../formula/print";
import { shiftExpression } from "../formula/shift";
import type { SheetGrid } from "../workbook";
import { SheetShapes } from "./formula-shapes";
import type { RuleContext } from "./rule";
import { RunNeighbours, type Neighbours } from "./run-neighbours";

export type Along = "row" | "column";

export interface PatternCopy {
  readonly along: Along;
  readonly pair: Neighbours;
  readonly expr: Expr;
  /** Printed, "=" included. */
  readonly formula: string;
}

export class SheetPatterns {
  private readonly shapes: SheetShapes;
  private readonly runs: RunNeighbours;

  constructor(
    private readonly ctx: RuleContext,
    readonly sheet: SheetGrid,
  ) {
    this.shapes = new SheetShapes(ctx, sheet);
    this.runs = new RunNeighbours(ctx, sheet.name);
  }

  /** The neighbours' copy for a formula out of their pattern; null when the cell follows it or has none. */
  copyAt(row: number, col: number): PatternCopy | null {
    const alongRow = this.runs.alongRow(row, col);
    const downColumn = this.runs.downColumn(row, col);
    return (
      (alongRow && this.copy(row, col, alongRow, "row")) ??
      (downColumn && this.copy(row, col, downColumn, "column")) ??
      null
    );
  }

  private copy(row: number, col: number, pair: Neighbours, along: Along): PatternCopy | null {
    const [before, after] = pair;
    const common = this.shapes.shape(before.row, before.col);
    const own = this.shapes.shape(row, col);
    if (common === null || own === null || own === common) return null;
    if (this.shapes.shape(after.row, after.col) !== common) return null;
    const neighbour = this.ctx.formula(this.sheet.name, before.row, before.col);
    if (!neighbour) return null;
    const expr = shiftExpression(neighbour, row - before.row, col - before.col);
    return { along, pair, expr, formula: printFormula(expr) };
  }
}

const PATTERNS = new WeakMap<RuleContext, Map<string, SheetPatterns | null>>();

/** The patterns of one sheet by name, built once per rule context. */
export function sheetPatterns(ctx: RuleContext, sheetName: string): SheetPatterns | null {
  const bySheet = PATTERNS.get(ctx) ?? new Map<string, SheetPatterns | null>();
  PATTERNS.set(ctx, bySheet);
  if (!bySheet.has(sheetName)) {
    const sheet = ctx.grid.sheets.find((s) => s.name === sheetName);
    bySheet.set(sheetName, sheet ? new SheetPatterns(ctx, sheet) : null);
  }
  return bySheet.get(sheetName) ?? null;
}
