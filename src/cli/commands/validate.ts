/**
 * `kehoach validate FILE.xlsx [--json]`: reads the workbook (never writes it), runs the
 * validation engine the add-in uses over it and formats the findings for people or for
 * scripts. Exit 1 when there is an error; warnings and notes alone leave 0. A file that
 * cannot be read throws WorkbookFileError, which main.ts reports in one line (exit 2).
 */
import { loadPrograms } from "../../adapters/node/load-programs";
import { readWorkbookFile } from "../../adapters/xlsx/files";
import { readWorkbookGrid } from "../../adapters/xlsx/read-workbook";
import { validateWorkbook, type ValidationResult } from "../../domain/validation/engine";
import type { ParsedArgs } from "../args";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "../errors";
import type { Lang } from "../messages";
import { formatJsonReport } from "../reporters/json";
import { formatTextReport } from "../reporters/text";

export const VALIDATE_FLAGS = [{ name: "json", takesValue: false }] as const;

export interface ValidateOutcome {
  /** The whole report, printed to stdout as is. */
  readonly report: string;
  readonly exitCode: number;
}

function inputPath(args: ParsedArgs): string {
  const [file, extra] = args.positional;
  if (file === undefined) throw new CliError("missingInput");
  if (extra !== undefined) throw new CliError("extraArgument", { argument: extra });
  return file;
}

/** The findings for one file, with sentences in `lang`. */
export async function validateFile(file: string, lang: Lang): Promise<ValidationResult> {
  const workbook = await readWorkbookFile(file);
  return validateWorkbook(readWorkbookGrid(workbook, file), { programs: loadPrograms(), lang });
}

export async function runValidate(args: ParsedArgs, lang: Lang): Promise<ValidateOutcome> {
  const file = inputPath(args);
  const result = await validateFile(file, lang);
  const report = args.flags.has("json")
    ? formatJsonReport(file, result)
    : formatTextReport(file, result, lang);
  return { report, exitCode: result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK };
}
