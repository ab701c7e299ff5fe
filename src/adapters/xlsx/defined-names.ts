/**
 * Workbook-level defined names in ExcelJS: reading the ones a workbook already has and
 * adding the plan's names ("KHGN_PL01" -> 'Phụ lục 01'!$A$5:$N$30). ExcelJS keeps names
 * as sets of cells and writes them back as ranges, so a name can only hold references.
 */
import type ExcelJS from "exceljs";
import { quoteSheetName, rangeToA1 } from "../../domain/address/cell-address";
import type { PlannedName } from "../../domain/sheet-plan";

export function definedNameList(workbook: ExcelJS.Workbook): string[] {
  return workbook.definedNames.model.map((name) => name.name);
}

/** "'Phụ lục 01'!$A$5:$N$30", the form Excel writes and the snapshots compare. */
export function nameReference(sheetName: string, name: PlannedName): string {
  return `${quoteSheetName(sheetName)}!${rangeToA1(name.range, true)}`;
}

export function addDefinedNames(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  names: readonly PlannedName[],
): void {
  for (const name of names) workbook.definedNames.add(nameReference(sheetName, name), name.name);
}
