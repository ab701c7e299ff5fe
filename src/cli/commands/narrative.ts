/**
 * `kehoach narrative FILE.xlsx -o PLAN.docx | -o COPY.xlsx | --text`: the plan's narrative
 * written from the workbook's own sheets, as a Word document laid out per Nghị định 30, as
 * a copy of the workbook with a "Thuyết minh" sheet added (what the add-in writes on Excel
 * for Mac), or as plain text on stdout. When validation finds errors the plan still comes
 * out, opening with the list of them, and the exit code is 1 (as for validate). The input
 * workbook is never written, and no output file is ever overwritten.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import { renderDocx } from "../../adapters/docx/render-docx";
import { loadPrograms } from "../../adapters/node/load-programs";
import { readWorkbookFile } from "../../adapters/xlsx/files";
import { insertSheetsIntoWorkbook } from "../../adapters/xlsx/insert-templates";
import { readWorkbookGrid } from "../../adapters/xlsx/read-workbook";
import {
  buildNarrative,
  narrativeInputFromWorkbook,
  NarrativeInputError,
  renderText,
  type NarrativeDocument,
} from "../../domain/narrative";
import { planNarrativeSheet } from "../../domain/narrative/render/sheet";
import { computeValues } from "../../domain/grid-values";
import type { ProgramFile } from "../../domain/programs/types";
import { validateWorkbook, type ValidationResult } from "../../domain/validation/engine";
import type { WorkbookGrid } from "../../domain/workbook";
import { stringFlag, type ParsedArgs } from "../args";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "../errors";

export const NARRATIVE_FLAGS = [
  { name: "output", short: "o", takesValue: true },
  { name: "text", takesValue: false },
] as const;

export interface NarrativeOutcome {
  /** Plain text of the plan (--text), or null when a file was written. */
  readonly text: string | null;
  readonly written: string | null;
  /** The sheet added to the workbook copy (-o COPY.xlsx), or null. */
  readonly sheet: string | null;
  readonly errors: number;
  readonly exitCode: number;
}

type Output = { readonly kind: "text" } | { readonly kind: "docx" | "xlsx"; readonly file: string };

function inputPath(args: ParsedArgs): string {
  const [file, extra] = args.positional;
  if (file === undefined) throw new CliError("missingInput");
  if (extra !== undefined) throw new CliError("extraArgument", { argument: extra });
  return file;
}

function fileOutput(file: string, input: string): Output {
  const lower = file.toLowerCase();
  const kind = lower.endsWith(".docx") ? "docx" : lower.endsWith(".xlsx") ? "xlsx" : null;
  if (kind === null) throw new CliError("narrativeOutputKind", { file });
  if (resolve(file) === resolve(input)) throw new CliError("narrativeOutputIsInput", { file });
  if (existsSync(file)) throw new CliError("narrativeOutputExists", { file });
  return { kind, file };
}

function chosenOutput(args: ParsedArgs, input: string): Output {
  const output = stringFlag(args, "output");
  if (args.flags.has("text")) {
    if (output !== undefined) throw new CliError("narrativeOutputOrText");
    return { kind: "text" };
  }
  if (output === undefined) throw new CliError("narrativeOutputOrText");
  return fileOutput(output, input);
}

/** Creates `file`, failing rather than replacing one that appeared since the check. */
async function writeNewFile(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(file, bytes, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw new CliError("narrativeOutputExists", { file });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError("outputNotWritable", { file, reason });
  }
}

/** Adds the sheet to the workbook as read (the input file stays as it was) and saves that as `file`. */
async function writeWorkbookCopy(
  workbook: ExcelJS.Workbook,
  doc: NarrativeDocument,
  file: string,
): Promise<string> {
  const [plan] = insertSheetsIntoWorkbook(workbook, (existing) => [planNarrativeSheet(doc, existing)]);
  await writeNewFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return plan?.sheetName ?? "";
}

interface Source {
  readonly file: string;
  readonly grid: WorkbookGrid;
  readonly programs: readonly ProgramFile[];
  readonly validation: ValidationResult;
}

function narrativeOf({ file, grid, programs, validation }: Source): NarrativeDocument {
  try {
    return buildNarrative(narrativeInputFromWorkbook(grid, programs, { validation }));
  } catch (error) {
    if (error instanceof NarrativeInputError)
      throw new CliError("narrativeInput", { file, reason: error.message });
    throw error;
  }
}

export async function runNarrative(args: ParsedArgs): Promise<NarrativeOutcome> {
  const file = inputPath(args);
  const output = chosenOutput(args, file);
  const programs = loadPrograms();
  const workbook = await readWorkbookFile(file);
  const grid = computeValues(readWorkbookGrid(workbook, file));
  const validation = validateWorkbook(grid, { programs });
  const document = narrativeOf({ file, grid, programs, validation });
  const errors = validation.summary.errors;
  const exitCode = errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  const outcome = { text: null, written: null, sheet: null, errors, exitCode };
  if (output.kind === "text") return { ...outcome, text: renderText(document) };
  if (output.kind === "docx") {
    await writeNewFile(output.file, await renderDocx(document));
    return { ...outcome, written: output.file };
  }
  const sheet = await writeWorkbookCopy(workbook, document, output.file);
  return { ...outcome, written: output.file, sheet };
}
