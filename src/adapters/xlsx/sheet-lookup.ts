/**
 * Finds an ExcelJS worksheet the way Excel finds a sheet by name: without regard to case or
 * to how the name's accents are encoded (NFC or NFD), since fixes and undo name sheets as
 * the read port spelled them and the user may have renamed one since.
 */
import type ExcelJS from "exceljs";

export function foldedSheetName(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = foldedSheetName(name);
  return workbook.worksheets.find((sheet) => foldedSheetName(sheet.name) === wanted);
}
