/**
 * The insertion controller behind "Chèn biểu mẫu", free of React: checks the form, builds
 * the InsertRequest with the program's default settings, has the Office adapter insert the
 * planned sheets, and reports which sheets were inserted and which had to be renamed.
 * It never throws: every failure comes back as an outcome the page can show.
 */
import { insertTemplates } from "../../adapters/office/insert-templates";
import type { InsertRequest, InsertResult } from "../../domain/insertion";
import type { ProgramFile } from "../../domain/programs/types";
import { defaultSettings } from "../../domain/templates/default-settings";
import { planInsertion } from "../../domain/templates/plan-insertion";
import { TEMPLATES } from "../../domain/templates/templates";
import type { ExcelConnection } from "../host";
import { describeFailure } from "./failure";
import { checkForm, type CheckedForm, type InsertForm } from "./form";
import type { InsertOutcome, InsertedSheetView } from "./outcome";

export function buildRequest(form: CheckedForm): InsertRequest {
  const { program, templates, year, level, unitName, province, planDate } = form;
  return {
    templates,
    program,
    settings: defaultSettings(program, { year, level, unitName, province, planDate }),
  };
}

/** A sheet was renamed when the planner had to move off the template's standard name. */
function describeInserted(result: InsertResult): InsertedSheetView[] {
  return result.inserted.map((s) => ({ ...s, renamed: TEMPLATES[s.templateId].sheetName !== s.sheetName }));
}

export async function insertSelected(
  target: ExcelConnection,
  programs: readonly ProgramFile[],
  form: InsertForm,
): Promise<InsertOutcome> {
  const check = checkForm(form, programs);
  if (!check.ok) return { kind: "invalid", errors: check.errors };
  try {
    const request = buildRequest(check.value);
    const result = await insertTemplates(target.excel, request, planInsertion, target.requirements);
    return { kind: "inserted", sheets: describeInserted(result) };
  } catch (error) {
    return { kind: "failed", failure: describeFailure(error) };
  }
}
