/**
 * Turns .xlsx bytes into an ExcelJS workbook and back. Loading fails with a typed problem
 * rather than ExcelJS's own words: a damaged zip, or a zip that holds no worksheet (a Word
 * file renamed .xlsx loads as a workbook without sheets). Shared by the command line
 * (files.ts) and the pane's browser mode, which has no file system.
 */
import ExcelJS from "exceljs";
import type { ReadProblem } from "./workbook-file-error";

export class WorkbookBytesError extends Error {
  constructor(
    readonly problem: Extract<ReadProblem, "damaged" | "not-a-workbook">,
    /** ExcelJS's own complaint about a damaged file; null when there is none. */
    readonly detail: string | null,
  ) {
    super(detail ?? problem);
    this.name = "WorkbookBytesError";
  }
}

/** ExcelJS types its input as an ArrayBuffer-like "Buffer" of its own; it takes any byte array. */
type ExcelJsBytes = Parameters<ExcelJS.Xlsx["load"]>[0];

export async function loadWorkbookBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJsBytes);
  } catch (error) {
    throw new WorkbookBytesError("damaged", error instanceof Error ? error.message : String(error));
  }
  if (workbook.worksheets.length === 0) throw new WorkbookBytesError("not-a-workbook", null);
  return workbook;
}

export async function workbookToBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
