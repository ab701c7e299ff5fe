/**
 * Real workbooks for the validation tests: the example plan (seed 004, xã Ba Dinh 2025)
 * and fresh plans written by the command line's own path, both read back through ExcelJS
 * as the command line reads them; and a way to change a few cells of a grid, as a user
 * typing over a sheet would.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { insertTemplatesIntoWorkbook } from "../../../src/adapters/xlsx/insert-templates";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/read-workbook";
import { parseA1 } from "../../../src/domain/address/cell-address";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import { TEMPLATE_IDS } from "../../../src/domain/sheet-plan";
import { planInsertion } from "../../../src/domain/templates/plan-insertion";
import { cellKey, type GridCell, type WorkbookGrid } from "../../../src/domain/workbook";
import { sheetGrid, type SheetCells } from "./grid";

export const EXAMPLE_PLAN = join(__dirname, "..", "..", "..", "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");

export async function loadExample(): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE_PLAN);
  return readWorkbookGrid(workbook, "ke-hoach-2025-xa-ba-dinh.xlsx");
}

/** Every standard sheet, as `kehoach new` writes them, saved and opened again. */
export async function freshPlan(program: ProgramFile, settings: PlanSettings): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  insertTemplatesIntoWorkbook(workbook, { templates: TEMPLATE_IDS, program, settings }, planInsertion);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(await workbook.xlsx.writeBuffer());
  return readWorkbookGrid(reopened, "ke-hoach-moi.xlsx");
}

/** The grid with some cells of one sheet replaced (null empties a cell). */
export function withCells(grid: WorkbookGrid, sheetName: string, changes: SheetCells): WorkbookGrid {
  const replacement = sheetGrid(sheetName, changes);
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const cells = new Map<number, GridCell>(sheet.cells);
      for (const [a1, input] of Object.entries(changes)) {
        const { row, col } = parseA1(a1);
        const key = cellKey(row, col);
        const cell = replacement.cells.get(key);
        if (input === null || !cell) cells.delete(key);
        else cells.set(key, cell);
      }
      return { ...sheet, cells };
    }),
  };
}
