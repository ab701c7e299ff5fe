/**
 * A small, strict argument parser for `kehoach`: a command, positional arguments and
 * --flags with values. Unknown flags are errors, so typos never pass silently.
 */
import { CliError } from "./errors";

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

export interface FlagSpec {
  /** Long name without dashes, e.g. "output". */
  readonly name: string;
  readonly short?: string;
  readonly takesValue: boolean;
}

function findSpec(specs: readonly FlagSpec[], token: string): FlagSpec | undefined {
  if (token.startsWith("--")) return specs.find((s) => s.name === token.slice(2));
  return specs.find((s) => s.short !== undefined && s.short === token.slice(1));
}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? "";
    if (!token.startsWith("-") || token === "-") {
      positional.push(token);
      continue;
    }
    const [head, inlineValue] = token.includes("=") ? token.split(/=(.*)/s, 2) : [token, undefined];
    const spec = findSpec(specs, head ?? token);
    if (!spec) throw new CliError("unknownOption", { option: head ?? token });
    if (!spec.takesValue) {
      flags.set(spec.name, true);
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new CliError("missingValue", { option: token });
    flags.set(spec.name, value);
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === "string" ? value : undefined;
}
