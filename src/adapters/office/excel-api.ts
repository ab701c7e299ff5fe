/**
 * The part of the Excel JavaScript API this add-in uses, as our own interfaces. Office code
 * is written against these, never against the `Excel` global, so the in-memory fake
 * (src/adapters/memory) can stand in for Excel in tests and browser tests. The real global
 * is checked against them at compile time (excel-api-conformance.ts): if @types/office-js
 * drifts, tsc fails there instead of the add-in failing in a user's Excel.
 *
 * Reads follow Excel: a scalar property is readable only after `load()` and
 * `context.sync()`. Writes are queued and applied at the next sync. In 2-D writes a `null`
 * entry leaves that cell unchanged; "" clears it.
 */

import type { ExcelDataValidation, ExcelRangeFormat } from "./excel-format-api";

export type * from "./excel-format-api";

export type ExcelCellValue = string | number | boolean;
/** What a 2-D write accepts per cell: null leaves the cell as it is. */
export type ExcelCellInput = ExcelCellValue | null;

export type ExcelErrorCode =
  | "PropertyNotLoaded"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "AccessDenied";

export interface ExcelApi {
  /** Excel.run: one batch with its own request context. A property, so tsc checks it strictly. */
  readonly run: <T>(batch: (context: ExcelRequestContext) => Promise<T>) => Promise<T>;
}

export interface ExcelRequestContext {
  readonly workbook: ExcelWorkbook;
  /** Applies every queued write and fills every queued load, in the order they were queued. */
  sync(): Promise<void>;
}

export interface ExcelWorkbook {
  /** The file name, "Kế hoạch 2025.xlsx" (ExcelApi 1.7). */
  readonly name: string;
  readonly worksheets: ExcelWorksheetCollection;
  readonly names: ExcelNamedItemCollection;
  load(propertyNames: "name" | "name"[]): ExcelWorkbook;
}

export type WorksheetCollectionProperty = "items/name" | "items/position" | "items/visibility";

export interface ExcelWorksheetCollection {
  /** Readable after load("items/name") and sync. */
  readonly items: ExcelWorksheet[];
  add(name?: string): ExcelWorksheet;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  load(propertyNames: WorksheetCollectionProperty | WorksheetCollectionProperty[]): ExcelWorksheetCollection;
}

export type NamedItemCollectionProperty = "items/name" | "items/formula" | "items/type" | "items/value";

export interface ExcelNamedItemCollection {
  readonly items: ExcelNamedItem[];
  /** `reference` is a formula such as "='Phụ lục 01'!$A$1:$N$30". */
  add(name: string, reference: string, comment?: string): ExcelNamedItem;
  load(propertyNames: NamedItemCollectionProperty | NamedItemCollectionProperty[]): ExcelNamedItemCollection;
}

export type NamedItemProperty = "name" | "formula" | "type" | "value";

export interface ExcelNamedItem {
  readonly name: string;
  /** "=Sheet1!$A$1:$B$2" for a range name (ExcelApi 1.7). */
  readonly formula: string;
  /** "Range", "String", "Double", "Error", … (ExcelApi 1.1). */
  readonly type: string;
  /** For a range name its address, "Sheet1!$A$1:$B$2"; else the name's computed value (ExcelApi 1.1). */
  readonly value: unknown;
  /** Removes the name (ExcelApi 1.4). */
  delete(): void;
  load(propertyNames: NamedItemProperty | NamedItemProperty[]): ExcelNamedItem;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export type WorksheetProperty = "name" | "position" | "visibility";

export interface ExcelWorksheet {
  name: string;
  readonly position: number;
  visibility: SheetVisibility;
  /** True when getItemOrNullObject found nothing; readable after a sync. */
  readonly isNullObject: boolean;
  readonly freezePanes: ExcelFreezePanes;
  readonly protection: ExcelWorksheetProtection;
  readonly pageLayout: ExcelPageLayout;
  /** Names scoped to this sheet (Excel gives a sheet copy its own copies of the sheet's names). */
  readonly names: ExcelNamedItemCollection;
  /** "A1", "A1:C3", whole columns "B:D" or whole rows "3:5". */
  getRange(address?: string): ExcelRange;
  /** Zero-based, as in Excel. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  /** The smallest range holding every used cell (A1 on an empty sheet). */
  getUsedRange(valuesOnly?: boolean): ExcelRange;
  activate(): void;
  /** Removes the sheet; fails (InvalidOperation) when it is the workbook's last visible sheet. */
  delete(): void;
  load(propertyNames: WorksheetProperty | WorksheetProperty[]): ExcelWorksheet;
}

export interface ExcelFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  /** Freezes the rows and columns of "A1:B3"-style range (from A1), inclusive. */
  freezeAt(frozenRange: string): void;
}

export interface ExcelProtectionOptions {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertRows?: boolean;
  allowDeleteRows?: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
}

export type WorksheetProtectionProperty = "protected" | "options";

export interface ExcelWorksheetProtection {
  readonly protected: boolean;
  /** What users may still do on the protected sheet; protect() with these restores it as it was. */
  readonly options: ExcelProtectionOptions;
  /** Fails (InvalidOperation) on a sheet that is already protected. */
  protect(options?: ExcelProtectionOptions, password?: string): void;
  unprotect(password?: string): void;
  load(propertyNames: WorksheetProtectionProperty | WorksheetProtectionProperty[]): ExcelWorksheetProtection;
}

/** The sizes we set; reading an existing workbook can give any of Excel's 40-odd names. */
export type PaperSize = "A4" | "A3" | "Letter" | "Legal";
export type PageOrientation = "Portrait" | "Landscape";

export interface PageZoom {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

export interface PrintMargins {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

export type PageLayoutProperty =
  "paperSize" | "orientation" | "zoom" | "topMargin" | "bottomMargin" | "leftMargin" | "rightMargin";

export interface ExcelPageLayout {
  get paperSize(): string;
  set paperSize(value: PaperSize);
  orientation: PageOrientation;
  zoom: PageZoom;
  /** Margins in points. */
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  setPrintMargins(unit: "Points" | "Inches" | "Centimeters", margins: PrintMargins): void;
  /** Rows repeated at the top of every printed page: "$1:$5". */
  setPrintTitleRows(rows: string): void;
  /** The only part of the sheet that prints: "$A$1:$C$80" (ExcelApi 1.9). */
  setPrintArea(printArea: string): void;
  load(propertyNames: PageLayoutProperty | PageLayoutProperty[]): ExcelPageLayout;
}

export type RangeProperty =
  | "address"
  | "values"
  | "formulas"
  | "numberFormat"
  | "rowHidden"
  | "columnHidden"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount";

export interface ExcelRange {
  /** Sheet-qualified: "'Phụ lục 01'!A1:C3". */
  readonly address: string;
  get values(): ExcelCellValue[][];
  set values(values: ExcelCellInput[][]);
  /** Invariant (en-US) formulas; a constant cell gives its value. */
  get formulas(): ExcelCellValue[][];
  set formulas(formulas: ExcelCellInput[][]);
  get numberFormat(): string[][];
  set numberFormat(formats: (string | null)[][]);
  /** Null when some rows (columns) are hidden and others are not. */
  get rowHidden(): boolean | null;
  set rowHidden(hidden: boolean);
  get columnHidden(): boolean | null;
  set columnHidden(hidden: boolean);
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  readonly worksheet: ExcelWorksheet;
  /** True, after a sync, when an *OrNullObject method found nothing. */
  readonly isNullObject: boolean;
  /** The part of this range inside `address` (same sheet), or a null object when they do not meet (ExcelApi 1.4). */
  getIntersectionOrNullObject(address: string): ExcelRange;
  /** Merged areas meeting this range, whole; a null object when there are none (ExcelApi 1.13; fails over 512). */
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  merge(across?: boolean): void;
  select(): void;
  load(propertyNames: RangeProperty | RangeProperty[]): ExcelRange;
}

export interface ExcelRangeAreas {
  /** Sheet-qualified rectangles separated by commas: "Sheet1!A1:B4, Sheet1!D1:D4". */
  readonly address: string;
  readonly isNullObject: boolean;
  load(propertyNames: "address" | "address"[]): ExcelRangeAreas;
}

/** Office.context.requirements: which API sets this Excel supports. */
export interface RequirementSetSupport {
  isSetSupported(name: string, minVersion?: string): boolean;
}
