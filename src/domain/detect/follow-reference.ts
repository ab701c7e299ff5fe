/**
 * Where a cell's value comes from, for totals that other sheets supply: a cell whose
 * formula is only a reference ("='Tổng hợp'!E12", "=+Sheet2!E12", "=SUM(Sheet2!E12)") is
 * followed to the cell it names, hop by hop, until a cell that holds a value or computes
 * one. A loop, a missing sheet or another workbook ends the trail and says so.
 */
import type { CellAddress } from "../address/cell-address";
import type { Expr } from "../formula/ast";
import { tryParseFormula } from "../formula/parse";
import { collectReferences } from "../formula/references";
import { cellAt, type WorkbookGrid } from "../workbook";

export interface SheetCellRef {
  readonly sheet: string;
  readonly address: CellAddress;
}

export type TrailEnd =
  /** The last cell holds a constant, or a formula that computes (not just points). */
  | "source"
  | "circular"
  | "missing-sheet"
  /** A reference into another workbook, whose cells are not in this file. */
  | "external";

export interface ReferenceTrail {
  /** The cells visited, the starting cell first. */
  readonly cells: readonly SheetCellRef[];
  readonly end: TrailEnd;
  /** The trail left the starting cell's sheet. */
  readonly crossesSheets: boolean;
}

const MAX_HOPS = 64;

/** The single cell a formula only points at, or null when it computes something. */
function pointsAt(expr: Expr): Expr | null {
  switch (expr.type) {
    case "cell":
      return expr;
    case "group":
      return pointsAt(expr.inner);
    case "unary":
      return expr.op === "+" ? pointsAt(expr.operand) : null;
    case "function":
      return expr.name === "SUM" && expr.args.length === 1 && expr.args[0] ? pointsAt(expr.args[0]) : null;
    case "range":
      return expr.start.row === expr.end.row && expr.start.col === expr.end.col ? expr : null;
    default:
      return null;
  }
}

interface Hop {
  readonly next: SheetCellRef | null;
  readonly end: TrailEnd | null;
}

function hop(grid: WorkbookGrid, at: SheetCellRef): Hop {
  const sheet = grid.sheets.find((s) => s.name.toUpperCase() === at.sheet.toUpperCase());
  if (!sheet) return { next: null, end: "missing-sheet" };
  const formula = cellAt(sheet, at.address.row, at.address.col)?.formula;
  const parsed = formula ? tryParseFormula(formula) : null;
  const target = parsed?.ok ? pointsAt(parsed.expr) : null;
  if (!target) return { next: null, end: "source" };
  const [ref] = collectReferences(target, sheet.name);
  if (!ref || ref.book !== undefined || ref.lastSheet !== undefined) return { next: null, end: "external" };
  return { next: { sheet: ref.sheet ?? sheet.name, address: ref.range.start }, end: null };
}

export function followReference(grid: WorkbookGrid, sheet: string, address: CellAddress): ReferenceTrail {
  const cells: SheetCellRef[] = [{ sheet, address }];
  const seen = new Set<string>();
  let end: TrailEnd = "circular";
  for (let i = 0; i < MAX_HOPS; i++) {
    const current = cells[cells.length - 1] as SheetCellRef;
    seen.add(`${current.sheet.toUpperCase()}!${current.address.row}:${current.address.col}`);
    const step = hop(grid, current);
    if (!step.next) {
      end = step.end ?? "source";
      break;
    }
    const id = `${step.next.sheet.toUpperCase()}!${step.next.address.row}:${step.next.address.col}`;
    if (seen.has(id)) break;
    cells.push(step.next);
  }
  const crossesSheets = cells.some((c) => c.sheet.toUpperCase() !== sheet.toUpperCase());
  return { cells, end, crossesSheets };
}
