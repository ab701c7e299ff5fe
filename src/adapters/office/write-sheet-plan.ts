/**
 * Queues everything one SheetPlan needs on a new sheet, without syncing: the sheet, its
 * cells in rectangular 2-D blocks (formulas and constants together, the plan font, then
 * number formats), styles per block of equally styled cells, layout, validation, print
 * setup, and protection last, because a protected sheet refuses further formatting.
 */
import { rangeToA1 } from "../../domain/address/cell-address";
import type { CellStyle, PlannedCell, SheetPlan } from "../../domain/sheet-plan";
import { applyCellStyle, PLAN_FONT } from "./apply-style";
import { applyValidation } from "./apply-validation";
import { rectangularBlocks, type CellBlock } from "./cell-blocks";
import { cellInput } from "./cell-input";
import type { ExcelProtectionOptions, ExcelWorksheet, ExcelWorksheetCollection } from "./excel-api";
import { applyPrintSetup } from "./print-setup";
import { freezePanes, hideRowsAndColumns, mergeAreas, setColumnWidths, setRowHeights } from "./sheet-layout";

/** Users may still resize rows and columns of a protected sheet; contents stay guarded. */
export const PROTECTION_OPTIONS: ExcelProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

function styleOf(plan: SheetPlan, cell: PlannedCell): CellStyle | undefined {
  if (cell.style === undefined) return undefined;
  const style = plan.styles[cell.style];
  if (!style) throw new Error(`Sheet plan "${plan.sheetName}" uses an undefined style "${cell.style}"`);
  return style;
}

function writeBlock(sheet: ExcelWorksheet, plan: SheetPlan, block: CellBlock<PlannedCell>): void {
  const range = sheet.getRange(rangeToA1(block.range));
  range.formulas = block.rows.map((row) => row.map(cellInput));
  range.format.font.name = PLAN_FONT;
  const formats = block.rows.map((row) => row.map((cell) => styleOf(plan, cell)?.numberFormat ?? null));
  if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats;
}

function writeCells(sheet: ExcelWorksheet, plan: SheetPlan): void {
  for (const block of rectangularBlocks(plan.cells)) writeBlock(sheet, plan, block);
}

function cellsByStyle(cells: readonly PlannedCell[]): Map<string, PlannedCell[]> {
  const groups = new Map<string, PlannedCell[]>();
  for (const cell of cells) {
    if (cell.style === undefined) continue;
    const group = groups.get(cell.style);
    if (group) group.push(cell);
    else groups.set(cell.style, [cell]);
  }
  return groups;
}

/** Number formats travel with the values; a style holding nothing else needs no format call. */
function formatsBeyondNumber(style: CellStyle): boolean {
  return Object.keys(style).some((key) => key !== "numberFormat");
}

function applyStyles(sheet: ExcelWorksheet, plan: SheetPlan): void {
  for (const cells of cellsByStyle(plan.cells).values()) {
    const style = styleOf(plan, cells[0] as PlannedCell);
    if (!style || !formatsBeyondNumber(style)) continue;
    for (const block of rectangularBlocks(cells)) {
      const columns = block.rows[0]?.length ?? 1;
      applyCellStyle(sheet.getRange(rangeToA1(block.range)), style, block.rows.length, columns);
    }
  }
}

function applyValidations(sheet: ExcelWorksheet, plan: SheetPlan): void {
  for (const validation of plan.validations)
    applyValidation(sheet.getRange(rangeToA1(validation.range)), validation);
}

export function writeSheetPlan(worksheets: ExcelWorksheetCollection, plan: SheetPlan): ExcelWorksheet {
  const sheet = worksheets.add(plan.sheetName);
  writeCells(sheet, plan);
  applyStyles(sheet, plan);
  mergeAreas(sheet, plan.merges);
  setColumnWidths(sheet, plan.columnWidths);
  setRowHeights(sheet, plan.rowHeights);
  hideRowsAndColumns(sheet, plan);
  applyValidations(sheet, plan);
  freezePanes(sheet, plan.freeze);
  applyPrintSetup(sheet.pageLayout, plan.print);
  if (plan.protect) sheet.protection.protect(PROTECTION_OPTIONS);
  return sheet;
}
