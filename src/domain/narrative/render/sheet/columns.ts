/**
 * The narrative sheet's three columns, sized so that together they are exactly the text
 * width of an A4 page with the decree's margins: printed at 100 %, a line of the sheet
 * breaks where a line of the .docx does. Column A is the left part of the header (issuing
 * body, number), B the strip that widens it to the left part of the closing (Nơi nhận),
 * C the rest; body text spans all three. Widths are whole pixels of Excel's default
 * column font, as the template renderer's row-height estimate assumes.
 */
import { columnWidthForPixels } from "../../../templates/render/row-heights";
import { HEADER_LEFT_SHARE, SIGNATURE_LEFT_SHARE, TEXT_WIDTH_MM } from "../../decree-layout";

const MM_PER_INCH = 25.4;
const PIXELS_PER_INCH = 96;

/** Columns across the page, from 1 (A) to 3 (C), inclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

export const FULL_WIDTH: Span = { first: 1, last: 3 };
export const HEADER_LEFT: Span = { first: 1, last: 1 };
export const HEADER_RIGHT: Span = { first: 2, last: 3 };
export const CLOSING_LEFT: Span = { first: 1, last: 2 };
export const CLOSING_RIGHT: Span = { first: 3, last: 3 };

const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH_MM / MM_PER_INCH) * PIXELS_PER_INCH);

function columnPixels(): readonly number[] {
  const a = Math.round(TEXT_WIDTH_PX * HEADER_LEFT_SHARE);
  const ab = Math.round(TEXT_WIDTH_PX * SIGNATURE_LEFT_SHARE);
  return [a, ab - a, TEXT_WIDTH_PX - ab];
}

/** Column widths in Excel's character units, A to C. */
export const COLUMN_WIDTHS: readonly number[] = columnPixels().map(columnWidthForPixels);
