/**
 * The plan's settings for a workbook in the offices' own layouts: our "Thông tin chung"
 * sheet when the workbook has one (a mixed workbook), otherwise what the sheets say — year,
 * level and unit from the titles (recognition reads "… NĂM 2025", "UBND xã Ba Dinh"), the
 * plan's number and date from the "Kèm theo Kế hoạch số …" line — completed with the
 * program's defaults, as for a new plan. The program is the one the rows name, else the
 * one the year falls in. Whatever is still unknown takes a neutral value and a line saying
 * what to fill in.
 */
import type { Recognition } from "../../detect/table";
import { findOwnSheets, firstOwnSheet, readSettings, type ReadProblem } from "../../own-sheets";
import type { ProgramFile } from "../../programs/types";
import type { PlanSettings } from "../../settings";
import { defaultSettings } from "../../templates/default-settings";
import type { WorkbookGrid } from "../../workbook";
import { NarrativeInputError } from "../own-sheets/from-own-sheets";
import { NO_PROGRAMS, UNKNOWN_UNIT, unknownProgram, unknownYear } from "./messages";
import { planReference, titleTexts } from "./plan-reference";

export interface SettingsFinding {
  readonly settings: PlanSettings;
  readonly program: ProgramFile;
  /** What our "Thông tin chung" sheet could not give (its cells), when the workbook has one. */
  readonly problems: readonly ReadProblem[];
  /** What was not found at all, as lines telling the user what to fill in. */
  readonly missing: readonly string[];
  /** Whether anything came from the workbook: our sheet, or a title naming the year, unit or plan. */
  readonly found: boolean;
}

interface ProgramChoice {
  readonly program: ProgramFile;
  readonly guessed: boolean;
}

function programFor(programs: readonly ProgramFile[], id: string | null, year: number | null): ProgramChoice {
  const byId = programs.find((p) => p.id === id);
  const byYear =
    year === null ? undefined : programs.find((p) => p.period.from <= year && year <= p.period.to);
  const chosen = byId ?? byYear;
  if (chosen) return { program: chosen, guessed: false };
  const [first] = programs;
  if (!first) throw new NarrativeInputError("unknown-program", NO_PROGRAMS);
  return { program: first, guessed: true };
}

function known(year: number | undefined): number | null {
  return year !== undefined && year > 0 ? year : null;
}

function fromOwnSheet(
  grid: WorkbookGrid,
  recognition: Recognition,
  programs: readonly ProgramFile[],
): SettingsFinding | null {
  const sheet = firstOwnSheet(findOwnSheets(grid), "thong-tin-chung");
  if (!sheet) return null;
  const reading = readSettings(grid, sheet);
  const { settings } = reading;
  const choice = programFor(programs, settings.programId || recognition.programId, known(settings.year));
  const missing = choice.guessed ? [unknownProgram(choice.program.name)] : [];
  return { settings, program: choice.program, problems: reading.problems, missing, found: true };
}

function fromTitles(
  grid: WorkbookGrid,
  recognition: Recognition,
  programs: readonly ProgramFile[],
): SettingsFinding {
  const inferred = recognition.settings;
  const reference = planReference(titleTexts(grid));
  const planDate = reference?.planDate ?? inferred?.planDate ?? null;
  const dated = planDate ? Number(planDate.slice(0, 4)) : null;
  const year = known(inferred?.year) ?? dated;
  const choice = programFor(programs, recognition.programId, year);
  const unitName = inferred?.unitName ?? "";
  const settings = defaultSettings(choice.program, {
    year: year ?? choice.program.period.to,
    level: inferred?.level ?? "xa",
    unitName,
    planNumber: reference?.planNumber ?? "",
    planDate,
  });
  const missing = [
    ...(choice.guessed ? [unknownProgram(choice.program.name)] : []),
    ...(year === null ? [unknownYear(settings.year)] : []),
    ...(unitName === "" ? [UNKNOWN_UNIT] : []),
  ];
  const found = year !== null || unitName !== "" || reference !== null || planDate !== null;
  return { settings, program: choice.program, problems: [], missing, found };
}

export function findSettings(
  grid: WorkbookGrid,
  recognition: Recognition,
  programs: readonly ProgramFile[],
): SettingsFinding {
  return fromOwnSheet(grid, recognition, programs) ?? fromTitles(grid, recognition, programs);
}
