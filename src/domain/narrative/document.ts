/**
 * The plan narrative as a typed document tree (model -> tree -> renderers): blocks of
 * inline runs, where every number taken from a sheet is a `Figure` that remembers its
 * cell. Renderers (render/text.ts, the .docx renderer, the "Thuyết minh" worksheet) only
 * lay out this tree; they never compute or word anything themselves.
 */
import type { CellAddress } from "../address/cell-address";

/** Where a number came from, so the pane can select the cell. */
export interface CellSource {
  readonly sheet: string;
  readonly address: CellAddress;
}

export type Inline =
  | { readonly kind: "text"; readonly text: string }
  /** A number as printed ("1.001", "0,82%"), with the cell(s) it was read or summed from. */
  | { readonly kind: "figure"; readonly text: string; readonly sources: readonly CellSource[] };

export type TextStyle = "body" | "heading-1" | "heading-2" | "heading-3" | "list";

/** The mark before a list item: "-" for an item, "+" for an item under a "- …:" item (seed 004). */
export type ListMarker = "-" | "+";

export interface Paragraph {
  readonly kind: "paragraph";
  readonly style: TextStyle;
  readonly content: readonly Inline[];
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Only for style "list"; "-" when absent. */
  readonly marker?: ListMarker;
}

/** The two-column header of Nghị định 30: issuing body | national motto; number | place and date. */
export interface HeaderBlock {
  readonly kind: "header";
  /** "ỦY BAN NHÂN DÂN" over "XÃ BA DINH" (upper-case lines, the last one underlined). */
  readonly issuer: readonly string[];
  readonly nationalTitle: string;
  readonly motto: string;
  /** "Số: 12/KH-UBND" (or the blank form "Số:      /KH-UBND"). */
  readonly number: string;
  /** "Ba Dinh, ngày 05 tháng 02 năm 2025". */
  readonly placeDate: string;
}

/** "KẾ HOẠCH" and the subject line(s). */
export interface TitleBlock {
  readonly kind: "title";
  readonly title: string;
  readonly subject: readonly string[];
}

/** Found errors listed at the top when validation failed (the guard). */
export interface WarningBlock {
  readonly kind: "warning";
  readonly heading: string;
  readonly items: readonly string[];
}

export interface SignatureBlock {
  readonly kind: "signature";
  /** "Nơi nhận:" then "- …;" lines, the last "- Lưu: VT, …." */
  readonly recipientsHeading: string;
  readonly recipients: readonly string[];
  /** "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" (upper case). */
  readonly authority: readonly string[];
  readonly signerName: string;
}

export type Block = Paragraph | HeaderBlock | TitleBlock | WarningBlock | SignatureBlock;

export interface NarrativeDocument {
  /** For file names and the document's properties: "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh". */
  readonly title: string;
  readonly blocks: readonly Block[];
}

export function text(value: string): Inline {
  return { kind: "text", text: value };
}

export function figure(value: string, sources: readonly CellSource[]): Inline {
  return { kind: "figure", text: value, sources };
}

export function paragraph(style: TextStyle, ...content: Inline[]): Paragraph {
  return { kind: "paragraph", style, content };
}
