/**
 * The typed format of a sheet template. A template is data: titles, columns, where its
 * rows come from (fixed rows, the program catalog, the indicator list, the settings) and,
 * per row role and column, what each cell holds: a label, an input, a formula declared as
 * an operation, or a link to "Thông tin chung". One generic renderer turns any spec into a
 * SheetPlan; no template knows a row or column number.
 */
import type { CapitalType } from "../programs/types";
import type { HorizontalAlign, PlannedValue, TemplateId } from "../sheet-plan";
import type { Indicator } from "./indicators";
import type { SettingKey } from "./column-keys";

/** What a cell holds, which fixes its number format, validation and alignment. */
export type ValueKind =
  | "text"
  | "amount"
  | "percent"
  | "count"
  | "year"
  | "date"
  | "level"
  | "group"
  /** A small amount in triệu đồng with decimals (the tolerance of sums: 0,5). */
  | "tolerance"
  | "language";

/** A cell by row key and column key; either defaults to the cell's own row or column. */
export interface CellRef<C extends string = string> {
  readonly row?: string;
  readonly col?: C;
}

/** Every body row whose role is listed (e.g. the Dự án rows of Phụ lục 01). */
export interface RowSelector {
  readonly roles: readonly string[];
}

/** One column over the selected rows, which must be consecutive (a lookup range). */
export interface RowsColumn<C extends string = string> {
  readonly rows: RowSelector;
  readonly col: C;
}

export interface LinearTerm<C extends string = string> {
  readonly ref: CellRef<C>;
  readonly sign: 1 | -1;
}

/**
 * Formulas as data. Columns missing from a rendering (NS huyện after 1/7/2025) drop out of
 * "sum-columns" and "counterpart-minimum".
 */
export type FormulaSpec<C extends string = string> =
  /** This row, the listed columns. */
  | { readonly op: "sum-columns"; readonly of: readonly C[] }
  /** This column, the rows of this row's children (Tiểu dự án of a Dự án). */
  | { readonly op: "sum-children" }
  /** This column, every selected row. */
  | { readonly op: "sum-rows"; readonly rows: RowSelector }
  /** num ÷ den, empty while den is 0. */
  | { readonly op: "ratio"; readonly num: CellRef<C>; readonly den: CellRef<C> }
  | { readonly op: "linear"; readonly terms: readonly LinearTerm<C>[] }
  /** from − minus, empty while either is empty. */
  | { readonly op: "difference"; readonly from: CellRef<C>; readonly minus: CellRef<C> }
  /** The value beside `key` in a lookup table, empty when absent. */
  | {
      readonly op: "lookup";
      readonly key: CellRef<C>;
      readonly keys: RowsColumn<C>;
      readonly values: RowsColumn<C>;
    }
  /** `override` when it is a number, else the lookup. */
  | {
      readonly op: "override-or-lookup";
      readonly override: CellRef<C>;
      readonly key: CellRef<C>;
      readonly keys: RowsColumn<C>;
      readonly values: RowsColumn<C>;
    }
  /** One level's minimum counterpart: base × share, rounded by the program's rule. */
  | { readonly op: "counterpart-share"; readonly base: CellRef<C>; readonly share: CellRef<C> }
  /**
   * The minimum NSĐP: the sum of the level minimums in this row when the level shares (in
   * `shareRow`) add up to `ratio`, else base × ratio rounded (domain.md §4).
   */
  | {
      readonly op: "counterpart-minimum";
      readonly base: CellRef<C>;
      readonly ratio: CellRef<C>;
      readonly levels: readonly C[];
      readonly shareRow: string;
    }
  /** "Đạt", or "Chưa đạt, còn thiếu … triệu đồng". */
  | { readonly op: "counterpart-status"; readonly actual: CellRef<C>; readonly minimum: CellRef<C> };

export type CellSpec<C extends string = string> =
  /** Fixed text; may hold placeholders such as {year} (see text-fill.ts). */
  | { readonly kind: "text"; readonly text: string; readonly value?: ValueKind }
  /** A value carried by the row (catalog name, indicator unit, setting label); locked. */
  | { readonly kind: "field"; readonly field: string; readonly value?: ValueKind }
  /**
   * An unlocked cell for the user, prefilled from the row's `initial` field. With
   * `onlyForCapital`, rows whose catalog item lacks that capital get a locked, shaded cell.
   */
  | {
      readonly kind: "input";
      readonly value: ValueKind;
      readonly initial?: string;
      readonly onlyForCapital?: CapitalType;
    }
  | { readonly kind: "formula"; readonly value: ValueKind; readonly formula: FormulaSpec<C> }
  /**
   * A value kept on "Thông tin chung": a reference to it when that sheet is known, else an
   * input cell prefilled from the settings.
   */
  | { readonly kind: "setting"; readonly value: ValueKind; readonly setting: SettingKey };

export type RowCells<C extends string = string> = Readonly<Partial<Record<C, CellSpec<C>>>>;

export interface FixedRow<C extends string = string> {
  /** Written in the hidden key column; null for headings nobody reads. */
  readonly key: string | null;
  readonly role?: string;
  readonly bold?: boolean;
  readonly fields?: Readonly<Record<string, PlannedValue>>;
  /** Cells of this row only, overriding the role's cells. */
  readonly cells?: RowCells<C>;
  /** Merge these two columns (and those between) on this row; the first holds the content. */
  readonly merge?: readonly [C, C];
}

/** One "Thông tin chung" row; list settings expand to several rows. */
export interface SettingRow<C extends string = string> {
  readonly key: SettingKey;
  readonly label: string;
  readonly note?: string;
  readonly cells: RowCells<C>;
  /** For legal bases and recipients: at least this many rows, and `spare` empty rows. */
  readonly list?: { readonly minRows: number; readonly spare: number };
}

export interface IndicatorDimension {
  readonly label: string;
  readonly indicators: readonly Indicator[];
}

/** Where body rows come from, with the roles and fields each source gives its rows. */
export type RowSource<C extends string = string> =
  | { readonly from: "rows"; readonly rows: readonly FixedRow<C>[] }
  /**
   * Catalog in table order. Roles: "project" (a Dự án with Tiểu dự án), "project-leaf" (a Dự
   * án without), "subproject". Fields: number, name. Dự án rows are bold.
   */
  | { readonly from: "catalog" }
  /**
   * A heading row per dimension (role "heading", fields number = roman numeral, text), then
   * its indicators (roles "indicator-percent" / "indicator-count", fields number, text, unit).
   */
  | { readonly from: "indicators"; readonly dimensions: readonly IndicatorDimension[] }
  /** Rows keyed by setting; fields label, value (from the plan's settings), note. */
  | { readonly from: "settings"; readonly rows: readonly SettingRow<C>[] }
  /**
   * The program's counterpart groups: a heading row (role "group-heading"), then one row per
   * group (role "group"; fields label, ratio, id), or, when the program has none, empty
   * rows the user fills in (role "group-editable").
   */
  | {
      readonly from: "groups";
      readonly heading: Readonly<Partial<Record<C, string>>>;
      readonly editableRows: number;
    };

export type ColumnCondition = "district-level";

export interface ColumnSpec<C extends string = string> {
  readonly key: C;
  readonly header: string;
  /** Text of the upper header row over a run of columns sharing it ("NSTW"). */
  readonly group?: string;
  /** Excel character units. */
  readonly width: number;
  readonly onlyWhen?: ColumnCondition;
  readonly align?: HorizontalAlign;
}

export type TitleLine =
  | { readonly kind: "title" | "subtitle" | "note"; readonly text: string }
  /** "(Kèm theo Kế hoạch số …/KH-UBND ngày … của UBND xã …)" from the settings. */
  | { readonly kind: "attachment" }
  /** Right-aligned, e.g. "Đơn vị tính: Triệu đồng". */
  | { readonly kind: "unit"; readonly text: string };

export interface TemplateSpec<C extends string = string> {
  readonly id: TemplateId;
  readonly sheetName: string;
  readonly titles: readonly TitleLine[];
  readonly columns: readonly ColumnSpec<C>[];
  /** The table's rows, inside the marker name. */
  readonly body: readonly RowSource<C>[];
  /** Rows below the table (after one empty row), outside the marker but keyed. */
  readonly footer?: readonly RowSource<C>[];
  /** Cells per row role; a row's own `cells` win. */
  readonly cells: Readonly<Record<string, RowCells<C>>>;
  readonly orientation: "portrait" | "landscape";
  /** Freeze the columns up to this one as well as the rows down to the header. */
  readonly freezeThrough?: C;
}
