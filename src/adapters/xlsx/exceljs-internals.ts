/**
 * ExcelJS 4.4 members that its runtime has and documents by example but its type
 * declarations leave out: the worksheet's data-validation table (keyed by A1 cell or
 * range) and its sheet-protection record. One typed view here keeps the casts in one place.
 */
import type ExcelJS from "exceljs";

export interface DataValidationTable {
  /** Keys are A1 cells ("D6") or ranges ("D6:D30"); files read back are keyed per cell. */
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): ExcelJS.DataValidation;
}

/** `sheet` is true when protection is on, `hashValue` set when a password is; the other flags say what stays allowed. */
export type SheetProtectionRecord = Partial<ExcelJS.WorksheetProtection> & {
  sheet?: boolean;
  hashValue?: string;
};

interface WorksheetInternals {
  dataValidations: DataValidationTable;
  sheetProtection: SheetProtectionRecord | null;
}

function internals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}

export function dataValidationTable(sheet: ExcelJS.Worksheet): DataValidationTable {
  return internals(sheet).dataValidations;
}

export function sheetProtection(sheet: ExcelJS.Worksheet): SheetProtectionRecord | null {
  return internals(sheet).sheetProtection;
}

/**
 * `Worksheet.protect` does the same but returns a promise (it may hash a password); we
 * protect without a password, so the record is set directly and writing stays synchronous.
 */
export function setSheetProtection(sheet: ExcelJS.Worksheet, record: SheetProtectionRecord): void {
  internals(sheet).sheetProtection = record;
}
