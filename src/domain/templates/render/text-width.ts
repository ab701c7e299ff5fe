/**
 * How wide a text is in Times New Roman, the font of every planned cell, and how many
 * lines it takes when wrapped at spaces in a given width. Widths are the font's own
 * advance widths in 1/1000 em (Liberation Serif, which LibreOffice substitutes, has the
 * same metrics), so capitals in titles, narrow letters such as "i", "t", "r" and wide ones
 * such as "m", "w" each count for what they are; an average of 0.5 em misjudges Vietnamese
 * lines by a fifth either way. A Vietnamese letter is as wide as its base letter whatever
 * its tone and vowel marks, except the horned ơ and ư, which the font makes wider.
 */

export type FontFace = "regular" | "bold" | "italic";

const FIRST_ASCII = 32;

/** Advance widths of " " (32) to "~" (126). */
const ASCII: Readonly<Record<FontFace, readonly number[]>> = {
  regular: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
    389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
    500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
  bold: [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
    500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
    500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
  ],
  italic: [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333,
    444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422,
    500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389,
    278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541,
  ],
};

/** Letters that do not decompose to an ASCII base, and the typographic marks our texts use. */
const BEYOND_ASCII = [..."ĐđƠơƯư…“”–’"];
const BEYOND_ASCII_WIDTHS: Readonly<Record<FontFace, readonly number[]>> = {
  regular: [722, 500, 722, 529, 776, 542, 1000, 444, 444, 500, 333],
  bold: [722, 556, 778, 554, 796, 600, 1000, 500, 500, 500, 333],
  italic: [722, 500, 722, 534, 754, 545, 889, 556, 556, 500, 333],
};

/** Anything else (another script, a symbol) is taken as a full em, so it is never underrated. */
const UNKNOWN_WIDTH = 1000;
const HORN = "\u031B";
const COMBINING_MARK = /^\p{M}$/u;
/** Sums of widths differ in the last bits from the width of the joined text. */
const ROUNDING = 1e-9;

function listedWidth(ch: string, face: FontFace): number | undefined {
  const code = ch.codePointAt(0) ?? 0;
  return ASCII[face][code - FIRST_ASCII] ?? BEYOND_ASCII_WIDTHS[face][BEYOND_ASCII.indexOf(ch)];
}

/** "ế" -> "e", "ợ" -> "ơ", "Ư" stays: the letter whose width a marked letter has. */
function baseLetter(ch: string): string {
  const [base = ch] = ch.normalize("NFD");
  return ch.normalize("NFD").includes(HORN) ? `${base}${HORN}`.normalize("NFC") : base;
}

function charWidth(ch: string, face: FontFace): number {
  if (COMBINING_MARK.test(ch)) return 0;
  return listedWidth(ch, face) ?? listedWidth(baseLetter(ch), face) ?? UNKNOWN_WIDTH;
}

/** Width in em (font size units), for text in NFC or NFD form. */
export function textWidthEm(text: string, face: FontFace): number {
  let total = 0;
  for (const ch of text.normalize("NFC")) total += charWidth(ch, face);
  return total / 1000;
}

/** Lines one paragraph takes: words fill a line greedily; a word wider than a line breaks inside. */
function paragraphLines(paragraph: string, lineEm: number, face: FontFace): number {
  const space = charWidth(" ", face) / 1000;
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(" ").filter((w) => w !== "")) {
    const width = textWidthEm(word, face);
    if (used > 0 && used + space + width <= lineEm + ROUNDING) {
      used += space + width;
      continue;
    }
    if (used > 0) lines += 1;
    const inside = Math.max(0, Math.ceil(width / lineEm - ROUNDING) - 1);
    lines += inside;
    used = width - inside * lineEm;
  }
  return lines;
}

/** Lines `text` takes wrapped in a line `lineEm` wide; "\n" starts a new line, as in a cell. */
export function wrappedLineCount(text: string, lineEm: number, face: FontFace): number {
  if (!(lineEm > 0)) throw new RangeError(`A line must be wider than 0 em, got ${lineEm}`);
  return text.split("\n").reduce((lines, paragraph) => lines + paragraphLines(paragraph, lineEm, face), 0);
}
