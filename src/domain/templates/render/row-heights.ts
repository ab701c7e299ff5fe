/**
 * Row heights that let a printed sheet show every line of its wrapped texts. A row written
 * without a height stays one line high in LibreOffice (and in Excel wherever cells are
 * merged, which it never fits), so long names of Dự án and two-line headers would spill
 * over their neighbours. Each text is wrapped in the width of its cell (a merged area
 * counts all its columns) with the Times New Roman widths of text-width.ts, and its row
 * gets room for that many lines.
 *
 * Geometry, in Excel's terms because Excel is what officers print from: a column of w
 * characters is trunc(7w + 18·7/256) px wide (ECMA-376 18.3.1.13, Calibri 11 as the
 * workbook's default font; see src/adapters/office/column-width.ts), of which 5 px are
 * margins and gridline; a pixel is 0.75 pt. At exactly that width the line breaks match
 * LibreOffice's print of our labels (test/templates/text-width.test.ts); text widths get
 * a 10% allowance on top because Excel lays out with glyph widths rounded to whole pixels,
 * which at 11 pt runs a few percent wide and moves line breaks. A line takes 1.3 × the
 * font size, as Excel's own rows for Times New Roman do (the font's lines are 1.15 em
 * apart), plus 2 pt per row. LibreOffice without Calibri draws columns wider still, so
 * these heights hold there too, with some room to spare.
 */
import { toA1, type CellAddress, type RangeAddress } from "../../address/cell-address";
import type { CellStyle, PlannedCell, SheetPlan } from "../../sheet-plan";
import { wrappedLineCount, type FontFace } from "./text-width";

/** Excel's default row (15 pt) holds one line of its default size (11 pt). */
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT_SIZE = 11;
/** Excel's tallest row; 408.75 is its last whole pixel. */
export const MAX_ROW_HEIGHT = 409;

const DEFAULT_COLUMN_WIDTH = 8.43;
const DIGIT_PX = 7;
const CELL_MARGIN_PX = 5;
const POINTS_PER_PIXEL = 0.75;
const WIDTH_ALLOWANCE = 1.1;
const LINE_SPACING = 1.3;
const ROW_PADDING = 2;

export type RowHeightInput = Pick<SheetPlan, "cells" | "styles" | "columnWidths" | "merges" | "hiddenRows">;

/** Texts a formula cell may show, by A1 address (its value is unknown until Excel computes it). */
export type ShownTexts = ReadonlyMap<string, readonly string[]>;

interface TextBox {
  readonly area: RangeAddress;
  readonly texts: readonly string[];
  readonly style: CellStyle;
}

function columnPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return pixels * POINTS_PER_PIXEL;
}

/**
 * The width in characters, in Excel's 1/256 steps, of a column `pixels` wide: the inverse of
 * columnPoints, for sheets laid out to a measured page (the narrative sheet's text width).
 */
export function columnWidthForPixels(pixels: number): number {
  return Math.ceil((pixels / DIGIT_PX) * 256) / 256;
}

/** Room for text across the columns of `area`, in points: a merged area has one pair of margins. */
function textWidth(area: RangeAddress, widths: readonly number[]): number {
  let points = 0;
  for (let col = area.start.col; col <= area.end.col; col++) {
    points += columnPoints(widths[col - 1] ?? DEFAULT_COLUMN_WIDTH);
  }
  return points - CELL_MARGIN_PX * POINTS_PER_PIXEL;
}

/**
 * How many ems of a `fontSize` text fit on one line across `area`, with the allowance for
 * Excel's pixel-rounded glyphs: the width wrappedLineCount wraps that text in.
 */
export function lineWidthEm(area: RangeAddress, widths: readonly number[], fontSize: number): number {
  return textWidth(area, widths) / fontSize / WIDTH_ALLOWANCE;
}

/** Points a row needs to show `lines` lines of `fontSize` text. */
export function heightForLines(lines: number, fontSize: number): number {
  return lines * LINE_SPACING * fontSize + ROW_PADDING;
}

/** The face a style sets its text in, for width estimates. */
export function faceOf(style: CellStyle): FontFace {
  if (style.bold) return "bold";
  return style.italic ? "italic" : "regular";
}

function textsOf(cell: PlannedCell, shown: ShownTexts): readonly string[] {
  if (cell.formula !== undefined) return shown.get(toA1(cell.address)) ?? [];
  return typeof cell.value === "string" && cell.value !== "" ? [cell.value] : [];
}

function areaOf(address: CellAddress, merges: readonly RangeAddress[]): RangeAddress {
  const merge = merges.find((m) => m.start.row === address.row && m.start.col === address.col);
  return merge ?? { start: address, end: address };
}

function textBoxes(plan: RowHeightInput, shown: ShownTexts): TextBox[] {
  return plan.cells.flatMap((cell) => {
    const texts = textsOf(cell, shown);
    if (texts.length === 0) return [];
    const style = (cell.style === undefined ? undefined : plan.styles[cell.style]) ?? {};
    return [{ area: areaOf(cell.address, plan.merges), texts, style }];
  });
}

/**
 * Points a cell of `style` over `area` needs to show the longest of `texts`, or 0 when one
 * line of the default size is all it holds.
 */
export function textBoxHeight(
  texts: readonly string[],
  area: RangeAddress,
  widths: readonly number[],
  style: CellStyle,
): number {
  const size = style.fontSize ?? DEFAULT_FONT_SIZE;
  const lineEm = lineWidthEm(area, widths, size);
  const lines = style.wrap
    ? Math.max(...texts.map((text) => wrappedLineCount(text, lineEm, faceOf(style))))
    : 1;
  if (lines === 1 && size <= DEFAULT_FONT_SIZE) return 0;
  return heightForLines(lines, size);
}

function neededHeight(box: TextBox, widths: readonly number[]): number {
  return textBoxHeight(box.texts, box.area, widths, box.style);
}

function visibleRows(area: RangeAddress, hidden: ReadonlySet<number>): number[] {
  const rows: number[] = [];
  for (let row = area.start.row; row <= area.end.row; row++) if (!hidden.has(row)) rows.push(row);
  return rows;
}

/** A box over several rows shares what it lacks evenly among them, after one-row boxes are placed. */
function growRows(heights: Map<number, number>, rows: readonly number[], need: number): void {
  const current = rows.reduce((sum, row) => sum + (heights.get(row) ?? DEFAULT_ROW_HEIGHT), 0);
  if (need <= current) return;
  const extra = (need - current) / rows.length;
  for (const row of rows) heights.set(row, (heights.get(row) ?? DEFAULT_ROW_HEIGHT) + extra);
}

/** Up to a whole pixel, which Excel stores heights in, and no taller than Excel allows. */
function wholePixels(points: number): number {
  const pixels = Math.min(Math.ceil(points / POINTS_PER_PIXEL - 1e-9), MAX_ROW_HEIGHT / POINTS_PER_PIXEL);
  return Math.floor(pixels) * POINTS_PER_PIXEL;
}

/**
 * Heights in points of the rows that need more than the default, by 1-based row. Formula
 * cells count with the texts `shown` says they may show.
 */
export function estimateRowHeights(
  plan: RowHeightInput,
  shown: ShownTexts = new Map(),
): Record<number, number> {
  const hidden = new Set(plan.hiddenRows);
  const sized = textBoxes(plan, shown).map((box) => ({
    rows: visibleRows(box.area, hidden),
    need: neededHeight(box, plan.columnWidths),
  }));
  const heights = new Map<number, number>();
  for (const { rows, need } of sized.filter((s) => s.rows.length === 1)) {
    const [row = 0] = rows;
    heights.set(row, Math.max(heights.get(row) ?? DEFAULT_ROW_HEIGHT, need));
  }
  for (const { rows, need } of sized.filter((s) => s.rows.length > 1)) growRows(heights, rows, need);
  const result: Record<number, number> = {};
  for (const [row, height] of [...heights].sort(([a], [b]) => a - b)) {
    const points = wholePixels(height);
    if (points > DEFAULT_ROW_HEIGHT) result[row] = points;
  }
  return result;
}
