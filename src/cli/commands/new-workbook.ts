/**
 * `kehoach new`: a new workbook holding every standard sheet, filled with the plan's
 * settings, written with the same template renderer the add-in uses.
 */
import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import { loadProgramRegistry } from "../../adapters/node/load-programs";
import { insertTemplatesIntoWorkbook } from "../../adapters/xlsx/insert-templates";
import { writeWorkbookFile } from "../../adapters/xlsx/files";
import { UnknownProgramError } from "../../domain/programs/registry";
import type { ProgramFile } from "../../domain/programs/types";
import type { PlanLevel } from "../../domain/settings";
import { TEMPLATE_IDS } from "../../domain/sheet-plan";
import { defaultSettings } from "../../domain/templates/default-settings";
import { planInsertion } from "../../domain/templates/plan-insertion";
import { stringFlag, type ParsedArgs } from "../args";
import { CliError } from "../errors";

export const NEW_FLAGS = [
  { name: "output", short: "o", takesValue: true },
  { name: "program", takesValue: true },
  { name: "year", takesValue: true },
  { name: "unit", takesValue: true },
  { name: "level", takesValue: true },
  { name: "province", takesValue: true },
  { name: "date", takesValue: true },
] as const;

function outputPath(args: ParsedArgs): string {
  const file = stringFlag(args, "output");
  if (!file) throw new CliError("missingOutput");
  if (!file.toLowerCase().endsWith(".xlsx")) throw new CliError("outputNotXlsx", { file });
  if (existsSync(file)) throw new CliError("outputExists", { file });
  return file;
}

function parseYear(text: string | undefined, now: Date): number {
  if (text === undefined) return now.getFullYear();
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2021 || year > 2040) throw new CliError("badYear", { value: text });
  return year;
}

function parseLevel(text: string | undefined, unit: string): PlanLevel {
  if (text === undefined) return /^huyện\b/i.test(unit.normalize("NFC")) ? "huyen" : "xa";
  if (text === "xa" || text === "huyen") return text;
  throw new CliError("badLevel", { value: text });
}

function parseDate(text: string | undefined): string | null {
  if (text === undefined) return null;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
  if (!valid) throw new CliError("badDate", { value: text });
  return text;
}

function chooseProgram(id: string | undefined, year: number): ProgramFile {
  const registry = loadProgramRegistry();
  if (id === undefined) {
    const program = registry.forYear(year);
    if (!program) throw new CliError("noProgramForYear", { year });
    return program;
  }
  try {
    return registry.get(id);
  } catch (error) {
    if (error instanceof UnknownProgramError) {
      throw new CliError("unknownProgram", { program: id, known: error.known.join(", ") });
    }
    throw error;
  }
}

export async function runNew(
  args: ParsedArgs,
  now = new Date(),
): Promise<{ file: string; sheets: string[] }> {
  const file = outputPath(args);
  const year = parseYear(stringFlag(args, "year"), now);
  const unitName = (stringFlag(args, "unit") ?? "").normalize("NFC").trim();
  const level = parseLevel(stringFlag(args, "level"), unitName);
  const planDate = parseDate(stringFlag(args, "date"));
  const program = chooseProgram(stringFlag(args, "program"), year);
  const province = (stringFlag(args, "province") ?? "").normalize("NFC").trim();
  const settings = defaultSettings(program, { year, level, unitName, province, planDate });
  const workbook = new ExcelJS.Workbook();
  const result = insertTemplatesIntoWorkbook(
    workbook,
    { templates: TEMPLATE_IDS, program, settings },
    planInsertion,
  );
  await writeWorkbookFile(workbook, file);
  return { file, sheets: result.inserted.map((s) => s.sheetName) };
}
