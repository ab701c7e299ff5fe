/**
 * "Insert standard sheets" in the open workbook, in one Excel.run with two syncs whatever
 * the number of sheets: (1) read the sheet and defined names already there, let the
 * planner choose free names and render the plans, (2) add and fill every sheet, create
 * the defined names that mark them as ours and show the first one. Existing sheets are
 * never written: a clash gets a new name from the planner ("Phụ lục 01 (2)").
 */
import { quoteSheetName, rangeToA1 } from "../../domain/address/cell-address";
import {
  insertedSheets,
  type ExistingWorkbook,
  type InsertRequest,
  type InsertResult,
} from "../../domain/insertion";
import type { PlannedName, SheetPlan } from "../../domain/sheet-plan";
import type { ExcelApi, ExcelRequestContext, ExcelWorkbook, RequirementSetSupport } from "./excel-api";
import { assertExcelSupports } from "./requirements";
import { writeSheetPlan } from "./write-sheet-plan";

/** planInsertion's shape (src/domain/templates/plan-insertion.ts), taken as a parameter. */
export type InsertionPlanner = (request: InsertRequest, existing: ExistingWorkbook) => readonly SheetPlan[];

async function readExisting(context: ExcelRequestContext): Promise<ExistingWorkbook> {
  const { worksheets, names } = context.workbook;
  worksheets.load("items/name");
  names.load("items/name");
  await context.sync();
  return {
    sheetNames: worksheets.items.map((sheet) => sheet.name),
    definedNames: names.items.map((name) => name.name),
  };
}

/** "='Phụ lục 01'!$A$1:$N$30" */
export function nameReference(sheetName: string, name: PlannedName): string {
  return `=${quoteSheetName(sheetName)}!${rangeToA1(name.range, true)}`;
}

function addDefinedNames(workbook: ExcelWorkbook, plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    for (const name of plan.names) workbook.names.add(name.name, nameReference(plan.sheetName, name));
  }
}

function writePlans(workbook: ExcelWorkbook, plans: readonly SheetPlan[]): void {
  const sheets = plans.map((plan) => writeSheetPlan(workbook.worksheets, plan));
  addDefinedNames(workbook, plans);
  sheets[0]?.activate();
}

/** Turns the names already in the workbook into final sheet plans (free names chosen). */
export type SheetPlanner = (existing: ExistingWorkbook) => readonly SheetPlan[];

/**
 * Adds the sheets `planner` plans, whatever they are (templates, the "Thuyết minh" sheet),
 * and returns the plans written. Throws ExcelTooOldError before touching the workbook when
 * Excel lacks ExcelApi 1.9; pass Office.context.requirements.
 */
export async function insertSheets(
  excel: ExcelApi,
  planner: SheetPlanner,
  requirements: RequirementSetSupport,
): Promise<readonly SheetPlan[]> {
  assertExcelSupports(requirements, "insert");
  return excel.run(async (context) => {
    const plans = planner(await readExisting(context));
    writePlans(context.workbook, plans);
    await context.sync();
    return plans;
  });
}

/** The standard templates of `request`, planned by `plan` (planInsertion). */
export async function insertTemplates(
  excel: ExcelApi,
  request: InsertRequest,
  plan: InsertionPlanner,
  requirements: RequirementSetSupport,
): Promise<InsertResult> {
  const plans = await insertSheets(excel, (existing) => plan(request, existing), requirements);
  return insertedSheets(plans);
}
