/**
 * Small grids written in A1 notation for the pure tests: a number, text or boolean is a
 * constant, text starting with "=" a formula saved without a result (as our own files
 * are), and { f, v } a formula with the result the file caches.
 */
import { parseA1, type RangeAddress } from "../../../src/domain/address/cell-address";
import {
  cellKey,
  type DefinedName,
  type GridCell,
  type SheetGrid,
  type WorkbookGrid,
} from "../../../src/domain/workbook";

export type CellInput = number | string | boolean | { readonly f: string; readonly v: number | string };

function gridCell(input: CellInput): GridCell {
  if (typeof input === "object")
    return { value: input.v, valueKnown: true, formula: input.f, numberFormat: "General" };
  if (typeof input === "string" && input.startsWith("=")) {
    return { value: null, valueKnown: false, formula: input, numberFormat: "General" };
  }
  return { value: input, valueKnown: true, formula: null, numberFormat: "General" };
}

export function sheetGrid(name: string, cells: Readonly<Record<string, CellInput>>): SheetGrid {
  const map = new Map<number, GridCell>();
  let maxRow = 0;
  let maxCol = 0;
  for (const [a1, input] of Object.entries(cells)) {
    const { row, col } = parseA1(a1);
    map.set(cellKey(row, col), gridCell(input));
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  }
  return {
    name,
    visible: true,
    protected: false,
    cells: map,
    maxRow,
    maxCol,
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    merges: [],
  };
}

export function workbookGrid(sheets: readonly SheetGrid[], names: readonly DefinedName[] = []): WorkbookGrid {
  return { source: "test.xlsx", sheets, names };
}

export function definedName(name: string, sheet: string, range: RangeAddress): DefinedName {
  return { name, sheet, range, reference: `'${sheet}'!…` };
}

export function valueAt(grid: WorkbookGrid, sheet: string, a1: string): GridCell | undefined {
  const { row, col } = parseA1(a1);
  return grid.sheets.find((s) => s.name === sheet)?.cells.get(cellKey(row, col));
}
