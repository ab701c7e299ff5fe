/**
 * Workbooks written in A1 notation for the validation tests: a number, text or boolean is
 * a constant, text starting with "=" a formula saved without a result (as our own files
 * and ExcelJS's dropped zeros are), { f, v } a formula with the result the file caches
 * (and { f, format } one shown with a number format, such as a rate in "0.00%"), and
 * { error } a constant error value.
 */
import { parseA1 } from "../../../src/domain/address/cell-address";
import {
  cellKey,
  type DefinedName,
  type ErrorValue,
  type GridCell,
  type GridValue,
  type SheetGrid,
  type WorkbookGrid,
} from "../../../src/domain/workbook";

export type CellInput =
  | number
  | string
  | boolean
  | { readonly error: ErrorValue }
  | { readonly f: string; readonly v?: GridValue; readonly format?: string };

export type SheetCells = Readonly<Record<string, CellInput | null>>;
export type SheetsInput = Readonly<Record<string, SheetCells>>;

function gridCell(input: CellInput): GridCell {
  if (typeof input === "object" && "f" in input) {
    const known = input.v !== undefined;
    return {
      value: input.v ?? null,
      valueKnown: known,
      formula: input.f,
      numberFormat: input.format ?? "General",
    };
  }
  if (typeof input === "object")
    return { value: input, valueKnown: true, formula: null, numberFormat: "General" };
  if (typeof input === "string" && input.startsWith("=")) {
    return { value: null, valueKnown: false, formula: input, numberFormat: "General" };
  }
  return { value: input, valueKnown: true, formula: null, numberFormat: "General" };
}

export function sheetGrid(name: string, cells: SheetCells, hiddenRows: readonly number[] = []): SheetGrid {
  const map = new Map<number, GridCell>();
  let maxRow = 0;
  let maxCol = 0;
  for (const [a1, input] of Object.entries(cells)) {
    if (input === null) continue;
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
    hiddenRows: new Set(hiddenRows),
    hiddenCols: new Set(),
    merges: [],
  };
}

export function workbookOf(sheets: SheetsInput, names: readonly DefinedName[] = []): WorkbookGrid {
  return {
    source: "test.xlsx",
    sheets: Object.entries(sheets).map(([name, cells]) => sheetGrid(name, cells)),
    names,
  };
}
