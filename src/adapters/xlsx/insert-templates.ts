/**
 * "Insert standard sheets" into an ExcelJS workbook (the command line's path): read the
 * sheet and defined names already there, let the planner choose free names and render
 * the plans, then add every sheet. Existing sheets are never written: a clash gets a new
 * name from the planner ("Phụ lục 01 (2)"), and a plan that would still clash is refused
 * before anything is added.
 */
import type ExcelJS from "exceljs";
import {
  insertedSheets,
  type ExistingWorkbook,
  type InsertRequest,
  type InsertResult,
} from "../../domain/insertion";
import type { SheetPlan } from "../../domain/sheet-plan";
import { definedNameList } from "./defined-names";
import { writeSheetPlans } from "./write-sheet-plan";

/** planInsertion's shape (src/domain/templates/plan-insertion.ts), taken as a parameter. */
export type InsertionPlanner = (request: InsertRequest, existing: ExistingWorkbook) => readonly SheetPlan[];

export function readExisting(workbook: ExcelJS.Workbook): ExistingWorkbook {
  return {
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    definedNames: definedNameList(workbook),
  };
}

/** Adds the sheets `planner` plans (templates, the "Thuyết minh" sheet) and returns them. */
export function insertSheetsIntoWorkbook(
  workbook: ExcelJS.Workbook,
  planner: (existing: ExistingWorkbook) => readonly SheetPlan[],
): readonly SheetPlan[] {
  const plans = planner(readExisting(workbook));
  writeSheetPlans(workbook, plans);
  return plans;
}

export function insertTemplatesIntoWorkbook(
  workbook: ExcelJS.Workbook,
  request: InsertRequest,
  plan: InsertionPlanner,
): InsertResult {
  const plans = insertSheetsIntoWorkbook(workbook, (existing) => plan(request, existing));
  return insertedSheets(plans);
}
