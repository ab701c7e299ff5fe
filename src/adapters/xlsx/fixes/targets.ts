/**
 * What applying fixes to an ExcelJS workbook needs to know before writing, in the shape the
 * shared planner reads (office/fixes/plan-batch.ts): which edited sheets are gone, whether
 * each sheet is protected (and with a password, which we never remove), and each edited
 * cell's content and lock. Contents come from the read port's grid of the workbook as it is
 * now, so "changed since the check" compares exactly what validation saw.
 */
import type ExcelJS from "exceljs";
import { cellAt, type CellEdit, type SheetGrid, type WorkbookGrid } from "../../../domain/workbook";
import { gridContent, type CellContent } from "../../office/fixes/content";
import type { PlanTargets } from "../../office/fixes/plan-batch";
import { cellId } from "../../office/fixes/targets";
import { sheetProtection } from "../exceljs-internals";
import { findWorksheet } from "../sheet-lookup";

export interface XlsxSheetTarget {
  readonly worksheet: ExcelJS.Worksheet;
  readonly protected: boolean;
  /** Protected with a password: we may not unprotect it, even when it is one of ours. */
  readonly password: boolean;
}

export interface XlsxTargets extends PlanTargets {
  /** By the sheet name the edits use. */
  readonly sheets: ReadonlyMap<string, XlsxSheetTarget>;
  readonly cells: ReadonlyMap<string, { readonly content: CellContent; readonly locked: boolean }>;
}

function sheetTarget(worksheet: ExcelJS.Worksheet): XlsxSheetTarget {
  const record = sheetProtection(worksheet);
  return { worksheet, protected: record?.sheet === true, password: Boolean(record?.hashValue) };
}

/** Cells are locked unless their style says otherwise, as in Excel. */
function isLocked(worksheet: ExcelJS.Worksheet, edit: CellEdit): boolean {
  return worksheet.findCell(edit.address.row, edit.address.col)?.protection?.locked !== false;
}

export function loadTargets(
  workbook: ExcelJS.Workbook,
  now: WorkbookGrid,
  edits: readonly CellEdit[],
): XlsxTargets {
  const missing = new Set<string>();
  const sheets = new Map<string, XlsxSheetTarget>();
  const cells = new Map<string, { content: CellContent; locked: boolean }>();
  const grids = new Map<string, SheetGrid>(now.sheets.map((s) => [s.name, s]));
  for (const edit of edits) {
    const worksheet = findWorksheet(workbook, edit.sheet);
    if (!worksheet) {
      missing.add(edit.sheet);
      continue;
    }
    if (!sheets.has(edit.sheet)) sheets.set(edit.sheet, sheetTarget(worksheet));
    const grid = grids.get(worksheet.name);
    const content = gridContent(grid && cellAt(grid, edit.address.row, edit.address.col));
    cells.set(cellId(edit.sheet, edit.address), { content, locked: isLocked(worksheet, edit) });
  }
  return { missing, sheets, cells };
}
