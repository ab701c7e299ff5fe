/**
 * A sheet to be written, described as plain data: the hand-off between the template
 * renderer (domain) and the adapters that write workbooks (Excel JS API, ExcelJS, memory).
 * Both adapters must turn the same plan into the same cells, formulas and formats.
 */
import type { CellAddress, RangeAddress } from "./address/cell-address";

export type TemplateId = "thong-tin-chung" | "phu-luc-01" | "bieu-02" | "bieu-03" | "phan-cong";

export const TEMPLATE_IDS: readonly TemplateId[] = [
  "thong-tin-chung",
  "phu-luc-01",
  "bieu-02",
  "bieu-03",
  "phan-cong",
];

/** What a planned sheet is: one of the data templates, or the plan's narrative ("Thuyết minh"). */
export type SheetPlanKind = TemplateId | "thuyet-minh";

export function isTemplateId(kind: SheetPlanKind): kind is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(kind);
}

export type PlannedValue = number | string | boolean | null;

export interface PlannedCell {
  readonly address: CellAddress;
  /** A constant; ignored when `formula` is set. */
  readonly value?: PlannedValue;
  /** Invariant (en-US) formula text starting with "=". */
  readonly formula?: string;
  /** Key into SheetPlan.styles. */
  readonly style?: string;
}

export type HorizontalAlign = "left" | "center" | "right" | "justify";
export type VerticalAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  /** Excel number format code, e.g. "#,##0" or "0.00%". */
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  /** Thin border on all four sides. */
  readonly border?: boolean;
  /** Fill colour as 6-digit hex without "#", e.g. "FFF2CC". */
  readonly fill?: string;
  /** Font colour as 6-digit hex without "#"; absent = the automatic (black) colour. */
  readonly fontColor?: string;
  /** False for input cells; formula and label cells stay locked (Excel's default). */
  readonly locked?: boolean;
}

export type ValidationRule =
  | { readonly kind: "decimal" | "whole"; readonly min: number; readonly max?: number }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "date"; readonly min: string };

export interface PlannedValidation {
  readonly range: RangeAddress;
  readonly rule: ValidationRule;
  /** Shown when the user types something the rule rejects (Vietnamese). */
  readonly errorTitle: string;
  readonly errorMessage: string;
}

export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 1-based inclusive. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Only this area prints; absent = whatever the sheet uses. */
  readonly printArea?: RangeAddress;
  /** Margins in inches, as both Excel APIs take them. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
}

/** A workbook-level defined name the plan creates; `range` is on this sheet. */
export interface PlannedName {
  readonly name: string;
  readonly range: RangeAddress;
}

export interface SheetPlan {
  /** Named templateId since the templates came first; the narrative sheet is "thuyet-minh". */
  readonly templateId: SheetPlanKind;
  /** Final sheet name: planInsertion has already made it free ("Phụ lục 01 (2)" on a clash). */
  readonly sheetName: string;
  readonly cells: readonly PlannedCell[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Column widths in Excel character units, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Hidden columns (1-based), e.g. the key column our reader uses. */
  readonly hiddenColumns: readonly number[];
  /** Hidden rows (1-based), e.g. the column-key row our reader uses. */
  readonly hiddenRows: readonly number[];
  /**
   * Row heights in points by 1-based row, for rows whose wrapped or larger text needs more
   * than the default row; absent rows keep the default. Optional so older plans still fit.
   */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly merges: readonly RangeAddress[];
  readonly validations: readonly PlannedValidation[];
  readonly print: PrintSetup;
  /** Protect the sheet (no password) so locked formula cells cannot be typed over. */
  readonly protect: boolean;
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /**
   * Workbook-level defined names that mark this sheet as ours (final names: planInsertion
   * has suffixed them, "KHGN_PL01_2", when a copy already exists).
   */
  readonly names: readonly PlannedName[];
}
