/**
 * Row and column layout of the fake: column widths and row heights (points, whole pixels
 * as Excel keeps them), hidden rows and columns, and merged areas. Merging keeps the top-left cell's
 * content and clears the others, as Excel does.
 */
import { boundingArea, columnsOf, containsCell, intersects, rowsOf, type Area } from "./areas";
import type { PropertySpec } from "./client-object";
import { invalidArgument } from "./fake-errors";
import { assertCanFormat } from "./protection-guard";
import { combine, type RangeTarget } from "./range-target";
import { DEFAULT_COLUMN_WIDTH_POINTS, DEFAULT_ROW_HEIGHT_POINTS, type SheetState } from "./workbook-state";

/** Excel's widest column: 255 characters of Calibri 11 = 1785 px. */
const MAX_COLUMN_WIDTH_POINTS = 1_338.75;
const POINTS_PER_PIXEL = 0.75;
/** Excel's tallest row. */
const MAX_ROW_HEIGHT_POINTS = 409;

function wholePixels(points: number): number {
  return Math.round(points / POINTS_PER_PIXEL) * POINTS_PER_PIXEL;
}

export const columnWidthSpec: PropertySpec<RangeTarget> = {
  read: ({ sheet, area }) =>
    combine(columnsOf(area).map((c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS)),
  write: ({ sheet, area }, value) => {
    if (typeof value !== "number" || value < 0 || value > MAX_COLUMN_WIDTH_POINTS) {
      throw invalidArgument("RangeFormat.columnWidth");
    }
    assertCanFormat(sheet, "columns", "RangeFormat.columnWidth");
    const points = wholePixels(value);
    for (const c of columnsOf(area)) sheet.columnWidths.set(c, points);
  },
};

export const rowHeightSpec: PropertySpec<RangeTarget> = {
  read: ({ sheet, area }) =>
    combine(rowsOf(area).map((r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_POINTS)),
  write: ({ sheet, area }, value) => {
    if (typeof value !== "number" || value < 0 || value > MAX_ROW_HEIGHT_POINTS) {
      throw invalidArgument("RangeFormat.rowHeight");
    }
    assertCanFormat(sheet, "rows", "RangeFormat.rowHeight");
    const points = wholePixels(value);
    for (const r of rowsOf(area)) sheet.rowHeights.set(r, points);
  },
};

function hiddenSpec(
  kind: "rows" | "columns",
  set: (sheet: SheetState) => Set<number>,
  indexes: (area: Area) => number[],
): PropertySpec<RangeTarget> {
  const location = kind === "rows" ? "Range.rowHidden" : "Range.columnHidden";
  return {
    read: ({ sheet, area }) => combine(indexes(area).map((i) => set(sheet).has(i))),
    write: ({ sheet, area }, value) => {
      if (typeof value !== "boolean") throw invalidArgument(location);
      assertCanFormat(sheet, kind, location);
      for (const i of indexes(area)) {
        if (value) set(sheet).add(i);
        else set(sheet).delete(i);
      }
    },
  };
}

export const rowHiddenSpec = hiddenSpec("rows", (s) => s.hiddenRows, rowsOf);
export const columnHiddenSpec = hiddenSpec("columns", (s) => s.hiddenColumns, columnsOf);

function clearAllButAnchor(sheet: SheetState, area: Area): void {
  for (const cell of sheet.cells.values()) {
    const anchor = cell.row === area.top && cell.col === area.left;
    if (!anchor && containsCell(area, cell.row, cell.col)) {
      cell.value = null;
      cell.formula = null;
    }
  }
}

function mergeOne(sheet: SheetState, wanted: Area): void {
  const overlapping = sheet.merges.filter((m) => intersects(m, wanted));
  const merged = overlapping.reduce(boundingArea, wanted);
  sheet.merges = [...sheet.merges.filter((m) => !intersects(m, wanted)), merged];
  clearAllButAnchor(sheet, merged);
}

/** `across` merges each row of the range on its own. */
export function mergeArea({ sheet, area }: RangeTarget, across: boolean): void {
  assertCanFormat(sheet, "cells", "Range.merge");
  const areas = across ? rowsOf(area).map((r) => ({ ...area, top: r, bottom: r })) : [area];
  for (const a of areas) {
    const singleCell = a.top === a.bottom && a.left === a.right;
    if (!singleCell) mergeOne(sheet, a);
  }
}
