/**
 * Column widths: sheet plans and .xlsx files give them in Excel's character units (the
 * `width` ExcelJS writes), the Excel JS API takes points. Excel's rule (ECMA-376 Part 1,
 * 18.3.1.13) turns a width into whole pixels using the maximum digit width of the default
 * font, 7 px for Calibri 11:
 *
 *   pixels = trunc((256 * width + trunc(128 / 7)) / 256 * 7)
 *   points = pixels * 0.75   (96 px per inch, 72 pt per inch)
 *
 * so 9.140625 (Excel's standard column) -> 64 px -> 48 pt. Widths are thus kept to whole
 * pixels: 12.5 characters and 12.43 become the same 87 px column.
 */

const MAX_DIGIT_WIDTH_PX = 7;
const POINTS_PER_PIXEL = 0.75;
/** Excel pads every column with 5 px of margin and gridline. */
const PADDING_PX = 5;

export function characterWidthToPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
}

export function characterWidthToPoints(width: number): number {
  return characterWidthToPixels(width) * POINTS_PER_PIXEL;
}

/**
 * The inverse Excel applies when it saves a column it knows in pixels: the visible
 * character count rounded to 1/100, plus the padding, truncated to 1/256 of a character.
 * A whole number of characters comes back the same once rounded to 1/100 (12 -> 84 px ->
 * 12.0039); a width between pixels comes back as its pixel's width (12.5 -> 87 px -> 12.42).
 */
export function pointsToCharacterWidth(points: number): number {
  const pixels = Math.round(points / POINTS_PER_PIXEL);
  if (pixels <= 0) return 0;
  const characters = Math.trunc(((pixels - PADDING_PX) / MAX_DIGIT_WIDTH_PX) * 100 + 0.5) / 100;
  return Math.trunc(((characters * MAX_DIGIT_WIDTH_PX + PADDING_PX) / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}
