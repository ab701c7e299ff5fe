/**
 * Looking sheets and cells up by name for the rules, with one name -> sheet map per grid
 * (built once, kept in a WeakMap), so a rule that reads thousands of cells never scans
 * the sheet list per cell. Sheet names match case-insensitively, as in Excel.
 */
import { cellKey, type GridCell, type SheetGrid, type WorkbookGrid } from "../workbook";

const SHEETS = new WeakMap<WorkbookGrid, ReadonlyMap<string, SheetGrid>>();

function sheetMap(grid: WorkbookGrid): ReadonlyMap<string, SheetGrid> {
  let map = SHEETS.get(grid);
  if (!map) {
    map = new Map(grid.sheets.map((sheet) => [sheet.name.toUpperCase(), sheet]));
    SHEETS.set(grid, map);
  }
  return map;
}

export function sheetNamed(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  return sheetMap(grid).get(name.toUpperCase());
}

export function gridCell(grid: WorkbookGrid, sheet: string, row: number, col: number): GridCell | undefined {
  return sheetNamed(grid, sheet)?.cells.get(cellKey(row, col));
}

/** Position of each sheet in the workbook, for ordering issues as the user sees the tabs. */
export function sheetOrder(grid: WorkbookGrid): ReadonlyMap<string, number> {
  return new Map(grid.sheets.map((sheet, i) => [sheet.name, i]));
}
