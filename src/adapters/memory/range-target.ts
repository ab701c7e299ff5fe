/**
 * What a fake Range proxy stands for once found: a sheet and a rectangle on it, plus the
 * helpers every range property shares (where to log, how to combine per-cell values).
 */
import { areaToA1, cellCount, type Area } from "./areas";
import { invalidArgument } from "./fake-errors";
import type { SheetState } from "./workbook-state";
import type { LogTarget } from "./write-log";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly area: Area;
}

export function rangeLogTarget(target: RangeTarget): LogTarget {
  return { sheet: target.sheet.name, address: areaToA1(target.area) };
}

/** Excel answers one value for a range when all cells agree, and null when they differ. */
export function combine<V>(values: readonly V[]): V | null {
  if (values.length === 0) return null;
  const first = values[0] as V;
  return values.every((v) => v === first) ? first : null;
}

/**
 * The fake keeps formats per cell, so formatting a whole column would create a million
 * cells; Excel keeps column formats instead. Nothing we write needs that, so the fake
 * refuses it loudly rather than hanging.
 */
const MAX_FORMATTED_CELLS = 100_000;

export function assertCellByCell(target: RangeTarget, what: string): void {
  if (cellCount(target.area) > MAX_FORMATTED_CELLS) {
    throw invalidArgument(
      what,
      `The fake formats cell by cell and does not support ${what} on ${areaToA1(target.area)}`,
    );
  }
}
