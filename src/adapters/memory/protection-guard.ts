/**
 * What a protected sheet refuses, as in Excel: typing into locked cells, and formatting
 * cells, rows or columns unless the protection options allow it. Adapters must therefore
 * write first and protect last, and unprotect before applying fixes.
 */
import type { Area } from "./areas";
import { protectedSheet } from "./fake-errors";
import { cellAt, CELL_FORMAT_DEFAULTS, type SheetState } from "./workbook-state";

export type FormatKind = "cells" | "rows" | "columns";

const ALLOWED_BY: Record<FormatKind, "allowFormatCells" | "allowFormatRows" | "allowFormatColumns"> = {
  cells: "allowFormatCells",
  rows: "allowFormatRows",
  columns: "allowFormatColumns",
};

export function assertCanFormat(sheet: SheetState, kind: FormatKind, location: string): void {
  const { protection } = sheet;
  if (protection.protected && protection.options[ALLOWED_BY[kind]] !== true) throw protectedSheet(location);
}

function isLocked(sheet: SheetState, row: number, col: number): boolean {
  return cellAt(sheet, row, col)?.format.locked ?? CELL_FORMAT_DEFAULTS.locked;
}

/** `touched(row, col)` says which cells of the area the write really changes (null entries do not). */
export function assertCanEdit(
  sheet: SheetState,
  area: Area,
  touched: (row: number, col: number) => boolean,
  location: string,
): void {
  if (!sheet.protection.protected) return;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (touched(r, c) && isLocked(sheet, r, c)) throw protectedSheet(location);
    }
  }
}
