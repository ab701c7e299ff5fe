/**
 * Builds read-port grids for recognition tests from array-of-rows literals, as a reader of
 * a real file would deliver them: A1 merges (covered cells left empty), hidden rows,
 * formula cells with or without a cached value; and from our own SheetPlans, so our
 * templates are recognised through the real insertion pipeline.
 */
import { parseRangeA1, type RangeAddress } from "../../../src/domain/address/cell-address";
import type { SheetPlan } from "../../../src/domain/sheet-plan";
import {
  cellKey,
  type DefinedName,
  type GridCell,
  type GridValue,
  type SheetGrid,
  type WorkbookGrid,
} from "../../../src/domain/workbook";

export interface FormulaInput {
  readonly formula: string;
  /** The cached result; undefined = the file holds none. */
  readonly value?: GridValue;
}

export type CellInput = string | number | boolean | null | undefined | FormulaInput;

/** A formula cell, e.g. f("=SUM(C8:C9)", 12). */
export function f(formula: string, value?: GridValue): FormulaInput {
  return value === undefined ? { formula } : { formula, value };
}

export interface SheetOptions {
  /** A1 ranges, e.g. "D6:F6". */
  readonly merges?: readonly string[];
  readonly hiddenRows?: readonly number[];
  /** Row number of the first array row (default 1). */
  readonly firstRow?: number;
  readonly visible?: boolean;
}

function gridCell(input: CellInput): GridCell | null {
  if (input === undefined || input === null || input === "") return null;
  if (typeof input === "object") {
    const known = input.value !== undefined;
    return {
      value: known ? (input.value ?? null) : null,
      valueKnown: known,
      formula: input.formula,
      numberFormat: "General",
    };
  }
  return { value: input, valueKnown: true, formula: null, numberFormat: "General" };
}

function withoutCovered(cells: Map<number, GridCell>, merges: readonly RangeAddress[]): void {
  for (const m of merges) {
    for (let row = m.start.row; row <= m.end.row; row++) {
      for (let col = m.start.col; col <= m.end.col; col++) {
        if (row !== m.start.row || col !== m.start.col) cells.delete(cellKey(row, col));
      }
    }
  }
}

export function sheet(
  name: string,
  rows: readonly (readonly CellInput[])[],
  options: SheetOptions = {},
): SheetGrid {
  const cells = new Map<number, GridCell>();
  const firstRow = options.firstRow ?? 1;
  let maxRow = 0;
  let maxCol = 0;
  rows.forEach((values, i) => {
    values.forEach((input, j) => {
      const cell = gridCell(input);
      if (!cell) return;
      cells.set(cellKey(firstRow + i, j + 1), cell);
      maxRow = Math.max(maxRow, firstRow + i);
      maxCol = Math.max(maxCol, j + 1);
    });
  });
  const merges = (options.merges ?? []).map((a1) => parseRangeA1(a1));
  withoutCovered(cells, merges);
  return {
    name,
    visible: options.visible ?? true,
    protected: false,
    cells,
    maxRow,
    maxCol,
    hiddenRows: new Set(options.hiddenRows ?? []),
    hiddenCols: new Set(),
    merges,
  };
}

export function workbook(sheets: readonly SheetGrid[], names: readonly DefinedName[] = []): WorkbookGrid {
  return { source: "test.xlsx", sheets, names };
}

function planSheet(plan: SheetPlan): SheetGrid {
  const rows = new Map<number, GridCell>();
  for (const c of plan.cells) {
    const input: CellInput = c.formula !== undefined ? { formula: c.formula } : c.value;
    const cell = gridCell(input ?? null);
    if (cell) rows.set(cellKey(c.address.row, c.address.col), cell);
  }
  withoutCovered(rows, plan.merges);
  const addresses = plan.cells.map((c) => c.address);
  return {
    name: plan.sheetName,
    visible: true,
    protected: plan.protect,
    cells: rows,
    maxRow: Math.max(0, ...addresses.map((a) => a.row)),
    maxCol: Math.max(0, ...addresses.map((a) => a.col)),
    hiddenRows: new Set(plan.hiddenRows),
    hiddenCols: new Set(plan.hiddenColumns),
    merges: plan.merges,
  };
}

/** Our plans as the xlsx reader would give them back: no cached results, markers as defined names. */
export function planToGrid(plans: readonly SheetPlan[]): WorkbookGrid {
  const names = plans.flatMap((plan) =>
    plan.names.map((n) => ({ name: n.name, sheet: plan.sheetName, range: n.range, reference: n.name })),
  );
  return workbook(plans.map(planSheet), names);
}
