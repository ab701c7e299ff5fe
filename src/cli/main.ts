/**
 * Entry point of the `kehoach` command line: dispatches to a command and turns every
 * failure into one clear line and an exit code (0 ok, 1 findings, 2 usage or file).
 */
import { loadProgramRegistry } from "../adapters/node/load-programs";
import { WorkbookFileError } from "../adapters/xlsx/workbook-file-error";
import { parseArgs, type FlagSpec, type ParsedArgs } from "./args";
import { NEW_FLAGS, runNew } from "./commands/new-workbook";
import { NARRATIVE_FLAGS, runNarrative } from "./commands/narrative";
import { runValidate, VALIDATE_FLAGS } from "./commands/validate";
import { CliError, EXIT_OK, EXIT_USAGE_OR_FILE } from "./errors";
import { renderMessage, SAVE_REASONS, type Lang } from "./messages";

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

const COMMON_FLAGS: readonly FlagSpec[] = [
  { name: "lang", takesValue: true },
  { name: "help", short: "h", takesValue: false },
];

function pickLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "vi";
}

/** Each command accepts only its own flags, so `validate FILE -o X` is an error, not silently ignored. */
const COMMAND_FLAGS: ReadonlyMap<string, readonly FlagSpec[]> = new Map<string, readonly FlagSpec[]>([
  ["new", NEW_FLAGS],
  ["validate", VALIDATE_FLAGS],
  ["narrative", NARRATIVE_FLAGS],
]);

function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const { command } = parseArgs(argv, [...COMMON_FLAGS, ...[...COMMAND_FLAGS.values()].flat()]);
  return parseArgs(argv, [...COMMON_FLAGS, ...(COMMAND_FLAGS.get(command ?? "") ?? [])]);
}

async function dispatch(argv: readonly string[], lang: Lang, io: Io): Promise<number> {
  const args = parseCommandLine(argv);
  if (args.command === undefined || args.command === "help" || args.flags.has("help")) {
    io.out(renderMessage(lang, "usage"));
    return args.command === undefined && !args.flags.has("help") ? EXIT_USAGE_OR_FILE : EXIT_OK;
  }
  if (args.command === "new") {
    const { file, sheets } = await runNew(args);
    io.out(renderMessage(lang, "created", { file, sheets: sheets.join(", ") }));
    return EXIT_OK;
  }
  if (args.command === "validate") {
    const { report, exitCode } = await runValidate(args, lang);
    io.out(report);
    return exitCode;
  }
  if (args.command === "narrative") {
    const outcome = await runNarrative(args);
    if (outcome.text !== null) io.out(outcome.text);
    if (outcome.written !== null) {
      const data = { file: outcome.written, errors: outcome.errors };
      if (outcome.sheet === null) io.out(renderMessage(lang, "narrativeWritten", data));
      else io.out(renderMessage(lang, "narrativeSheetWritten", { ...data, sheet: outcome.sheet }));
    }
    return outcome.exitCode;
  }
  if (args.command === "programs") {
    for (const p of loadProgramRegistry().programs) {
      io.out(
        renderMessage(lang, "programLine", { id: p.id, name: p.name, from: p.period.from, to: p.period.to }),
      );
    }
    return EXIT_OK;
  }
  throw new CliError("unknownCommand", { command: args.command });
}

/** Why a save failed, in the user's language when the system's error code is one we know. */
function writeReason(lang: Lang, error: WorkbookFileError): string {
  const known = error.systemCode ? SAVE_REASONS[lang][error.systemCode] : undefined;
  if (known) return known;
  const prefix = `Cannot save ${error.file}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** Runs the command line; never throws. */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const lang = pickLang(argv);
  try {
    return await dispatch(argv, lang, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(renderMessage(lang, error.messageId, error.data));
      return EXIT_USAGE_OR_FILE;
    }
    if (error instanceof WorkbookFileError) {
      io.err(
        renderMessage(lang, `file.${error.problem}`, { file: error.file, reason: writeReason(lang, error) }),
      );
      return EXIT_USAGE_OR_FILE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(renderMessage(lang, "internalError", { message }));
    return EXIT_USAGE_OR_FILE;
  }
}
