/**
 * The shape of a program file (src/domain/programs/data/*.json): catalog, counterpart
 * rule and defaults of one national target program period. Code reads these; it never
 * names a project or a ratio itself. schema.json beside this file is the same shape as
 * JSON Schema, and a test checks every data file against it.
 */

export type CapitalType = "DTPT" | "SN";

export interface CatalogItem {
  /** Our stable code: "DA1", "DA1.1", "DA3.2". */
  readonly code: string;
  /** Code of the Dự án this Tiểu dự án belongs to; absent for a Dự án. */
  readonly parent?: string;
  /** Numbering as printed in the TT column: "1", "1.1". */
  readonly number: string;
  /** Official name, exact ("Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo"). */
  readonly name: string;
  /** Other ways real plans write it, matched after normalisation. */
  readonly variants: readonly string[];
  readonly capital: readonly CapitalType[];
  /** Citations per document key, e.g. { "qd90": "khoản 2 mục III", "qd02": "Điều 6" }. */
  readonly citations: Readonly<Record<string, string>>;
}

export interface LegalDocument {
  /** Key used by catalog citations: "qd90". */
  readonly key: string;
  /** "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ". */
  readonly citation: string;
  /** What it does, for "Căn cứ …" lines: "phê duyệt Chương trình …". */
  readonly subject: string;
}

export interface CounterpartGroup {
  readonly id: string;
  /** "Tỉnh nhận bổ sung cân đối từ NSTW từ 70% trở lên". */
  readonly label: string;
  /** Minimum NSĐP ÷ NSTW, 0.03 = 3%. */
  readonly minRatio: number;
}

export interface CounterpartRule {
  /** Where the rule comes from ("qd02"), or null while unknown. */
  readonly source: string | null;
  readonly groups: readonly CounterpartGroup[];
  /**
   * "floor-per-component": each level's share is rounded down to `roundingUnit`
   * triệu đồng, and a shortfall below one unit per component is accepted (domain.md §4).
   */
  readonly rounding: "floor-per-component" | "none";
  readonly roundingUnit: number;
}

export interface ProgramFile {
  readonly id: string;
  /** Official name without the year: "Chương trình mục tiêu quốc gia giảm nghèo bền vững". */
  readonly name: string;
  readonly period: { readonly from: number; readonly to: number };
  readonly documents: readonly LegalDocument[];
  readonly catalog: readonly CatalogItem[];
  readonly counterpart: CounterpartRule;
  readonly defaultLevelSplit: { readonly tinh: number; readonly huyen: number; readonly xa: number };
  /** Default counterpart group id for a new plan, or null. */
  readonly defaultGroup: string | null;
}
