/**
 * A plan's sheet layout through the Excel JS API: column widths (character units
 * converted to points, equal neighbours set together), row heights (points, a run of
 * neighbouring rows of one height set together), hidden rows and columns, merged areas
 * and frozen panes.
 */
import { columnLetters, rangeToA1 } from "../../domain/address/cell-address";
import type { SheetPlan } from "../../domain/sheet-plan";
import { consecutiveSpans } from "./cell-blocks";
import { characterWidthToPoints } from "./column-width";
import type { ExcelWorksheet } from "./excel-api";

function columnSpan(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** [12, 12, 30] -> columns A:B at 12, C at 30 (1-based spans). */
function equalWidthSpans(widths: readonly number[]): { first: number; last: number; width: number }[] {
  const spans: { first: number; last: number; width: number }[] = [];
  widths.forEach((width, index) => {
    const last = spans[spans.length - 1];
    if (last?.width === width && last.last === index) last.last = index + 1;
    else spans.push({ first: index + 1, last: index + 1, width });
  });
  return spans;
}

export function setColumnWidths(sheet: ExcelWorksheet, widths: readonly number[]): void {
  for (const span of equalWidthSpans(widths)) {
    sheet.getRange(columnSpan(span.first, span.last)).format.columnWidth = characterWidthToPoints(span.width);
  }
}

/** {5: 30, 6: 30, 9: 45} -> rows 5:6 at 30, 9 at 45. */
function equalHeightRuns(
  heights: Readonly<Record<number, number>>,
): { first: number; last: number; height: number }[] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const row of rows) {
    const height = heights[row] ?? 0;
    const last = runs[runs.length - 1];
    if (last?.height === height && last.last + 1 === row) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

export function setRowHeights(sheet: ExcelWorksheet, heights: SheetPlan["rowHeights"]): void {
  for (const run of equalHeightRuns(heights ?? {})) {
    sheet.getRange(`${run.first}:${run.last}`).format.rowHeight = run.height;
  }
}

export function hideRowsAndColumns(
  sheet: ExcelWorksheet,
  plan: Pick<SheetPlan, "hiddenRows" | "hiddenColumns">,
): void {
  for (const [first, last] of consecutiveSpans(plan.hiddenRows))
    sheet.getRange(`${first}:${last}`).rowHidden = true;
  for (const [first, last] of consecutiveSpans(plan.hiddenColumns)) {
    sheet.getRange(columnSpan(first, last)).columnHidden = true;
  }
}

export function mergeAreas(sheet: ExcelWorksheet, merges: SheetPlan["merges"]): void {
  for (const area of merges) sheet.getRange(rangeToA1(area)).merge(false);
}

export function freezePanes(sheet: ExcelWorksheet, freeze: SheetPlan["freeze"]): void {
  const rows = freeze?.rows ?? 0;
  const cols = freeze?.cols ?? 0;
  if (rows > 0 && cols > 0) {
    sheet.freezePanes.freezeAt(rangeToA1({ start: { row: 1, col: 1 }, end: { row: rows, col: cols } }));
  } else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}
