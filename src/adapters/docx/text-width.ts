/**
 * How wide a line of bold Times New Roman is, so the short rules under the issuer, the motto
 * and the subject can be drawn as long as the decree asks (the motto's rule as long as the
 * motto). Widths are the font's advance widths in thousandths of an em for printable ASCII;
 * Vietnamese letters take the width of their base letter, since diacritics do not widen it.
 */
const BOLD_ASCII_WIDTHS = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
const FIRST_PRINTABLE = 32;
/** An average capital, for characters outside the table (dashes, ellipses, quotes). */
const FALLBACK_WIDTH = 667;

/** "Độc" -> "Doc": NFD splits off the marks; đ/Đ are letters of their own and need mapping. */
function baseLetters(line: string): string {
  return line.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

function charWidth(char: string): number {
  return BOLD_ASCII_WIDTHS[char.charCodeAt(0) - FIRST_PRINTABLE] ?? FALLBACK_WIDTH;
}

/** Width in twips of `line` set in bold Times New Roman at `sizePt`. */
export function boldLineWidthTwips(line: string, sizePt: number): number {
  const em = [...baseLetters(line)].reduce((sum, char) => sum + charWidth(char), 0) / 1000;
  return Math.round(em * sizePt * 20);
}
