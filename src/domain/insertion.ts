/**
 * What "insert standard sheets" asks for and answers, shared by the pane, the command
 * line and both workbook adapters. The domain turns a request plus the names already in
 * the workbook into final SheetPlans (src/domain/templates/plan-insertion.ts); adapters
 * only read names and write plans.
 */
import type { ProgramFile } from "./programs/types";
import type { PlanSettings } from "./settings";
import { isTemplateId, type SheetPlan, type TemplateId } from "./sheet-plan";

export interface InsertRequest {
  readonly templates: readonly TemplateId[];
  readonly program: ProgramFile;
  readonly settings: PlanSettings;
}

/** What the workbook already holds, read by the adapter before planning. */
export interface ExistingWorkbook {
  readonly sheetNames: readonly string[];
  readonly definedNames: readonly string[];
}

export interface InsertedSheet {
  readonly templateId: TemplateId;
  readonly sheetName: string;
}

export interface InsertResult {
  readonly inserted: readonly InsertedSheet[];
}

/**
 * The answer to an insertion request from the plans written. A template planner that
 * returned any other kind of sheet (the narrative) is a programming error, said loudly.
 */
export function insertedSheets(plans: readonly SheetPlan[]): InsertResult {
  const inserted = plans.map(({ templateId, sheetName }) => {
    if (!isTemplateId(templateId)) throw new Error(`A template planner returned a "${templateId}" sheet`);
    return { templateId, sheetName };
  });
  return { inserted };
}
