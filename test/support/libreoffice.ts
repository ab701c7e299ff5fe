/**
 * LibreOffice as an independent formula engine for tests: it opens an .xlsx we wrote,
 * recalculates every formula and saves the results into a copy, which readValues turns
 * into plain values. By default LibreOffice trusts cached results in .xlsx files, so each
 * call runs with a fresh profile whose settings force recalculation on load
 * (OOXMLRecalcMode 0, /work/shared/real-files.md); a fresh profile also keeps parallel
 * calls from fighting over one profile's lock.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const TIMEOUT_MS = 120_000;

export interface RecalculateOptions {
  /** The LibreOffice program to run; "soffice" on PATH unless given. */
  readonly soffice?: string;
}

const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export class LibreOfficeError extends Error {
  override name = "LibreOfficeError";
}

async function freshProfile(): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), "lo-profile-"));
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ALWAYS);
  return profile;
}

interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** What soffice printed, on one line. */
function output(run: RunResult): string {
  return (run.stderr.trim() || run.stdout.trim() || "no output").replace(/\s*\n\s*/g, "; ");
}

function runSoffice(soffice: string, args: readonly string[]): Promise<RunResult> {
  return new Promise((done, fail) => {
    execFile(soffice, args, { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      if (!error) return done({ stdout, stderr });
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        return fail(
          new LibreOfficeError(
            `${soffice} not found on PATH: install LibreOffice (Debian: libreoffice-calc-nogui)`,
          ),
        );
      }
      fail(
        new LibreOfficeError(
          `${soffice} failed (${error.message.split("\n")[0]}): ${output({ stdout, stderr })}`,
        ),
      );
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Recalculates `xlsxPath` and writes the result as `outDir/<same name>.xlsx`; returns that path. */
export async function recalculate(
  xlsxPath: string,
  outDir: string,
  options: RecalculateOptions = {},
): Promise<string> {
  const soffice = options.soffice ?? "soffice";
  const converted = join(outDir, `${basename(xlsxPath, extname(xlsxPath))}.xlsx`);
  if (resolve(converted) === resolve(xlsxPath))
    throw new LibreOfficeError(`Output would overwrite the input: ${xlsxPath}`);
  await mkdir(outDir, { recursive: true });
  await rm(converted, { force: true });
  const profile = await freshProfile();
  try {
    const profileUrl = pathToFileURL(profile).href;
    const args = [
      `-env:UserInstallation=${profileUrl}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      xlsxPath,
    ];
    const run = await runSoffice(soffice, args);
    if (!(await exists(converted)))
      throw new LibreOfficeError(`${soffice} wrote no ${converted}: ${output(run)}`);
    return converted;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

export type ComputedValue = number | string | boolean | null;

function textOf(value: ExcelJS.CellValue): ComputedValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("text" in value) return typeof value.text === "string" ? value.text : textOf(value.text);
  return null;
}

/**
 * `cell.result`, not `cell.value.result`: ExcelJS leaves a cached 0 out of the value
 * object (real-files.md) but keeps it in `result`. The one result it cannot carry is
 * empty text (`<v></v>`); after LibreOffice has recalculated, every formula has a
 * cached result, so a missing one is "".
 */
function computed(cell: ExcelJS.Cell): ComputedValue {
  if (!cell.formula) return textOf(cell.value);
  const result = cell.result;
  return result === undefined ? "" : textOf(result);
}

function isCoveredByMerge(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/**
 * The computed value of every non-empty cell of `sheetName`, keyed by A1 address; the
 * covered parts of merged areas are left out (ExcelJS repeats the top-left value there).
 */
export async function readValues(path: string, sheetName: string): Promise<Record<string, ComputedValue>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) {
    const known = workbook.worksheets.map((s) => s.name).join(", ");
    throw new Error(`${path} has no sheet "${sheetName}" (sheets: ${known})`);
  }
  const values: Record<string, ComputedValue> = {};
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!isCoveredByMerge(cell)) values[cell.address] = computed(cell);
    }),
  );
  return values;
}
