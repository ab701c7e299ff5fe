/**
 * The Workspace of an .xlsx file opened in a plain browser, over ExcelJS (loaded only here,
 * see file-workspace.ts). Reading computes every formula the file holds without a result;
 * once the pane has written into the workbook, the file's cached results are out of date, so
 * every formula is computed from the cells instead (a fixed SUM changes the totals above it).
 * Saving stores those values as the cached results and asks Excel to recalculate on open.
 * There is no grid to move in, so selecting a cell says so (false) instead.
 */
import type ExcelJS from "exceljs";
import { applyFixes, undoBatch, type AppliedBatch } from "../../adapters/xlsx/apply-fixes";
import { storeComputedResults } from "../../adapters/xlsx/cached-results";
import { insertSheetsIntoWorkbook } from "../../adapters/xlsx/insert-templates";
import { loadWorkbookBytes, WorkbookBytesError, workbookToBytes } from "../../adapters/xlsx/load-workbook";
import { readWorkbookGrid } from "../../adapters/xlsx/read-workbook";
import { removeSheetsFromWorkbook } from "../../adapters/xlsx/remove-sheets";
import { computeValues, type ComputedGrid } from "../../domain/grid-values";
import { OpenFileError } from "./open-file-error";
import type { Workspace } from "./workspace";

/** Runs synchronous ExcelJS work so that a throw becomes a rejection, as the port promises. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => resolve(work()));
}

class XlsxWorkspace implements Workspace {
  readonly kind = "file";
  /** True once the pane has written: the file's cached formula results no longer hold. */
  private stale = false;

  constructor(
    readonly fileName: string,
    private readonly workbook: ExcelJS.Workbook,
  ) {}

  private grid(): ComputedGrid {
    return computeValues(readWorkbookGrid(this.workbook, this.fileName), { staleResults: this.stale });
  }

  read = () => settle(() => this.grid());

  /** New sheets change no existing cell, so the cached results of the others still hold. */
  insertSheets = (planner: Parameters<Workspace["insertSheets"]>[0]) =>
    settle(() => insertSheetsIntoWorkbook(this.workbook, planner).map((p) => p.sheetName));

  removeSheets = (names: readonly string[]) => settle(() => removeSheetsFromWorkbook(this.workbook, names));

  applyFixes = (...args: Parameters<Workspace["applyFixes"]>) =>
    settle(() => this.batch(applyFixes(this.workbook, ...args)));

  undoBatch = (batch: AppliedBatch) => settle(() => this.batch(undoBatch(this.workbook, batch)));

  select = () => Promise.resolve(false);

  save = async () => {
    if (this.stale) storeComputedResults(this.workbook, this.grid());
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    return workbookToBytes(this.workbook);
  };

  private batch(batch: AppliedBatch): AppliedBatch {
    this.stale ||= batch.after.length > 0;
    return batch;
  }
}

/** Rejects with OpenFileError when ExcelJS cannot read the bytes as a workbook. */
export async function openXlsxWorkspace(fileName: string, bytes: Uint8Array): Promise<Workspace> {
  try {
    return new XlsxWorkspace(fileName, await loadWorkbookBytes(bytes));
  } catch (error) {
    if (error instanceof WorkbookBytesError) throw new OpenFileError(error.problem, fileName, error.detail);
    throw error;
  }
}
