/**
 * The formatting and data-validation part of our Excel JS API subset (see excel-api.ts,
 * which re-exports it): range format, font, fill, borders, cell protection and
 * validation rules, with Excel's names and value spellings.
 */

export type HorizontalAlignment =
  "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
export type VerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
export type RangeFormatProperty =
  "horizontalAlignment" | "verticalAlignment" | "wrapText" | "columnWidth" | "rowHeight";

/** Format properties read back null when the cells of the range differ. */
export interface ExcelRangeFormat {
  get horizontalAlignment(): HorizontalAlignment | null;
  set horizontalAlignment(value: HorizontalAlignment);
  get verticalAlignment(): VerticalAlignment | null;
  set verticalAlignment(value: VerticalAlignment);
  get wrapText(): boolean | null;
  set wrapText(value: boolean);
  /** In points (see column-width.ts for the character-unit conversion). */
  get columnWidth(): number | null;
  set columnWidth(value: number);
  /** In points, 0 to 409; reads back null when the rows differ. */
  get rowHeight(): number | null;
  set rowHeight(value: number);
  readonly font: ExcelRangeFont;
  readonly fill: ExcelRangeFill;
  readonly borders: ExcelRangeBorderCollection;
  readonly protection: ExcelFormatProtection;
  load(propertyNames: RangeFormatProperty | RangeFormatProperty[]): ExcelRangeFormat;
}

export type RangeFontProperty = "bold" | "italic" | "size" | "name" | "color";

export interface ExcelRangeFont {
  get bold(): boolean | null;
  set bold(value: boolean);
  get italic(): boolean | null;
  set italic(value: boolean);
  get size(): number | null;
  set size(value: number);
  get name(): string | null;
  set name(value: string);
  /** "#C00000"; reads back null when the cells differ. */
  get color(): string | null;
  set color(value: string);
  load(propertyNames: RangeFontProperty | RangeFontProperty[]): ExcelRangeFont;
}

export interface ExcelRangeFill {
  /** "#FFF2CC"; reads back null when the cells differ and "" when there is no fill. */
  get color(): string | null;
  set color(value: string);
  load(propertyNames: "color" | "color"[]): ExcelRangeFill;
}

export type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
export type BorderLineStyle =
  "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";
export type BorderWeight = "Hairline" | "Thin" | "Medium" | "Thick";
export type RangeBorderProperty = "style" | "weight" | "color";

export interface ExcelRangeBorderCollection {
  getItem(index: BorderIndex): ExcelRangeBorder;
}

export interface ExcelRangeBorder {
  get style(): BorderLineStyle | null;
  set style(value: BorderLineStyle);
  get weight(): BorderWeight | null;
  set weight(value: BorderWeight);
  get color(): string | null;
  set color(value: string);
  load(propertyNames: RangeBorderProperty | RangeBorderProperty[]): ExcelRangeBorder;
}

export interface ExcelFormatProtection {
  get locked(): boolean | null;
  set locked(value: boolean);
  load(propertyNames: "locked" | "locked"[]): ExcelFormatProtection;
}

export type DataValidationOperator =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqualTo"
  | "LessThanOrEqualTo";

/**
 * Excel's types allow a Range as a rule operand; we write numbers, ISO dates and formulas,
 * and Excel reads every operand back as a formula ("=0"). Only the address of a Range
 * operand is typed, which keeps the conformance check free of a Range-in-Range cycle.
 */
export interface RangeOperand {
  readonly address: string;
}

export interface BasicDataValidation {
  formula1: string | number | RangeOperand;
  formula2?: string | number | RangeOperand;
  operator: DataValidationOperator;
}

export interface DateDataValidation {
  /** An ISO 8601 date ("2025-01-01"), a range or a formula. */
  formula1: string | Date | RangeOperand;
  formula2?: string | Date | RangeOperand;
  operator: DataValidationOperator;
}

export interface ListDataValidation {
  inCellDropDown: boolean;
  /** Comma-separated items, a range or a formula ("=$A$1:$A$5"). */
  source: string | RangeOperand;
}

/** Exactly one member is set, as in Excel. */
export interface DataValidationRule {
  decimal?: BasicDataValidation;
  wholeNumber?: BasicDataValidation;
  date?: DateDataValidation;
  list?: ListDataValidation;
}

export interface DataValidationErrorAlert {
  message: string;
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
}

export interface ExcelDataValidation {
  rule: DataValidationRule;
  errorAlert: DataValidationErrorAlert;
  load(propertyNames: ("rule" | "errorAlert") | ("rule" | "errorAlert")[]): ExcelDataValidation;
}
