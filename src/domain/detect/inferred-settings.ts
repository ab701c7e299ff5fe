/**
 * Settings of a workbook without our "Thông tin chung" sheet, from what its titles say:
 * the year ("… NĂM 2025", not the date of the "Kèm theo Kế hoạch … ngày … tháng … năm …"
 * line), the level and unit ("của UBND xã Ba Dinh", "ỦY BAN NHÂN DÂN HUYỆN HẬU LỘC"), the
 * "Kèm theo" line first, and the plan's date when a line gives it in full ("ngày 10/3/2025",
 * not "ngày … tháng 8 năm 2025"): a 2025 plan made before 1 July still has its districts.
 * The rest comes from the program's defaults, as for a new plan.
 */
import { parseDate } from "../format/parse-date";
import { BLANK_SETTINGS } from "../own-sheets";
import { foldDiacritics } from "../programs/names";
import type { ProgramFile } from "../programs/types";
import type { PlanLevel, PlanSettings } from "../settings";
import { defaultSettings, placeOf } from "../templates/default-settings";
import { textKey } from "./text-key";

export interface TitleFacts {
  readonly year: number | null;
  /** ISO date of the plan, when a title line writes it in full. */
  readonly planDate: string | null;
  readonly level: PlanLevel | null;
  readonly unitName: string | null;
}

const PLAN_WORDS = /\b(?:ke hoach|kinh phi|chi tieu|phu luc|bieu|giam ngheo|thuc hien)\b/;
/** "năm 2025", but not "ngày 12 tháng 3 năm 2025" (the date a plan was signed). */
const YEAR = /(?<!thang \d{1,2} )\bnam (20\d\d)\b/;

const UNIT_TYPES: readonly (readonly [string, PlanLevel])[] = [
  ["thi tran", "xa"],
  ["phuong", "xa"],
  ["xa", "xa"],
  ["thi xa", "huyen"],
  ["thanh pho", "huyen"],
  ["quan", "huyen"],
  ["huyen", "huyen"],
];
const BODY = /\b(?:ubnd|uy ban nhan dan) (thi tran|thi xa|thanh pho|phuong|quan|huyen|xa)\b/;
/** Typed with or without diacritics: offices that type "UBND xa Thieu Duy" still name their commune. */
const UNIT_NAME =
  /(?:UBND|[ỦU][ỶY] BAN NH[ÂA]N D[ÂA]N)\s+(th[ịi] tr[ấa]n|th[ịi] x[ãa]|th[àa]nh ph[ốo]|ph[ưu][ờo]ng|qu[ậa]n|huy[ệe]n|x[ãa])\s+([^,;()\n\u2026]+)/iu;
/** The unit types as officially written, by their key. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  "thi tran": "thị trấn",
  "thi xa": "thị xã",
  "thanh pho": "thành phố",
  phuong: "phường",
  quan: "quận",
  huyen: "huyện",
  xa: "xã",
};
/** Words that end a unit's name; the unaccented forms only on a line typed without diacritics, where "Nam" is not a place. */
const NAME_END = /\s+(?:năm|ngày|về|v\/v)\s/iu;
const NAME_END_UNACCENTED = /\s+(?:nam|ngay|ve|v\/v)\s/i;

function yearOf(lines: readonly string[]): number | null {
  const keys = lines.map(textKey);
  const found = (pick: (key: string) => boolean) =>
    keys
      .filter(pick)
      .map((key) => YEAR.exec(key)?.[1])
      .find((y) => y !== undefined);
  const year = found((key) => PLAN_WORDS.test(key)) ?? found(() => true);
  return year === undefined ? null : Number(year);
}

/**
 * The "(Kèm theo Kế hoạch … của UBND xã …)" line names the plan's issuer; other title
 * lines may name the body above it first ("UBND HUYỆN THỌ XUÂN" over "UBND XÃ THỌ LẬP").
 */
function attachedFirst(lines: readonly string[]): string[] {
  const attached = (line: string) => /^\W*kem theo\b/.test(textKey(line));
  return [...lines.filter(attached), ...lines.filter((line) => !attached(line))];
}

function levelOf(lines: readonly string[]): PlanLevel | null {
  for (const line of attachedFirst(lines)) {
    const type = BODY.exec(textKey(line))?.[1];
    const level = UNIT_TYPES.find(([t]) => t === type)?.[1];
    if (level) return level;
  }
  return null;
}

function titleCase(name: string): string {
  if (name !== name.toLocaleUpperCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

function unitNameOf(lines: readonly string[]): string | null {
  for (const line of attachedFirst(lines)) {
    const text = line.normalize("NFC").replace(/\s+/g, " ");
    const match = UNIT_NAME.exec(text);
    const end = foldDiacritics(text) === text ? NAME_END_UNACCENTED : NAME_END;
    const name = match?.[2]
      ?.split(end)[0]
      ?.trim()
      .replace(/[.:]+$/, "");
    const type = TYPE_NAMES[textKey(match?.[1] ?? "")];
    if (type && name && /\p{L}/u.test(name)) return `${type} ${titleCase(name)}`;
  }
  return null;
}

/** "ngày 12/4/2024", "ngày 05 tháng 02 năm 2025" as text keys. */
const FULL_DATE = /\bngay (\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?(20\d\d)\b/;

function planDateOf(lines: readonly string[]): string | null {
  for (const line of attachedFirst(lines)) {
    const m = FULL_DATE.exec(textKey(line));
    const date = m ? parseDate(`${m[1] ?? ""}/${m[2] ?? ""}/${m[3] ?? ""}`) : null;
    if (date) return date;
  }
  return null;
}

export function titleFacts(lines: readonly string[]): TitleFacts {
  return {
    year: yearOf(lines),
    planDate: planDateOf(lines),
    level: levelOf(lines),
    unitName: unitNameOf(lines),
  };
}

/** Null when the titles say nothing. */
export function inferSettings(facts: TitleFacts, program: ProgramFile | null): PlanSettings | null {
  if (facts.year === null && facts.level === null && facts.unitName === null) return null;
  const level = facts.level ?? (facts.unitName?.startsWith("huyện") ? "huyen" : "xa");
  const overrides = {
    year: facts.year ?? 0,
    level,
    unitName: facts.unitName ?? "",
    planDate: facts.planDate,
  };
  if (program) return defaultSettings(program, overrides);
  const unitName = overrides.unitName;
  return {
    ...BLANK_SETTINGS,
    ...overrides,
    issuingBody: unitName === "" ? "" : `Ủy ban nhân dân ${unitName}`,
    place: placeOf(unitName),
  };
}
