/**
 * Fills a NarrativeInput from our own sheets (found by marker name): settings from
 * "Thông tin chung", funds from Phụ lục 01, targets from Biểu 02 and 03, leads from
 * "Phân công", the user's project texts from a sheet of their own, and the errors to
 * list above the plan (validation's, run here unless the caller has already run it).
 * Formulas are computed first when the grid comes straight from a file.
 */
import { computeValues, type ComputedGrid } from "../../grid-values";
import {
  findOwnSheets,
  firstOwnSheet,
  readAssignments,
  readFunds,
  readHouseholds,
  readIndicators,
  readSettings,
  type OwnSheet,
  type ReadProblem,
} from "../../own-sheets";
import type { ProgramFile } from "../../programs/types";
import type { PlanSettings } from "../../settings";
import { validateWorkbook, type ValidationResult } from "../../validation/engine";
import type { WorkbookGrid } from "../../workbook";
import type { NarrativeInput } from "../input";
import { assignmentsInput, fundsInput, householdsInput, indicatorsInput } from "./convert";
import { narrativeErrors } from "./errors";
import { readProjectTexts } from "./project-texts";

/**
 * "no-plan-tables": a workbook in the offices' own layouts holds no table of the plan and
 * no settings (narrative/recognised/).
 */
export type NarrativeInputProblem = "no-settings-sheet" | "unknown-program" | "no-plan-tables";

/** The workbook cannot give a narrative at all: no settings, a program no file declares, or nothing of a plan. */
export class NarrativeInputError extends Error {
  constructor(
    readonly problem: NarrativeInputProblem,
    message: string,
  ) {
    super(message);
    this.name = "NarrativeInputError";
  }
}

export interface FromOwnSheetsOptions {
  /** Validation already run on this grid (the pane keeps it); null to list no validation errors. */
  readonly validation?: ValidationResult | null;
}

const MISSING_FUNDS =
  "Không tìm thấy trang Phụ lục 01 (kinh phí) của kế hoạch: phần kinh phí chưa có số liệu. Hãy chèn trang Phụ lục 01 và điền kinh phí.";

function computed(grid: WorkbookGrid): ComputedGrid {
  return "computed" in grid ? (grid as ComputedGrid) : computeValues(grid);
}

function programFor(settings: PlanSettings, programs: readonly ProgramFile[]): ProgramFile {
  const byId = programs.find((p) => p.id === settings.programId);
  const byYear = programs.find((p) => p.period.from <= settings.year && settings.year <= p.period.to);
  const program = byId ?? byYear;
  if (!program)
    throw new NarrativeInputError(
      "unknown-program",
      `Không xác định được chương trình của kế hoạch (mã “${settings.programId}”, năm ${settings.year}).`,
    );
  return program;
}

function settingsSheet(sheets: readonly OwnSheet[]): OwnSheet {
  const own = firstOwnSheet(sheets, "thong-tin-chung");
  if (!own)
    throw new NarrativeInputError(
      "no-settings-sheet",
      "Không tìm thấy trang Thông tin chung của kế hoạch (năm, đơn vị, người ký). Hãy chèn các trang mẫu của kế hoạch trước.",
    );
  return own;
}

export function narrativeInputFromOwnSheets(
  grid: WorkbookGrid,
  programs: readonly ProgramFile[],
  options: FromOwnSheetsOptions = {},
): NarrativeInput {
  const values = computed(grid);
  const sheets = findOwnSheets(values);
  const settingsReading = readSettings(values, settingsSheet(sheets));
  const settings = settingsReading.settings;
  const program = programFor(settings, programs);
  const sheet = (id: Parameters<typeof firstOwnSheet>[1]) => firstOwnSheet(sheets, id);
  const pl01 = sheet("phu-luc-01");
  const b02 = sheet("bieu-02");
  const b03 = sheet("bieu-03");
  const pc = sheet("phan-cong");
  const funds = pl01 ? readFunds(values, pl01, program) : null;
  const households = b02 ? readHouseholds(values, b02) : null;
  const indicators = b03 ? readIndicators(values, b03) : null;
  const assignments = pc ? readAssignments(values, pc, program) : null;
  const problems: ReadProblem[] = [settingsReading, funds, households, indicators, assignments].flatMap(
    (reading) => reading?.problems ?? [],
  );
  const validation =
    options.validation === undefined ? validateWorkbook(values, { programs, settings }) : options.validation;
  return {
    settings,
    program,
    funds: funds && fundsInput(funds),
    households: households && householdsInput(households),
    indicators: indicators ? indicatorsInput(indicators) : [],
    assignments: assignmentsInput(assignments, funds),
    texts: readProjectTexts(values, program, new Set(sheets.map((s) => s.sheet))),
    errors: narrativeErrors(validation, problems, pl01 ? [] : [MISSING_FUNDS]),
  };
}
