/**
 * Writes one SheetPlan as a new ExcelJS worksheet: values and formulas, styles, layout,
 * validations, print setup, protection and the plan's defined names. The result must
 * match what the Excel JS API adapter makes of the same plan (a parity test compares
 * both), so each part mirrors a file of src/adapters/office. Everything that can reject
 * a plan (taken or invalid names, unknown style, bad colour, list or date) is checked for
 * the whole batch before the first sheet is added, so a rejected batch leaves the
 * workbook as it was.
 */
import type ExcelJS from "exceljs";
import type { PlannedCell, SheetPlan } from "../../domain/sheet-plan";
import { excelJsStyle, UNSTYLED } from "./cell-style";
import { excelJsValue } from "./cell-values";
import { addValidations, validationEntries, type ValidationEntry } from "./data-validation";
import { addDefinedNames } from "./defined-names";
import { setSheetProtection, type SheetProtectionRecord } from "./exceljs-internals";
import { checkPlansFit } from "./plan-checks";
import { applyPrintSetup } from "./print-setup";
import { freezePanes, hideRowsAndColumns, mergeAreas, setColumnWidths, setRowHeights } from "./sheet-layout";

/** Users may still resize rows and columns and select any cell; contents stay guarded. */
export const PROTECTION: Readonly<SheetProtectionRecord> = {
  sheet: true,
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

type ExcelJsStyle = Partial<ExcelJS.Style>;

interface PreparedPlan {
  readonly plan: SheetPlan;
  /** One entry per plan cell, same order. */
  readonly cellStyles: readonly ExcelJsStyle[];
  readonly validations: readonly ValidationEntry[];
}

function styleBook(plan: SheetPlan): Map<string, ExcelJsStyle> {
  return new Map(Object.entries(plan.styles).map(([key, style]) => [key, excelJsStyle(style)]));
}

function cellStyles(plan: SheetPlan): ExcelJsStyle[] {
  const book = styleBook(plan);
  return plan.cells.map((cell: PlannedCell) => {
    if (cell.style === undefined) return UNSTYLED;
    const style = book.get(cell.style);
    if (!style) throw new Error(`Sheet plan "${plan.sheetName}" uses an undefined style "${cell.style}"`);
    return style;
  });
}

function prepare(plan: SheetPlan): PreparedPlan {
  return { plan, cellStyles: cellStyles(plan), validations: validationEntries(plan.validations) };
}

/**
 * Each cell gets its own copy of the top-level style object: ExcelJS setters such as
 * `cell.numFmt = …` change that object in place, which would restyle every cell sharing it.
 */
function writeCells(sheet: ExcelJS.Worksheet, { plan, cellStyles: styles }: PreparedPlan): void {
  plan.cells.forEach((planned, index) => {
    const cell = sheet.getCell(planned.address.row, planned.address.col);
    cell.value = excelJsValue(planned);
    cell.style = { ...styles[index] };
  });
}

/** Our formulas carry no cached results, so Excel must compute them when it opens the file. */
function requestRecalculation(workbook: ExcelJS.Workbook): void {
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function writePrepared(workbook: ExcelJS.Workbook, prepared: PreparedPlan): ExcelJS.Worksheet {
  const { plan } = prepared;
  const sheet = workbook.addWorksheet(plan.sheetName);
  writeCells(sheet, prepared);
  mergeAreas(sheet, plan.merges);
  setColumnWidths(sheet, plan.columnWidths);
  setRowHeights(sheet, plan.rowHeights);
  hideRowsAndColumns(sheet, plan);
  addValidations(sheet, prepared.validations);
  freezePanes(sheet, plan.freeze);
  applyPrintSetup(sheet, plan.print);
  if (plan.protect) setSheetProtection(sheet, { ...PROTECTION });
  addDefinedNames(workbook, plan.sheetName, plan.names);
  requestRecalculation(workbook);
  return sheet;
}

/** Sheets are added after the existing ones, in the order of `plans`. */
export function writeSheetPlans(
  workbook: ExcelJS.Workbook,
  plans: readonly SheetPlan[],
): ExcelJS.Worksheet[] {
  checkPlansFit(workbook, plans);
  const prepared = plans.map(prepare);
  return prepared.map((p) => writePrepared(workbook, p));
}

export function writeSheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const [sheet] = writeSheetPlans(workbook, [plan]);
  if (!sheet) throw new Error(`Sheet "${plan.sheetName}" was not written`);
  return sheet;
}
