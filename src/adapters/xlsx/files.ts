/**
 * Reading and saving .xlsx files for the command line. Every failure becomes a
 * WorkbookFileError with one line naming the file and the cause (missing, old .xls,
 * not a workbook, cut off, password-protected, not writable). Saving goes through a
 * temporary file in the same folder and a rename, so a failed save never leaves the
 * user's workbook half written.
 */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { bytesProblem } from "./file-problems";
import { loadWorkbookBytes, WorkbookBytesError, workbookToBytes } from "./load-workbook";
import { readError, writeError, WorkbookFileError, type ReadProblem } from "./workbook-file-error";

function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why the operating system would not hand over the bytes; anything else is reported as is. */
const READ_PROBLEMS: Readonly<Record<string, ReadProblem>> = {
  ENOENT: "missing",
  ENOTDIR: "missing",
  EISDIR: "folder",
  EACCES: "unreadable",
  EPERM: "unreadable",
};

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const problem = READ_PROBLEMS[errorCode(error) ?? ""];
    throw problem ? readError(problem, file) : readError("unreadable", file, errorText(error));
  }
}

function checkKind(file: string, bytes: Buffer): void {
  const problem = bytesProblem(bytes);
  if (problem) throw readError(problem, file);
}

async function loadWorkbook(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbookBytes(bytes);
  } catch (error) {
    if (error instanceof WorkbookBytesError) throw readError(error.problem, file, error.detail ?? undefined);
    throw error;
  }
}

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(file);
  checkKind(file, bytes);
  return loadWorkbook(file, bytes);
}

const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "the folder does not exist",
  ENOTDIR: "part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied (the file or folder is read-only, or the file is open in another program)",
  EPERM: "permission denied (the file or folder is read-only, or the file is open in another program)",
  EBUSY: "the file is open in another program; close it and try again",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
};

function writeFailure(file: string, error: unknown, leftover: string | null): WorkbookFileError {
  const reason = WRITE_REASONS[errorCode(error) ?? ""] ?? errorText(error);
  return writeError(
    file,
    leftover ? `${reason}; the temporary file ${leftover} could not be removed` : reason,
    errorCode(error) ?? null,
  );
}

function temporaryPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/** Returns the temporary file's path when it is still there after trying to remove it. */
async function removeTemporary(temporary: string): Promise<string | null> {
  try {
    await rm(temporary, { force: true });
    return null;
  } catch (error) {
    /** A path through a file (ENOTDIR) never held the temporary file. */
    return errorCode(error) === "ENOTDIR" ? null : temporary;
  }
}

export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const bytes = await workbookToBytes(workbook);
  const temporary = temporaryPath(file);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    throw writeFailure(file, error, await removeTemporary(temporary));
  }
}

export { WorkbookFileError, type WorkbookFileProblem } from "./workbook-file-error";
