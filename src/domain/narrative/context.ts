/**
 * What every section of the narrative needs to know besides its own figures: which kind of
 * plan this is (district, commune under a district, two-tier commune), the unit's name and
 * word ("xã Ba Dinh", "xã"), which office runs the program, and the standing text with its
 * placeholders filled in. Built once per narrative; sections only read it.
 */
import { placeOf, unitWithType } from "../templates/default-settings";
import { hasDistrictLevel } from "../settings";
import type { AssignmentInput, NarrativeInput } from "./input";
import { standingTextFor } from "./standing-text";
import type { ByTier, Line, Lines, Placeholder, StandingText, Tier, YearText } from "./standing-text/types";

export interface NarrativeContext {
  readonly input: NarrativeInput;
  readonly lang: "vi";
  readonly text: StandingText;
  readonly tier: Tier;
  readonly year: number;
  /** "xã Ba Dinh"; the bare word ("xã") when the unit has no name yet. */
  readonly unit: string;
  /** The unit's own word: "xã", "phường", "huyện" … */
  readonly level: string;
  readonly standingOffice: string;
  /** Fills the placeholders of a standing text. */
  fill(template: string): string;
  /** The lines that fit this kind of plan, filled in. */
  lines(lines: Lines): string[];
  office(names: ByTier): string;
  assignment(code: string): AssignmentInput | undefined;
}

function tierOf(input: NarrativeInput): Tier {
  if (input.settings.level === "huyen") return "district";
  return hasDistrictLevel(input.settings) ? "commune-under-district" : "commune";
}

/** The wording in force for a plan year; the last one when none covers it. */
export function textForYear(texts: readonly YearText[], year: number): string {
  const found = texts.find((t) => t.from <= year && (t.to === null || year <= t.to));
  return (found ?? texts[texts.length - 1])?.text ?? "";
}

function levelWord(unit: string, fallback: string): string {
  const word = unit.slice(0, unit.length - placeOf(unit).length).trim();
  return word === "" ? fallback : word;
}

function approvalCitation(input: NarrativeInput, text: StandingText): string {
  const docs = input.program.documents;
  return (docs.find((doc) => doc.key === text.approvalDocument) ?? docs[0])?.citation ?? "";
}

function fits(line: Line, tier: Tier): boolean {
  return typeof line === "string" || line.tiers.includes(tier);
}

function lineText(line: Line): string {
  return typeof line === "string" ? line : line.text;
}

/** The lead of the monitoring Dự án (or of its first Tiểu dự án that has one) runs the program. */
function standingLead(input: NarrativeInput, code: string | null): string {
  if (code === null) return "";
  const own = input.assignments.filter(
    (a) => a.code === code || input.program.catalog.some((c) => c.code === a.code && c.parent === code),
  );
  return own.find((a) => a.lead !== "")?.lead ?? "";
}

export function createContext(input: NarrativeInput, lang: "vi" = "vi"): NarrativeContext {
  const text = standingTextFor(input.program.id);
  const tier = tierOf(input);
  const defaultWord = input.settings.level === "huyen" ? "huyện" : "xã";
  const unit = unitWithType(input.settings.unitName, input.settings.level) || defaultWord;
  const level = levelWord(unit, defaultWord);
  const { year } = input.settings;
  const values: Record<Placeholder, string> = {
    unit,
    level,
    ubnd: `UBND ${level}`,
    year: String(year),
    program: input.program.name,
    period: `${input.program.period.from} - ${input.program.period.to}`,
    ministry: textForYear(text.ministries, year),
    standingOffice: "",
    approval: approvalCitation(input, text),
  };
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key as Placeholder] ?? whole);
  values.standingOffice =
    standingLead(input, text.standingOfficeProject) || fill(text.roles.standing.office[tier]);
  return {
    input,
    lang,
    text,
    tier,
    year,
    unit,
    level,
    standingOffice: values.standingOffice,
    fill,
    lines: (lines) => lines.filter((line) => fits(line, tier)).map((line) => fill(lineText(line))),
    office: (names) => fill(names[tier]),
    assignment: (code) => input.assignments.find((a) => a.code === code),
  };
}
