/**
 * The page and type of an administrative document under Nghị định 30/2020/NĐ-CP, Phụ lục I,
 * as the constants the .docx renderer lays the plan narrative out with. Where the decree
 * gives a range, the value chosen is noted beside it; sizes are in points, lengths in mm.
 */
import { convertMillimetersToTwip } from "docx";

/** A4 portrait in twentieths of a point (210 × 297 mm). */
export const PAGE_WIDTH_TWIPS = 11906;
export const PAGE_HEIGHT_TWIPS = 16838;

/** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the smallest of each range. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The page number sits in the top margin, this far from the page's edge. */
export const HEADER_DISTANCE_MM = 10;

export const FONT = "Times New Roman";
export const BLACK = "000000";
/** The validation warning is not part of the issued document, so it may stand out in red. */
export const WARNING_RED = "C00000";

/** Font sizes in points, each within the decree's range for that element. */
export const SIZE_PT = {
  issuer: 13, // 12–13
  nationalTitle: 13, // 12–13
  motto: 14, // 13–14
  number: 13, // 13
  placeDate: 14, // 13–14
  title: 14, // 13–14
  subject: 14, // 13–14
  body: 14, // 13–14
  recipientsHeading: 12, // 12
  recipients: 11, // 11
  authority: 14, // 13–14
  signerName: 14, // 13–14
  pageNumber: 14, // 13–14
} as const;

/** Body paragraphs: first-line indent 1–1,27 cm, at least 6 pt between paragraphs. */
export const FIRST_LINE_INDENT_MM = 12.7;
export const PARAGRAPH_AFTER_PT = 6;
/** Line spacing of body text as a multiple of single (the decree allows single to 1,5). */
export const LINE_SPACING = 1.15;
/** Single line spacing in 240ths of a line, the unit of an automatic line rule. */
export const SINGLE_LINE = 240;

/** Room left above the signer's name for the signature and seal. */
export const SIGNATURE_SPACE_PT = 72;

/** The lines under the issuer and the subject are 1/3 to 1/2 of the text above them. */
export const SHORT_RULE_FRACTION = 0.4;
/** Thickness of those lines, in eighths of a point (0,75 pt). */
export const RULE_SIZE_EIGHTHS = 6;

/** Share of the text width taken by the left column of the header and of the signature table. */
export const HEADER_LEFT_SHARE = 0.38;
export const SIGNATURE_LEFT_SHARE = 0.45;

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
