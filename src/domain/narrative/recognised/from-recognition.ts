/**
 * Fills a NarrativeInput from the tables recognition found in the offices' own layouts
 * (and any of ours among them): funds per catalog code in triệu đồng from Phụ lục 01,
 * targets from Biểu 02 and 03, leads from a "Phân công" table or the funds table's
 * "Đơn vị chủ trì" column, settings from our "Thông tin chung" sheet or from the titles.
 * Every figure keeps its cell. What cannot be read or found becomes a line above the plan;
 * only a workbook with no table and no settings at all gives no narrative.
 */
import type { Recognition, RecognisedTable, TableKind } from "../../detect/table";
import { findOwnSheets } from "../../own-sheets";
import type { ProgramFile } from "../../programs/types";
import { validateWorkbook, type ValidationResult } from "../../validation/engine";
import type { WorkbookGrid } from "../../workbook";
import type { NarrativeInput } from "../input";
import { narrativeErrors } from "../own-sheets/errors";
import { NarrativeInputError } from "../own-sheets/from-own-sheets";
import { readProjectTexts } from "../own-sheets/project-texts";
import { recognisedAssignments } from "./assignments";
import { CellReader, computedGrid } from "./cell-reader";
import { recognisedFunds } from "./funds";
import { MISSING_FUNDS, NOTHING_USABLE } from "./messages";
import { findSettings } from "./settings";
import { recognisedHouseholds, recognisedIndicators } from "./targets";

export interface FromRecognitionOptions {
  /** Validation already run on this grid; null to list no validation errors; run here when absent. */
  readonly validation?: ValidationResult | null;
}

type TableParts = Pick<NarrativeInput, "funds" | "households" | "indicators" | "assignments">;

function readTables(
  reader: CellReader,
  tables: readonly RecognisedTable[],
  program: ProgramFile,
): TableParts {
  const households = tables.find((t) => t.kind === "bieu-02");
  const indicators = tables.find((t) => t.kind === "bieu-03");
  return {
    funds: recognisedFunds(reader, tables, program),
    households: households ? recognisedHouseholds(reader, households) : null,
    indicators: indicators ? recognisedIndicators(reader, indicators) : [],
    assignments: recognisedAssignments(reader, tables, program),
  };
}

const PLAN_TABLES: readonly TableKind[] = ["phu-luc-01", "bieu-02", "bieu-03"];

export function narrativeInputFromRecognition(
  grid: WorkbookGrid,
  recognition: Recognition,
  programs: readonly ProgramFile[],
  options: FromRecognitionOptions = {},
): NarrativeInput {
  const values = computedGrid(grid);
  const found = findSettings(values, recognition, programs);
  const { settings, program } = found;
  if (!found.found && !recognition.tables.some((t) => PLAN_TABLES.includes(t.kind)))
    throw new NarrativeInputError("no-plan-tables", NOTHING_USABLE);
  const reader = new CellReader(values);
  const parts = readTables(reader, recognition.tables, program);
  const validation =
    options.validation === undefined
      ? validateWorkbook(values, { programs, recognition, settings })
      : options.validation;
  const ownSheets = new Set(findOwnSheets(values).map((own) => own.sheet));
  const missing = [...found.missing, ...(parts.funds ? [] : [MISSING_FUNDS])];
  return {
    settings,
    program,
    ...parts,
    texts: readProjectTexts(values, program, ownSheets),
    errors: narrativeErrors(validation, [...found.problems, ...reader.problems], missing),
  };
}
