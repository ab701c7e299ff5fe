/**
 * A plan's sheet layout in ExcelJS: column widths (ExcelJS and .xlsx both use Excel's
 * character units, so widths pass through unchanged), row heights (points, as the plan
 * gives them), hidden rows and columns, merged areas and frozen panes.
 */
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../domain/sheet-plan";

/**
 * ExcelJS 4.4 takes a column of exactly this width for an untouched one and leaves it out
 * of the file, so Excel would show its own default (8.43) instead.
 */
const EXCELJS_DEFAULT_WIDTH = 9;
/** The finest step Excel stores widths in; one more keeps the same pixel width. */
const WIDTH_STEP = 1 / 256;

function storedWidth(width: number): number {
  return width === EXCELJS_DEFAULT_WIDTH ? width + WIDTH_STEP : width;
}

export function setColumnWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = storedWidth(width);
  });
}

/** ExcelJS marks each row it is given a height as custom, so Excel keeps it as written. */
export function setRowHeights(sheet: ExcelJS.Worksheet, heights: SheetPlan["rowHeights"]): void {
  for (const [row, height] of Object.entries(heights ?? {})) sheet.getRow(Number(row)).height = height;
}

export function hideRowsAndColumns(
  sheet: ExcelJS.Worksheet,
  plan: Pick<SheetPlan, "hiddenRows" | "hiddenColumns">,
): void {
  for (const row of plan.hiddenRows) sheet.getRow(row).hidden = true;
  for (const col of plan.hiddenColumns) sheet.getColumn(col).hidden = true;
}

/**
 * Each cell keeps its own style, as Excel's merge does: a bordered header keeps the
 * borders of every cell it covers instead of copying the top-left cell's.
 */
export function mergeAreas(sheet: ExcelJS.Worksheet, merges: SheetPlan["merges"]): void {
  for (const { start, end } of merges) sheet.mergeCellsWithoutStyle(start.row, start.col, end.row, end.col);
}

export function freezePanes(sheet: ExcelJS.Worksheet, freeze: SheetPlan["freeze"]): void {
  const rows = freeze?.rows ?? 0;
  const cols = freeze?.cols ?? 0;
  if (rows > 0 || cols > 0) sheet.views = [{ state: "frozen", xSplit: cols, ySplit: rows }];
}
