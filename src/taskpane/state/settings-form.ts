/**
 * The "Cài đặt" form as the user types it, and its reading into settings to save. Ratios
 * are typed in percent ("15", "15,5", also "15%"), the tolerance in triệu đồng ("0,5";
 * empty for the automatic one), both shown the Vietnamese way. Pure, so the rules (0–100,
 * a group or a typed ratio, NS huyện only while the plan has a district level) are tested
 * without React.
 */
import { SPLIT_TOLERANCE } from "../../domain/counterpart";
import { formatNumber, formatPercent } from "../../domain/format/numbers";
import { parseNumberText } from "../../domain/format/parse-number";
import type { EditableSettings } from "../../domain/own-sheets/settings-edits";
import type { ProgramFile } from "../../domain/programs/types";
import type { Language, LevelSplit } from "../../domain/settings";
import type { MessageId } from "../i18n/messages";

/** The minimum ratio comes from the province group or is typed. */
export type RatioMode = "group" | "custom";

export type SplitField = "splitTinh" | "splitHuyen" | "splitXa";

export interface SettingsForm {
  readonly programId: string;
  readonly ratioMode: RatioMode;
  readonly provinceGroup: string | null;
  /** Percent as typed: "15", "15,5". */
  readonly customRatio: string;
  readonly splitTinh: string;
  readonly splitHuyen: string;
  readonly splitXa: string;
  /** Triệu đồng as typed; empty for validation's automatic tolerance. */
  readonly tolerance: string;
  readonly language: Language;
}

export type SettingsErrors = Partial<
  Record<"provinceGroup" | "customRatio" | SplitField | "tolerance", MessageId>
>;

export type FormReading =
  | { readonly ok: true; readonly settings: EditableSettings }
  | { readonly ok: false; readonly errors: SettingsErrors };

export const SPLIT_FIELDS: Readonly<Record<keyof LevelSplit, SplitField>> = {
  tinh: "splitTinh",
  huyen: "splitHuyen",
  xa: "splitXa",
};

/** 0.155 -> "15,5" (the percent sign is beside the box). */
export function percentText(fraction: number): string {
  return formatPercent(fraction).slice(0, -1);
}

/** "15", "15,5", "15%" -> 0.15, 0.155, 0.15; undefined unless 0–100 %. */
export function parsePercent(text: string): number | undefined {
  const parsed = parseNumberText(text.trim());
  if (!parsed) return undefined;
  const points = parsed.percent ? parsed.value * 100 : parsed.value;
  // Twelve decimals drop the float noise of 15,5 ÷ 100 and keep any percent people type.
  return points >= 0 && points <= 100 ? Number((points / 100).toFixed(12)) : undefined;
}

/** "0,5" -> 0.5; "" -> null (automatic); undefined for a negative number or a word. */
export function parseTolerance(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const parsed = parseNumberText(text.trim());
  return parsed && !parsed.percent && parsed.value >= 0 ? parsed.value : undefined;
}

export function settingsForm(current: EditableSettings): SettingsForm {
  const { levelSplit, customRatio, tolerance } = current;
  return {
    programId: current.programId,
    ratioMode: customRatio === null ? "group" : "custom",
    provinceGroup: current.provinceGroup,
    customRatio: customRatio === null ? "" : percentText(customRatio),
    splitTinh: percentText(levelSplit.tinh),
    splitHuyen: percentText(levelSplit.huyen),
    splitXa: percentText(levelSplit.xa),
    tolerance: tolerance === null ? "" : formatNumber(tolerance),
    language: current.language,
  };
}

/** Another program: its default group, or a typed ratio when it has no groups yet. */
export function withProgram(form: SettingsForm, program: ProgramFile): SettingsForm {
  const groups = program.counterpart.groups;
  const keeps = groups.some((g) => g.id === form.provinceGroup);
  const provinceGroup = keeps ? form.provinceGroup : program.defaultGroup;
  const ratioMode = groups.length === 0 ? "custom" : form.ratioMode;
  return { ...form, programId: program.id, provinceGroup, ratioMode };
}

interface Collected {
  readonly errors: Record<string, MessageId>;
}

function share(form: SettingsForm, field: SplitField, into: Collected): number {
  const text = form[field];
  const value = text.trim() === "" ? 0 : parsePercent(text);
  if (value === undefined) into.errors[field] = "settingsErrorPercent";
  return value ?? 0;
}

function levelSplit(
  form: SettingsForm,
  base: LevelSplit,
  districtLevel: boolean,
  into: Collected,
): LevelSplit {
  return {
    tinh: share(form, "splitTinh", into),
    // Plans without a district keep whatever the sheet holds for NS huyện.
    huyen: districtLevel ? share(form, "splitHuyen", into) : base.huyen,
    xa: share(form, "splitXa", into),
  };
}

function ratioChoice(
  form: SettingsForm,
  program: ProgramFile | undefined,
  into: Collected,
): Pick<EditableSettings, "provinceGroup" | "customRatio"> {
  if (form.ratioMode === "custom") {
    const ratio = parsePercent(form.customRatio);
    if (ratio === undefined) into.errors.customRatio = "settingsErrorPercent";
    return { provinceGroup: form.provinceGroup, customRatio: ratio ?? null };
  }
  const known = program?.counterpart.groups.some((g) => g.id === form.provinceGroup) ?? false;
  if (!known) into.errors.provinceGroup = "settingsErrorGroup";
  return { provinceGroup: form.provinceGroup, customRatio: null };
}

/** The settings the form asks for, or why not; `base` is what the sheet holds now. */
export function readSettingsForm(
  form: SettingsForm,
  base: EditableSettings,
  programs: readonly ProgramFile[],
  districtLevel: boolean,
): FormReading {
  const into: Collected = { errors: {} };
  const program = programs.find((p) => p.id === form.programId);
  const ratio = ratioChoice(form, program, into);
  const split = levelSplit(form, base.levelSplit, districtLevel, into);
  const tolerance = parseTolerance(form.tolerance);
  if (tolerance === undefined) into.errors.tolerance = "settingsErrorTolerance";
  if (Object.keys(into.errors).length > 0) return { ok: false, errors: into.errors };
  const programName = program?.name ?? base.programName;
  return {
    ok: true,
    settings: {
      ...ratio,
      programId: form.programId,
      programName,
      levelSplit: split,
      tolerance: tolerance ?? null,
      language: form.language,
    },
  };
}

/** The minimum ratio the form asks for, when it can be read. */
function formRatio(form: SettingsForm, program: ProgramFile | undefined): number | undefined {
  if (form.ratioMode === "custom") return parsePercent(form.customRatio);
  return program?.counterpart.groups.find((g) => g.id === form.provinceGroup)?.minRatio;
}

/**
 * The level shares and the ratio when they do not add up: the minimum is then NSTW × ratio
 * as a whole instead of per level (domain/counterpart.ts), which the user should know.
 */
export function splitMismatch(
  form: SettingsForm,
  program: ProgramFile | undefined,
  districtLevel: boolean,
): { readonly sum: number; readonly ratio: number } | null {
  const fields: SplitField[] = districtLevel
    ? ["splitTinh", "splitHuyen", "splitXa"]
    : ["splitTinh", "splitXa"];
  const shares = fields.map((f) => (form[f].trim() === "" ? 0 : parsePercent(form[f])));
  const ratio = formRatio(form, program);
  const known = shares.filter((share): share is number => share !== undefined);
  if (ratio === undefined || known.length < shares.length) return null;
  const sum = Number(known.reduce((a, b) => a + b, 0).toFixed(12));
  return Math.abs(sum - ratio) < SPLIT_TOLERANCE ? null : { sum, ratio };
}
