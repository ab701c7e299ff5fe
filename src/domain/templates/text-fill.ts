/**
 * Texts that templates declare with placeholders ("KINH PHÍ THỰC HIỆN {PROGRAM} NĂM {year}")
 * filled from the program and the plan's settings, and the "(Kèm theo Kế hoạch số …)" line
 * every attachment carries, with "…" left where the plan is not yet numbered or dated.
 */
import { formatLongDate } from "../format/dates";
import type { ProgramFile } from "../programs/types";
import type { PlanSettings } from "../settings";

export interface TextContext {
  readonly program: ProgramFile;
  readonly settings: PlanSettings;
}

const GAP = "…";

function placeholders({ program, settings }: TextContext): Readonly<Record<string, string>> {
  return {
    year: String(settings.year),
    previousYear: String(settings.year - 1),
    program: program.name,
    PROGRAM: program.name.toLocaleUpperCase("vi"),
    unitName: settings.unitName || GAP,
  };
}

/** Replaces each {name}; an unknown placeholder is a mistake in a template and throws. */
export function fillText(template: string, context: TextContext): string {
  const values = placeholders(context);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown placeholder {${name}} in "${template}"`);
    return value;
  });
}

/** "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 02 năm 2025 của UBND xã Ba Dinh)". */
export function attachmentLine(settings: PlanSettings): string {
  const number = settings.planNumber.trim() || `${GAP}/KH-UBND`;
  const date = settings.planDate ? formatLongDate(settings.planDate) : `ngày ${GAP} tháng ${GAP} năm ${GAP}`;
  const issuer = settings.unitName.trim() || GAP;
  return `(Kèm theo Kế hoạch số ${number} ${date} của UBND ${issuer})`;
}
