/**
 * Browser mode's way into a workbook: an .xlsx file the user opened from the computer. The
 * bytes are checked first (old .xls, password, cut-off copy, not a workbook), so a wrong file
 * is refused at once with a sentence naming it; only a real workbook loads ExcelJS, which
 * comes with the rest of the file workspace in chunks of their own (xlsx-workspace.ts), so the
 * pane opens inside Excel without them. Nothing is sent anywhere: the file is read, changed
 * and saved in the browser's memory.
 */
import { bytesProblem } from "../../adapters/xlsx/file-problems";
import { OpenFileError } from "./open-file-error";
import type { Workspace } from "./workspace";

export { OpenFileError, type OpenProblem } from "./open-file-error";

/** Rejects with OpenFileError when the bytes are not a workbook ExcelJS can read. */
export async function openWorkbookFile(name: string, bytes: ArrayBuffer): Promise<Workspace> {
  const data = new Uint8Array(bytes);
  const problem = bytesProblem(data);
  if (problem) throw new OpenFileError(problem, name);
  const { openXlsxWorkspace } = await import(/* webpackChunkName: "xlsx-workspace" */ "./xlsx-workspace");
  return openXlsxWorkspace(name, data);
}
