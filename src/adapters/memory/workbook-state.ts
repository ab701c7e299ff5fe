/**
 * The fake workbook's live data: sheets, cells with their formats, layout, protection,
 * print setup, defined names, the active sheet and the selection. Only queued commands
 * (run at sync) and the test-facing inspection read or change it; proxies never touch it
 * directly.
 */
import { toA1 } from "../../domain/address/cell-address";
import type {
  BorderLineStyle,
  BorderWeight,
  DataValidationErrorAlert,
  DataValidationRule,
  ExcelCellValue,
  ExcelProtectionOptions,
  HorizontalAlignment,
  PageOrientation,
  PageZoom,
  SheetVisibility,
  VerticalAlignment,
} from "../office/excel-api";
import type { Area } from "./areas";

export interface BorderState {
  readonly style: BorderLineStyle;
  readonly weight: BorderWeight;
  readonly color: string;
}

export type CellEdge = "top" | "bottom" | "left" | "right";

/** Only what was set; unset members read as CELL_FORMAT_DEFAULTS. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontName?: string;
  /** "#RRGGBB". */
  fontColor?: string;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  wrap?: boolean;
  /** "#RRGGBB"; absent = no fill. */
  fill?: string;
  locked?: boolean;
  borders?: Partial<Record<CellEdge, BorderState>>;
}

/** Excel's defaults for a new workbook (Calibri 11, General alignment, locked cells). */
export const CELL_FORMAT_DEFAULTS = {
  bold: false,
  italic: false,
  size: 11,
  fontName: "Calibri",
  fontColor: "#000000",
  horizontal: "General" as HorizontalAlignment,
  vertical: "Bottom" as VerticalAlignment,
  wrap: false,
  locked: true,
} as const;

export const GENERAL = "General";
/** 8.43 characters = 64 px = 48 pt, Excel's standard column. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
/** 20 px, Excel's standard row under Calibri 11. */
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

export interface CellState {
  readonly row: number;
  readonly col: number;
  /** null = empty, or a formula whose result nobody has set (the fake does not calculate). */
  value: ExcelCellValue | null;
  /** Invariant formula text with "=", or null for a constant. */
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
}

export interface ValidationState {
  readonly area: Area;
  rule: DataValidationRule | null;
  errorAlert: DataValidationErrorAlert;
}

export interface ProtectionState {
  protected: boolean;
  password: string | null;
  options: ExcelProtectionOptions;
}

export interface PageState {
  paperSize: string;
  orientation: PageOrientation;
  zoom: PageZoom;
  /** Points. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** "$1:$5" or null. */
  printTitleRows: string | null;
  /** "$A$1:$C$80"; absent until set (the whole used range prints). */
  printArea?: string;
}

export interface SheetState {
  readonly id: number;
  name: string;
  visibility: SheetVisibility;
  readonly cells: Map<string, CellState>;
  /** Points per 1-based column; absent = standard width. */
  readonly columnWidths: Map<number, number>;
  /** Points per 1-based row; absent = standard height. */
  readonly rowHeights: Map<number, number>;
  readonly hiddenRows: Set<number>;
  readonly hiddenColumns: Set<number>;
  merges: Area[];
  validations: ValidationState[];
  readonly protection: ProtectionState;
  readonly page: PageState;
  freeze: { rows: number; columns: number } | null;
}

export interface NameState {
  readonly name: string;
  /** "='Phụ lục 01'!$A$1:$N$30"; Excel rewrites it to "=#REF!…" when its sheet is deleted. */
  formula: string;
  readonly comment: string;
  /** The sheet a sheet-level name belongs to; absent for a workbook-level name. */
  readonly sheetId?: number;
}

export interface WorkbookState {
  /** The file name Excel shows. */
  title: string;
  readonly sheets: SheetState[];
  readonly names: NameState[];
  activeSheetId: number | null;
  selection: { sheetId: number; area: Area } | null;
  nextSheetId: number;
}

/** Excel's print defaults for a new sheet: Letter, portrait, 0.75" top/bottom, 0.7" sides. */
function defaultPage(): PageState {
  return {
    paperSize: "Letter",
    orientation: "Portrait",
    zoom: { scale: 100 },
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4 },
    printTitleRows: null,
  };
}

export function createEmptyWorkbook(): WorkbookState {
  return { title: "Book1.xlsx", sheets: [], names: [], activeSheetId: null, selection: null, nextSheetId: 1 };
}

export function addSheetState(state: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: state.nextSheetId++,
    name,
    visibility: "Visible",
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merges: [],
    validations: [],
    protection: { protected: false, password: null, options: {} },
    page: defaultPage(),
    freeze: null,
  };
  state.sheets.push(sheet);
  return sheet;
}

/** Excel compares sheet and defined names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleLowerCase("vi") === b.normalize("NFC").toLocaleLowerCase("vi");
}

export function findSheet(state: WorkbookState, name: string): SheetState | null {
  return state.sheets.find((s) => sameName(s.name, name)) ?? null;
}

/** Names are unique within their scope: the workbook (sheetId absent) or one sheet. */
export function findName(state: WorkbookState, name: string, sheetId?: number): NameState | null {
  return state.names.find((n) => n.sheetId === sheetId && sameName(n.name, name)) ?? null;
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(toA1({ row, col }));
}

export function ensureCell(sheet: SheetState, row: number, col: number): CellState {
  const key = toA1({ row, col });
  const existing = sheet.cells.get(key);
  if (existing) return existing;
  const created: CellState = { row, col, value: null, formula: null, numberFormat: GENERAL, format: {} };
  sheet.cells.set(key, created);
  return created;
}

export function hasContent(cell: CellState): boolean {
  return cell.formula !== null || (cell.value !== null && cell.value !== "");
}
