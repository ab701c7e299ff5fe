/**
 * The insertion controller behind "Chèn biểu mẫu", free of React: checks the form, builds
 * the InsertRequest with the program's default settings, has the workspace (Excel or an
 * opened file) add the planned sheets, and reports which sheets were inserted and which had
 * to be renamed; then, on "Hoàn tác", takes those sheets back out. It never throws: every
 * failure comes back as an outcome the page can show. The page fetches it, with the templates,
 * as a chunk of its own on the first press (use-insert-form.ts).
 */
import type { InsertRequest } from "../../domain/insertion";
import type { ProgramFile } from "../../domain/programs/types";
import { isTemplateId, type SheetPlan } from "../../domain/sheet-plan";
import { defaultSettings } from "../../domain/templates/default-settings";
import { planInsertion } from "../../domain/templates/plan-insertion";
import { TEMPLATES } from "../../domain/templates/templates";
import type { Workspace } from "../workspace/workspace";
import { describeFailure } from "./failure";
import { checkForm, type CheckedForm, type InsertForm } from "./form";
import type { InsertFailure, InsertOutcome, InsertedSheetView } from "./outcome";

export function buildRequest(form: CheckedForm): InsertRequest {
  const { program, templates, year, level, unitName, province, planDate } = form;
  return {
    templates,
    program,
    settings: defaultSettings(program, { year, level, unitName, province, planDate }),
  };
}

/** A sheet was renamed when the planner had to move off the template's standard name. */
function describeInserted(plans: readonly SheetPlan[], names: readonly string[]): InsertedSheetView[] {
  return plans.flatMap((plan, i) => {
    const { templateId } = plan;
    const sheetName = names[i] ?? plan.sheetName;
    if (!isTemplateId(templateId)) return [];
    return [{ templateId, sheetName, renamed: TEMPLATES[templateId].sheetName !== sheetName }];
  });
}

export async function insertSelected(
  workspace: Workspace,
  programs: readonly ProgramFile[],
  form: InsertForm,
): Promise<InsertOutcome> {
  const check = checkForm(form, programs);
  if (!check.ok) return { kind: "invalid", errors: check.errors };
  try {
    const request = buildRequest(check.value);
    let plans: readonly SheetPlan[] = [];
    const names = await workspace.insertSheets((existing) => (plans = planInsertion(request, existing)));
    return { kind: "inserted", sheets: describeInserted(plans, names) };
  } catch (error) {
    return { kind: "failed", failure: describeFailure(error) };
  }
}

export type RemoveOutcome =
  | { readonly kind: "removed"; readonly count: number }
  | { readonly kind: "failed"; readonly failure: InsertFailure };

/** Takes back the sheets an insertion added, with what was typed into them. */
export async function removeInserted(
  workspace: Workspace,
  sheets: readonly InsertedSheetView[],
): Promise<RemoveOutcome> {
  try {
    await workspace.removeSheets(sheets.map((s) => s.sheetName));
    return { kind: "removed", count: sheets.length };
  } catch (error) {
    return { kind: "failed", failure: describeFailure(error, "undoInsertFailureHint") };
  }
}
