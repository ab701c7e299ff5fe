/**
 * Reads the open workbook into the read port's grids for recognition and validation, in
 * one Excel.run that never writes. Excel lists sheets only after a sync, so:
 * sync 1 lists sheets (name, visibility), workbook names and the file name; sync 2 asks
 * every sheet at once for its used range, protection, sheet names, merged areas and the
 * cells of a fixed top-left window (read/first-reads.ts). A workbook whose sheets fit that
 * window (every plan we know) is read in these two syncs, whatever the number of sheets.
 * Bigger sheets add syncs for the rest, each response kept well under Excel on the web's
 * 5 MB (read/read-plan.ts), so their number grows with the cells, never with the sheets.
 *
 * Merged areas need ExcelApi 1.13; older Excel gives grids without merges. Excel refuses
 * merged areas on a range meeting more than 512 of them; the read is then done once more
 * without merges rather than failing.
 */
import type { WorkbookGrid } from "../../domain/workbook";
import type { ExcelApi, ExcelRequestContext, RequirementSetSupport } from "./excel-api";
import { collectFirstReads, queueFirstReads } from "./read/first-reads";
import { loadNames, readNames } from "./read/names";
import { firstWindow } from "./read/read-plan";
import { readRemainders } from "./read/remainder";
import { toSheetGrid } from "./read/sheet-parts";
import { assertExcelSupports } from "./requirements";

const MERGED_AREAS_API = "1.13";
const WORKBOOK_NAME_API = "1.7";
/** Where Excel cannot tell the file name (before ExcelApi 1.7). */
export const UNNAMED_WORKBOOK = "Sổ tính đang mở";

interface ReadOptions {
  readonly merges: boolean;
  readonly workbookName: boolean;
}

async function readAll(context: ExcelRequestContext, options: ReadOptions): Promise<WorkbookGrid> {
  const { workbook } = context;
  workbook.worksheets.load(["items/name", "items/visibility"]);
  const names = loadNames(workbook.names);
  if (options.workbookName) workbook.load("name");
  await context.sync();
  const window = firstWindow(workbook.worksheets.items.length);
  const sheets = workbook.worksheets.items.map((sheet) => queueFirstReads(sheet, window, options.merges));
  await context.sync();
  sheets.forEach(collectFirstReads);
  await readRemainders(context, sheets, window);
  return {
    source: options.workbookName ? workbook.name : UNNAMED_WORKBOOK,
    sheets: sheets.map((s) => toSheetGrid(s.parts)),
    names: [...readNames(names), ...sheets.flatMap((s) => readNames(s.names))],
  };
}

/**
 * Throws ExcelTooOldError before touching the workbook when Excel lacks ExcelApi 1.4;
 * pass Office.context.requirements.
 */
export async function readWorkbook(
  excel: ExcelApi,
  requirements: RequirementSetSupport,
): Promise<WorkbookGrid> {
  assertExcelSupports(requirements, "read");
  const options: ReadOptions = {
    merges: requirements.isSetSupported("ExcelApi", MERGED_AREAS_API),
    workbookName: requirements.isSetSupported("ExcelApi", WORKBOOK_NAME_API),
  };
  try {
    return await excel.run((context) => readAll(context, options));
  } catch (error) {
    if (!options.merges) throw error;
    return excel.run((context) => readAll(context, { ...options, merges: false }));
  }
}
