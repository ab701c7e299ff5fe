/**
 * Turns one plan style into an ExcelJS cell style. Only what the plan sets is written,
 * so cells keep Excel's defaults elsewhere, like the Excel JS API adapter leaves them;
 * the one addition is the font family: official Vietnamese documents are set in Times
 * New Roman, so every cell we write uses it.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../domain/sheet-plan";

export const PLAN_FONT = "Times New Roman";

const THIN_BLACK: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BOX: Partial<ExcelJS.Borders> = {
  top: THIN_BLACK,
  left: THIN_BLACK,
  bottom: THIN_BLACK,
  right: THIN_BLACK,
};
const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;

function argb(hex: string, what: string): string {
  if (!HEX_COLOUR.test(hex)) throw new Error(`${what} must be 6 hex digits, got "${hex}"`);
  return `FF${hex.toUpperCase()}`;
}

function font(style: CellStyle): Partial<ExcelJS.Font> {
  const result: Partial<ExcelJS.Font> = { name: PLAN_FONT };
  if (style.bold !== undefined) result.bold = style.bold;
  if (style.italic !== undefined) result.italic = style.italic;
  if (style.fontSize !== undefined) result.size = style.fontSize;
  if (style.fontColor !== undefined) result.color = { argb: argb(style.fontColor, "Font colour") };
  return result;
}

function alignment(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  const result: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) result.horizontal = style.horizontal;
  if (style.vertical) result.vertical = style.vertical;
  if (style.wrap !== undefined) result.wrapText = style.wrap;
  return Object.keys(result).length > 0 ? result : undefined;
}

function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex, "Fill colour") } };
}

export function excelJsStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = { font: font(style) };
  const align = alignment(style);
  if (align) result.alignment = align;
  if (style.numberFormat !== undefined) result.numFmt = style.numberFormat;
  if (style.border) result.border = BOX;
  if (style.fill) result.fill = solidFill(style.fill);
  if (style.locked !== undefined) result.protection = { locked: style.locked };
  return result;
}

/** The style of a planned cell that names none: the plan font and nothing else. */
export const UNSTYLED: Partial<ExcelJS.Style> = { font: { name: PLAN_FONT } };
