/**
 * Reading a planned sheet the way a person reads the printed one: the text at an address,
 * its look, the merged area it spans, and the cells in reading order, so the narrative
 * sheet's tests can say "A1 holds …, spread over B1:C1" without walking the plan by hand.
 */
import { parseA1, rangeToA1, toA1 } from "../../../src/domain/address/cell-address";
import type { CellStyle, PlannedCell, SheetPlan } from "../../../src/domain/sheet-plan";

export function cellAt(plan: SheetPlan, a1: string): PlannedCell | undefined {
  const { row, col } = parseA1(a1);
  return plan.cells.find((c) => c.address.row === row && c.address.col === col);
}

export function textAt(plan: SheetPlan, a1: string): string | undefined {
  const value = cellAt(plan, a1)?.value;
  return typeof value === "string" ? value : undefined;
}

export function styleOf(plan: SheetPlan, cell: PlannedCell | undefined): CellStyle {
  return (cell?.style === undefined ? undefined : plan.styles[cell.style]) ?? {};
}

export function styleAt(plan: SheetPlan, a1: string): CellStyle {
  return styleOf(plan, cellAt(plan, a1));
}

/** The merged area starting at `a1` ("B1:C1"), or `a1` itself when it is not merged. */
export function spanAt(plan: SheetPlan, a1: string): string {
  const { row, col } = parseA1(a1);
  const merge = plan.merges.find((m) => m.start.row === row && m.start.col === col);
  return merge ? rangeToA1(merge) : a1;
}

/** Every text cell as [A1, text], top to bottom, left to right. */
export function textCells(plan: SheetPlan): [string, string][] {
  const cells = [...plan.cells].sort(
    (a, b) => a.address.row - b.address.row || a.address.col - b.address.col,
  );
  return cells.flatMap((c) =>
    typeof c.value === "string" ? [[toA1(c.address), c.value] as [string, string]] : [],
  );
}

/** The address of the first cell whose text is `text`. */
export function find(plan: SheetPlan, text: string): string {
  const found = textCells(plan).find(([, value]) => value === text);
  if (!found) throw new Error(`No cell holds "${text}"`);
  return found[0];
}
