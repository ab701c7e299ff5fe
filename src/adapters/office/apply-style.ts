/**
 * Turns one plan style into Excel JS API format writes on a range. Only what the style
 * sets is written, so a cell keeps Excel's defaults elsewhere, as the ExcelJS writer
 * leaves them; the one addition is the font family (PLAN_FONT), set on every planned
 * cell. Number formats are not here: they go with the values, in bulk.
 */
import type { CellStyle, HorizontalAlign, VerticalAlign } from "../../domain/sheet-plan";
import type { BorderIndex, ExcelRange, HorizontalAlignment, VerticalAlignment } from "./excel-api";

/**
 * Official Vietnamese documents are set in Times New Roman (Nghị định 30/2020/NĐ-CP); the
 * ExcelJS writer uses the same family (src/adapters/xlsx/cell-style.ts) and the parity
 * test checks that both do.
 */
export const PLAN_FONT = "Times New Roman";

const HORIZONTAL: Readonly<Record<HorizontalAlign, HorizontalAlignment>> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
};

const VERTICAL: Readonly<Record<VerticalAlign, VerticalAlignment>> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

const OUTER_EDGES: readonly BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

/** A thin box around every cell: the outer edges plus the inside lines of a larger range. */
function borderIndexes(rows: number, columns: number): BorderIndex[] {
  const inside: BorderIndex[] = [];
  if (rows > 1) inside.push("InsideHorizontal");
  if (columns > 1) inside.push("InsideVertical");
  return [...OUTER_EDGES, ...inside];
}

function applyBorders(range: ExcelRange, rows: number, columns: number): void {
  for (const index of borderIndexes(rows, columns)) {
    const border = range.format.borders.getItem(index);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

function applyFont(range: ExcelRange, style: CellStyle): void {
  const { font } = range.format;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = `#${style.fontColor.toUpperCase()}`;
}

function applyAlignment(range: ExcelRange, style: CellStyle): void {
  const { format } = range;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
}

/** `rows` and `columns` are the range's size, needed for its inside border lines. */
export function applyCellStyle(range: ExcelRange, style: CellStyle, rows: number, columns: number): void {
  applyFont(range, style);
  applyAlignment(range, style);
  if (style.fill) range.format.fill.color = `#${style.fill.toUpperCase()}`;
  if (style.border) applyBorders(range, rows, columns);
  if (style.locked !== undefined) range.format.protection.locked = style.locked;
}
