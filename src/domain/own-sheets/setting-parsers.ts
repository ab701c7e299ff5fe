/**
 * How each "Thông tin chung" cell turns back into a PlanSettings field: the inverse of
 * templates/render/setting-values.ts (level "xã"/"huyện", language "Tiếng Việt"/"English",
 * dates as serial numbers, ratios as fractions), lenient about what people type instead
 * ("2025" as text, "15%", "Xa", "tieng viet", "20/08/2025"). A parser returns undefined for
 * a value it cannot read.
 */
import { parseDate } from "../format/parse-date";
import { parseNumberText } from "../format/parse-number";
import { LANGUAGES, type Language, type PlanLevel } from "../settings";
import { LANGUAGE_LABELS, LEVEL_LABELS } from "../templates/render/setting-values";
import { PLAN_YEARS } from "../templates/render/validations";
import { isErrorCell, type GridValue } from "../workbook";

export type Filled = Exclude<GridValue, null>;

/** Compares words the way people type them: any case, with or without diacritics. */
export function plainWord(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().trim();
}

export function parseText(value: Filled): string | undefined {
  if (typeof value === "string") return value.trim();
  return typeof value === "number" ? String(value) : undefined;
}

function numberOf(value: Filled): number | undefined {
  if (typeof value === "number") return value;
  return typeof value === "string" ? (parseNumberText(value)?.value ?? undefined) : undefined;
}

export function parseYear(value: Filled): number | undefined {
  const year = numberOf(value);
  const valid =
    year !== undefined && Number.isInteger(year) && year >= PLAN_YEARS.min && year <= PLAN_YEARS.max;
  return valid ? year : undefined;
}

export function parseLevel(value: Filled): PlanLevel | undefined {
  if (typeof value !== "string") return undefined;
  const word = plainWord(value);
  const levels = Object.keys(LEVEL_LABELS) as PlanLevel[];
  return levels.find((level) => plainWord(LEVEL_LABELS[level]) === word);
}

/** The label shown in the pick list, or the language's code ("vi", "en"). */
export function parseLanguage(value: Filled): Language | undefined {
  if (typeof value !== "string") return undefined;
  const word = plainWord(value);
  return LANGUAGES.find((lang) => lang === word || plainWord(LANGUAGE_LABELS[lang]) === word);
}

/** A tolerance in triệu đồng: any number from 0 up ("0,5" typed as text too). */
export function parseTolerance(value: Filled): number | undefined {
  const tolerance = numberOf(value);
  return tolerance !== undefined && tolerance >= 0 && Number.isFinite(tolerance) ? tolerance : undefined;
}

export function parsePlanDate(value: Filled): string | undefined {
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  return parseDate(value) ?? undefined;
}

/** A share of NSTW as a fraction: 0.15, "15%", "0,15". */
export function parseRatio(value: Filled): number | undefined {
  const ratio = numberOf(value);
  return ratio !== undefined && ratio >= 0 && ratio <= 1 ? ratio : undefined;
}

/** A group id from the ids listed on the sheet, or the label typed instead of the id. */
export function groupParser(groups: readonly { id: string; label: string }[]) {
  return (value: Filled): string | undefined => {
    const text = parseText(value);
    if (text === undefined || groups.length === 0) return text;
    const word = plainWord(text);
    return groups.find((g) => plainWord(g.id) === word || plainWord(g.label) === word)?.id;
  };
}

export function isFilled(value: GridValue): value is Filled {
  if (value === null || isErrorCell(value)) return false;
  return typeof value !== "string" || value.trim() !== "";
}
