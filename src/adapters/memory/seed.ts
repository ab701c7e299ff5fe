/**
 * How a test describes the workbook the fake starts with: sheets with cells (constants, or
 * "=…" formulas the fake never calculates), number formats, hidden rows and columns,
 * merges, visibility, protection with unlocked input cells, and defined names of the
 * workbook or of one sheet. Seeding is not a write: nothing here reaches the write log.
 */
import { parseA1 } from "../../domain/address/cell-address";
import type { ExcelCellValue, SheetVisibility } from "../office/excel-api";
import { mapArea, parseArea, type Area } from "./areas";
import {
  addSheetState,
  createEmptyWorkbook,
  ensureCell,
  findSheet,
  type SheetState,
  type WorkbookState,
} from "./workbook-state";

export interface InitialSheet {
  readonly name: string;
  /** A1 -> constant, or "=…" for a formula (stored as text, never calculated). */
  readonly cells?: Readonly<Record<string, ExcelCellValue>>;
  /** A1 -> number format code. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  /** "A1:C1", … */
  readonly merges?: readonly string[];
  readonly visibility?: SheetVisibility;
  readonly protected?: boolean;
  readonly password?: string;
  /** Areas ("B5:D9") whose cells are not locked, so a protected sheet still takes input there. */
  readonly unlocked?: readonly string[];
}

export interface InitialName {
  readonly name: string;
  readonly formula: string;
  /** The sheet a sheet-level name belongs to; absent for a workbook-level name. */
  readonly sheet?: string;
}

function area(text: string): Area {
  const parsed = parseArea(text);
  if (!parsed) throw new Error(`The fake cannot seed the area "${text}"`);
  return parsed;
}

function seedCells(sheet: SheetState, initial: InitialSheet): void {
  for (const [address, value] of Object.entries(initial.cells ?? {})) {
    const { row, col } = parseA1(address);
    const cell = ensureCell(sheet, row, col);
    const isFormula = typeof value === "string" && value.startsWith("=");
    cell.formula = isFormula ? value : null;
    cell.value = isFormula ? null : value;
  }
  for (const [address, format] of Object.entries(initial.numberFormats ?? {})) {
    const { row, col } = parseA1(address);
    ensureCell(sheet, row, col).numberFormat = format;
  }
  for (const text of initial.unlocked ?? [])
    mapArea(area(text), (r, c) => (ensureCell(sheet, r, c).format.locked = false));
}

function seedSheet(state: WorkbookState, initial: InitialSheet): void {
  const sheet = addSheetState(state, initial.name);
  seedCells(sheet, initial);
  initial.hiddenRows?.forEach((r) => sheet.hiddenRows.add(r));
  initial.hiddenColumns?.forEach((c) => sheet.hiddenColumns.add(c));
  sheet.merges = (initial.merges ?? []).map(area);
  sheet.visibility = initial.visibility ?? "Visible";
  if (initial.protected)
    Object.assign(sheet.protection, { protected: true, password: initial.password ?? null });
}

function seedName(state: WorkbookState, initial: InitialName): void {
  const sheet = initial.sheet === undefined ? null : findSheet(state, initial.sheet);
  if (initial.sheet !== undefined && !sheet) throw new Error(`The fake has no sheet "${initial.sheet}"`);
  state.names.push({
    name: initial.name,
    formula: initial.formula,
    comment: "",
    ...(sheet ? { sheetId: sheet.id } : {}),
  });
}

export interface InitialWorkbook {
  /** Defaults to one empty "Sheet1", as a new Excel workbook has. */
  readonly sheets?: readonly InitialSheet[];
  readonly names?: readonly InitialName[];
  readonly title?: string;
}

export function seedState(initial: InitialWorkbook): WorkbookState {
  const state = createEmptyWorkbook();
  if (initial.title !== undefined) state.title = initial.title;
  (initial.sheets ?? [{ name: "Sheet1" }]).forEach((s) => seedSheet(state, s));
  initial.names?.forEach((n) => seedName(state, n));
  state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  return state;
}
