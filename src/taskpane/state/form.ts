/**
 * The "Biểu mẫu" form as plain data: what the user has typed, its starting values, and
 * the checks that turn it into an insertion request or into messages next to the fields.
 * Values stay as typed (the year is text) so a half-typed value is never lost.
 */
import { createProgramRegistry } from "../../domain/programs/registry";
import type { ProgramFile } from "../../domain/programs/types";
import type { PlanLevel } from "../../domain/settings";
import { TEMPLATE_IDS, type TemplateId } from "../../domain/sheet-plan";
import type { MessageId } from "../i18n/messages";

export const MIN_PLAN_YEAR = 2021;
export const MAX_PLAN_YEAR = 2040;

export interface InsertForm {
  readonly templates: readonly TemplateId[];
  readonly programId: string;
  readonly year: string;
  readonly level: PlanLevel;
  readonly unitName: string;
  readonly province: string;
  /** "" or an ISO date (YYYY-MM-DD), as <input type="date"> gives it. */
  readonly planDate: string;
  /** True once the user picked a program; until then the program follows the year. */
  readonly programPinned: boolean;
}

export type FormField = "templates" | "programId" | "year" | "unitName" | "planDate";
export type FormErrors = Readonly<Partial<Record<FormField, MessageId>>>;

/** A form that passed every check, in the types the domain wants. */
export interface CheckedForm {
  readonly templates: readonly TemplateId[];
  readonly program: ProgramFile;
  readonly year: number;
  readonly level: PlanLevel;
  readonly unitName: string;
  readonly province: string;
  readonly planDate: string | null;
}

export type FormCheck =
  { readonly ok: true; readonly value: CheckedForm } | { readonly ok: false; readonly errors: FormErrors };

function clampYear(year: number): number {
  return Math.min(MAX_PLAN_YEAR, Math.max(MIN_PLAN_YEAR, year));
}

function programForYear(programs: readonly ProgramFile[], year: number): ProgramFile | undefined {
  return programs.length > 0 ? createProgramRegistry(programs).forYear(year) : undefined;
}

/** Every template checked, this year's plan at commune level, with the program covering it. */
export function initialForm(programs: readonly ProgramFile[], today: Date): InsertForm {
  const year = clampYear(today.getFullYear());
  const program = programForYear(programs, year) ?? programs[0];
  return {
    templates: TEMPLATE_IDS,
    programId: program?.id ?? "",
    year: String(year),
    level: "xa",
    unitName: "",
    province: "",
    planDate: "",
    programPinned: false,
  };
}

/** "huyện Hậu Lộc" is a district plan, "xã Ba Dinh" a commune one; anything else says nothing. */
function levelOfUnit(unitName: string): PlanLevel | null {
  const first = cleanText(unitName).split(" ")[0]?.toLocaleLowerCase("vi");
  return first === "huyện" ? "huyen" : first === "xã" ? "xa" : null;
}

/**
 * Applies what the user changed. A unit name starting with "xã"/"huyện" sets the level. A
 * new year brings the program covering it, unless the user chose a program: 2026 plans
 * may still spend 2021-2025 funds under the old program.
 */
export function updateForm(
  form: InsertForm,
  patch: Partial<InsertForm>,
  programs: readonly ProgramFile[],
): InsertForm {
  const level = patch.unitName === undefined ? null : levelOfUnit(patch.unitName);
  const next = level ? { ...form, ...patch, level } : { ...form, ...patch };
  if (patch.programId !== undefined) return { ...next, programPinned: true };
  const year = patch.year === undefined || form.programPinned ? null : parseYear(patch.year);
  const program = year === null ? undefined : programForYear(programs, year);
  return program ? { ...next, programId: program.id } : next;
}

/** Checked templates in the standard order, whatever order they were ticked in. */
export function toggleTemplate(form: InsertForm, id: TemplateId, checked: boolean): InsertForm {
  const chosen = new Set(form.templates);
  if (checked) chosen.add(id);
  else chosen.delete(id);
  return { ...form, templates: TEMPLATE_IDS.filter((t) => chosen.has(t)) };
}

function parseYear(text: string): number | null {
  const year = Number(text.trim());
  const valid = /^\d{4}$/.test(text.trim()) && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR;
  return valid ? year : null;
}

/** "2025-02-30" is not a date even though it has the right shape. */
function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Names typed on other keyboards may arrive decomposed (NFD); the workbook stores NFC. */
function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function findErrors(form: InsertForm, program: ProgramFile | undefined, year: number | null): FormErrors {
  const errors: Partial<Record<FormField, MessageId>> = {};
  if (form.templates.length === 0) errors.templates = "errorNoTemplate";
  if (!program) errors.programId = "errorProgram";
  if (year === null) errors.year = "errorYear";
  if (cleanText(form.unitName) === "") errors.unitName = "errorUnitRequired";
  if (form.planDate !== "" && !isIsoDate(form.planDate)) errors.planDate = "errorDate";
  return errors;
}

export function checkForm(form: InsertForm, programs: readonly ProgramFile[]): FormCheck {
  const program = programs.find((p) => p.id === form.programId);
  const year = parseYear(form.year);
  const errors = findErrors(form, program, year);
  if (!program || year === null || Object.keys(errors).length > 0) return { ok: false, errors };
  const value: CheckedForm = {
    templates: form.templates,
    program,
    year,
    level: form.level,
    unitName: cleanText(form.unitName),
    province: cleanText(form.province),
    planDate: form.planDate === "" ? null : form.planDate,
  };
  return { ok: true, value };
}

export function formErrors(form: InsertForm, programs: readonly ProgramFile[]): FormErrors {
  const check = checkForm(form, programs);
  return check.ok ? {} : check.errors;
}
