/**
 * `kehoach narrative FILE.xlsx -o PLAN.docx | --text`: the plan's narrative written from the
 * workbook's own sheets, as a Word document laid out per Nghị định 30 or as plain text on
 * stdout. When validation finds errors the plan still comes out, opening with the list of
 * them, and the exit code is 1 (as for validate); the workbook is never written.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { renderDocx } from "../../adapters/docx/render-docx";
import { loadPrograms } from "../../adapters/node/load-programs";
import { readWorkbookFile } from "../../adapters/xlsx/files";
import { readWorkbookGrid } from "../../adapters/xlsx/read-workbook";
import {
  buildNarrative,
  narrativeInputFromOwnSheets,
  NarrativeInputError,
  renderText,
} from "../../domain/narrative";
import { computeValues } from "../../domain/grid-values";
import { validateWorkbook } from "../../domain/validation/engine";
import { stringFlag, type ParsedArgs } from "../args";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "../errors";

export const NARRATIVE_FLAGS = [
  { name: "output", short: "o", takesValue: true },
  { name: "text", takesValue: false },
] as const;

export interface NarrativeOutcome {
  /** Plain text of the plan (--text), or null when a .docx was written. */
  readonly text: string | null;
  readonly written: string | null;
  readonly errors: number;
  readonly exitCode: number;
}

function inputPath(args: ParsedArgs): string {
  const [file, extra] = args.positional;
  if (file === undefined) throw new CliError("missingInput");
  if (extra !== undefined) throw new CliError("extraArgument", { argument: extra });
  return file;
}

function outputPath(args: ParsedArgs): string | null {
  const output = stringFlag(args, "output");
  if (args.flags.has("text")) {
    if (output !== undefined) throw new CliError("narrativeOutputOrText");
    return null;
  }
  if (output === undefined) throw new CliError("narrativeOutputOrText");
  if (!output.toLowerCase().endsWith(".docx")) throw new CliError("outputNotDocx", { file: output });
  if (existsSync(output)) throw new CliError("outputExists", { file: output });
  return output;
}

async function writeDocx(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(file, bytes, { flag: "wx" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError("docxNotWritable", { file, reason });
  }
}

export async function runNarrative(args: ParsedArgs): Promise<NarrativeOutcome> {
  const file = inputPath(args);
  const output = outputPath(args);
  const programs = loadPrograms();
  const grid = computeValues(readWorkbookGrid(await readWorkbookFile(file), file));
  const validation = validateWorkbook(grid, { programs });
  let document;
  try {
    document = buildNarrative(narrativeInputFromOwnSheets(grid, programs, { validation }));
  } catch (error) {
    if (error instanceof NarrativeInputError)
      throw new CliError("narrativeInput", { file, reason: error.message });
    throw error;
  }
  const errors = validation.summary.errors;
  const exitCode = errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  if (output === null) return { text: renderText(document), written: null, errors, exitCode };
  await writeDocx(output, await renderDocx(document));
  return { text: null, written: output, errors, exitCode };
}
