/**
 * What recognition finds in a workbook: the plan's tables (ours, exactly by marker; other
 * layouts by header text), each mapped to our column keys and catalog codes, with the unit
 * the amounts are written in. Validation and the narrative read tables only through this.
 */
import type { PlanSettings } from "../settings";
import type { TemplateId } from "../sheet-plan";

export type TableKind = TemplateId;

/** "thuyet-minh": our narrative sheet, text about the tables that recognition does not read. */
export type SheetKind = TableKind | "thuyet-minh" | "unknown";

export type RowRole = "total" | "project" | "subproject" | "item" | "group" | "other";

export interface RecognisedRow {
  readonly row: number;
  /**
   * Phụ lục 01: catalog code ("DA3.1") or "TOTAL"; Biểu 02: B02_ROWS key; Biểu 03: indicator
   * id; Phân công: catalog code; null when the row could not be mapped.
   */
  readonly key: string | null;
  readonly label: string;
  readonly role: RowRole;
  /** Rows whose sum this row must equal (a Dự án's Tiểu dự án rows, TỔNG CỘNG's Dự án rows). */
  readonly childRows: readonly number[];
  readonly hidden: boolean;
}

export interface RecognisedTable {
  readonly kind: TableKind;
  readonly sheet: string;
  /** True for our own template (recognised by its marker name). */
  readonly own: boolean;
  readonly headerRows: { readonly first: number; readonly last: number };
  readonly bodyRows: { readonly first: number; readonly last: number };
  /** Column key (PL01_COLUMNS, B02_COLUMNS, … values) -> column number. */
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly RecognisedRow[];
  /** Multiply a cell's amount by this to get triệu đồng (đồng: 1e-6, nghìn đồng: 1e-3). */
  readonly unitFactor: number;
  /** The unit line as written, or null when none was found (triệu đồng assumed). */
  readonly unitText: string | null;
  /**
   * Biểu 02 laid out with households as rows and figures as columns: `rows` are keyed by
   * B02_COLUMNS values (hộ nghèo, hộ cận nghèo) and `columns` by B02_ROWS values. Read
   * cells through `tableCell` (detect/table-cells.ts), which swaps the keys. Absent = false.
   */
  readonly transposed?: boolean;
}

/** Something recognition could not place, reported as information, never a crash. */
export interface RecognitionNote {
  readonly sheet: string;
  readonly row: number | null;
  readonly col: number | null;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface Recognition {
  readonly sheets: readonly { readonly name: string; readonly kind: SheetKind }[];
  readonly tables: readonly RecognisedTable[];
  /** From our "Thông tin chung" sheet, or inferred (year, level) from titles; null when nothing found. */
  readonly settings: PlanSettings | null;
  readonly programId: string | null;
  readonly notes: readonly RecognitionNote[];
  /** Where `settings` came from; absent when `settings` is null. */
  readonly settingsSource?: "own" | "inferred";
  /**
   * Whether the plan has a district level: from the Phụ lục 01 table (an NS huyện column),
   * else from the settings (hasDistrictLevel); absent when neither says.
   */
  readonly hasDistrict?: boolean;
}
