/**
 * Reads the program files (src/domain/programs/data/*.json) for the command line and the
 * tests, checking each against schema.json and validate-program.ts, so a broken file stops
 * the tool with a message naming the file and the problem instead of a wrong plan later.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { createProgramRegistry, type ProgramRegistry } from "../../domain/programs/registry";
import type { ProgramFile } from "../../domain/programs/types";
import { validateProgram } from "../../domain/programs/validate-program";

const PROGRAMS_DIR = path.join("src", "domain", "programs");

export class ProgramFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Program file ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ProgramFileError";
  }
}

/**
 * The folder holding package.json, found by walking up, so the same code works from src/
 * under ts-jest and from the compiled lib/ folder.
 */
export function packageRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${start}`);
    dir = up;
  }
  return dir;
}

export function programDataDir(): string {
  return path.join(packageRoot(), PROGRAMS_DIR, "data");
}

let schemaValidator: ValidateFunction | undefined;

function validateSchema(): ValidateFunction {
  if (!schemaValidator) {
    const schema = JSON.parse(
      readFileSync(path.join(packageRoot(), PROGRAMS_DIR, "schema.json"), "utf8"),
    ) as object;
    schemaValidator = new Ajv({ allErrors: true }).compile(schema);
  }
  return schemaValidator;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "(file)" : error.instancePath;
  const extra =
    error.keyword === "additionalProperties" ? ` ("${String(error.params.additionalProperty)}")` : "";
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

/** Schema first (so semantic checks can trust the shape), then the semantic checks. */
export function checkProgramData(data: unknown, file: string): ProgramFile {
  const validate = validateSchema();
  if (!validate(data)) throw new ProgramFileError(file, (validate.errors ?? []).map(describeSchemaError));
  const program = data as ProgramFile;
  const problems = validateProgram(program).map((p) => `${p.path}: ${p.message}`);
  if (problems.length) throw new ProgramFileError(file, problems);
  return program;
}

export function loadProgramFile(file: string): ProgramFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ProgramFileError(file, [error instanceof Error ? error.message : String(error)]);
  }
  return checkProgramData(data, file);
}

/** Every program file in `dir`, in file-name order. */
export function loadPrograms(dir: string = programDataDir()): ProgramFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => loadProgramFile(path.join(dir, name)));
}

export function loadProgramRegistry(dir?: string): ProgramRegistry {
  return createProgramRegistry(loadPrograms(dir));
}
