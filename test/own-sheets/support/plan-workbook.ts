/**
 * Workbooks made by the real pipeline (planInsertion + insertTemplatesIntoWorkbook, the
 * path of `kehoach new`), with input cells filled by row and column key as a user would,
 * then saved and opened again: no formula in them has a cached result. Cell addresses come
 * from the SheetPlans, not from the reader under test.
 */
import ExcelJS from "exceljs";
import { insertTemplatesIntoWorkbook } from "../../../src/adapters/xlsx/insert-templates";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/read-workbook";
import type { CellAddress } from "../../../src/domain/address/cell-address";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import type { SheetPlan, TemplateId } from "../../../src/domain/sheet-plan";
import { planInsertion } from "../../../src/domain/templates/plan-insertion";
import type { WorkbookGrid } from "../../../src/domain/workbook";
import { addressOf } from "../../templates/support/fixtures";

export interface Entry {
  readonly template: TemplateId;
  readonly row: string;
  readonly col: string;
  readonly value: ExcelJS.CellValue;
}

export interface PlanWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly plans: SheetPlan[];
}

export function newPlanWorkbook(
  program: ProgramFile,
  settings: PlanSettings,
  templates: readonly TemplateId[],
  workbook = new ExcelJS.Workbook(),
): PlanWorkbook {
  const plans: SheetPlan[] = [];
  const planner = (...args: Parameters<typeof planInsertion>) => {
    const made = planInsertion(...args);
    plans.push(...made);
    return made;
  };
  insertTemplatesIntoWorkbook(workbook, { templates, program, settings }, planner);
  return { workbook, plans };
}

function planFor(plans: readonly SheetPlan[], template: TemplateId): SheetPlan {
  const plan = plans.find((p) => p.templateId === template);
  if (!plan) throw new Error(`no ${template} plan`);
  return plan;
}

/** Where a keyed cell of a template landed, read from its plan. */
export function plannedAddress(
  plans: readonly SheetPlan[],
  template: TemplateId,
  row: string,
  col: string,
): CellAddress {
  return addressOf(planFor(plans, template), row, col);
}

export function fill(book: PlanWorkbook, entries: readonly Entry[]): void {
  for (const entry of entries) {
    const plan = planFor(book.plans, entry.template);
    const at = addressOf(plan, entry.row, entry.col);
    const sheet = book.workbook.getWorksheet(plan.sheetName);
    if (!sheet) throw new Error(`no sheet ${plan.sheetName}`);
    sheet.getCell(at.row, at.col).value = entry.value;
  }
}

export async function savedAndRead(
  workbook: ExcelJS.Workbook,
  source = "ke-hoach.xlsx",
): Promise<WorkbookGrid> {
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(await workbook.xlsx.writeBuffer());
  return readWorkbookGrid(reopened, source);
}
