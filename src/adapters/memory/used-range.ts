/**
 * Worksheet.getUsedRange of the fake: the smallest rectangle holding every cell with
 * content (or, unless `valuesOnly`, with a format), and A1 on a sheet with none, as in
 * Excel.
 */
import type { Area } from "./areas";
import { GENERAL, hasContent, type CellState, type SheetState } from "./workbook-state";

function isFormatted(cell: CellState): boolean {
  return cell.numberFormat !== GENERAL || Object.keys(cell.format).length > 0;
}

export function usedArea(sheet: SheetState, valuesOnly: boolean): Area {
  let area: Area | null = null;
  for (const c of sheet.cells.values()) {
    if (!hasContent(c) && (valuesOnly || !isFormatted(c))) continue;
    area = area
      ? {
          top: Math.min(area.top, c.row),
          left: Math.min(area.left, c.col),
          bottom: Math.max(area.bottom, c.row),
          right: Math.max(area.right, c.col),
        }
      : { top: c.row, left: c.col, bottom: c.row, right: c.col };
  }
  return area ?? { top: 1, left: 1, bottom: 1, right: 1 };
}
