/**
 * The Workspace of the workbook open in Excel: each operation is one Office adapter call
 * (one Excel.run), with the API sets this Excel supports checked by the adapter first. Excel
 * keeps the file and computes its formulas itself, so there is nothing to save here and
 * reading gives the values Excel computed. The adapters come in a chunk of their own,
 * fetched on the first operation (or ahead of it, see state/prefetch.ts); a chunk that
 * cannot be fetched rejects that operation like an Excel error would.
 */
import type { ExcelConnection } from "../host";
import type { Workspace } from "./workspace";

export const loadOfficeAdapters = () => import(/* webpackChunkName: "office" */ "./office-adapters");

export function excelWorkspace({ excel, requirements }: ExcelConnection): Workspace {
  return {
    kind: "excel",
    fileName: null,
    read: async () => (await loadOfficeAdapters()).readWorkbook(excel, requirements),
    insertSheets: async (planner) => {
      const { insertSheets } = await loadOfficeAdapters();
      return (await insertSheets(excel, planner, requirements)).map((p) => p.sheetName);
    },
    removeSheets: async (names) => (await loadOfficeAdapters()).removeSheets(excel, names),
    applyFixes: async (fixes, validated) => (await loadOfficeAdapters()).applyFixes(excel, fixes, validated),
    undoBatch: async (batch) => (await loadOfficeAdapters()).undoBatch(excel, batch),
    select: async (sheet, range) => {
      await (await loadOfficeAdapters()).selectCell(excel, sheet, range);
      return true;
    },
    save: () => Promise.resolve(null),
  };
}
