/**
 * The page and type of an administrative document under Nghị định 30/2020/NĐ-CP, Phụ lục I,
 * as the constants the .docx renderer lays the plan narrative out with: the decree's own
 * numbers (src/domain/narrative/decree-layout.ts, shared with the worksheet renderer) and
 * what Word needs besides (twips, line rules, the drawn rules' size).
 */
import { convertMillimetersToTwip } from "docx";
import { MARGIN_MM } from "../../domain/narrative/decree-layout";

/** A4 portrait in twentieths of a point (210 × 297 mm). */
export const PAGE_WIDTH_TWIPS = 11906;
export const PAGE_HEIGHT_TWIPS = 16838;

/** The decree's numbers (margins, fonts, sizes, shares) are shared with the worksheet renderer. */
export {
  BLACK,
  FIRST_LINE_INDENT_MM,
  FONT,
  HEADER_LEFT_SHARE,
  MARGIN_MM,
  PARAGRAPH_AFTER_PT,
  SIGNATURE_LEFT_SHARE,
  SIGNATURE_SPACE_PT,
  SIZE_PT,
  WARNING_RED,
} from "../../domain/narrative/decree-layout";
/** The page number sits in the top margin, this far from the page's edge. */
export const HEADER_DISTANCE_MM = 10;

/** Line spacing of body text as a multiple of single (the decree allows single to 1,5). */
export const LINE_SPACING = 1.15;
/** Single line spacing in 240ths of a line, the unit of an automatic line rule. */
export const SINGLE_LINE = 240;

/** The lines under the issuer and the subject are 1/3 to 1/2 of the text above them. */
export const SHORT_RULE_FRACTION = 0.4;
/** Thickness of those lines, in eighths of a point (0,75 pt). */
export const RULE_SIZE_EIGHTHS = 6;

export function twips(millimeters: number): number {
  return convertMillimetersToTwip(millimeters);
}

/** docx sizes type in half-points. */
export function halfPoints(points: number): number {
  return points * 2;
}

/** Paragraph spacing in twips (twentieths of a point). */
export function pointsToTwips(points: number): number {
  return Math.round(points * 20);
}

/** The width between the margins, which the header and signature tables fill. */
export const TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - twips(MARGIN_MM.left) - twips(MARGIN_MM.right);
