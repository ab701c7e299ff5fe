/**
 * The height of every row of the narrative sheet: the lines its wrapped text takes, by the
 * template renderer's Times New Roman estimate (templates/render/row-heights.ts), plus the
 * room the row asked for below its text; spacer rows keep their own height. A text merged
 * down several rows (the Nơi nhận lines) is measured after that, and only when those rows
 * are together too short for it does its last row grow: the estimate alone would spread
 * the lack over every row, unaware that the signature's row is already tall. Every row
 * gets a height, so the sheet prints alike whatever the workbook's default row is.
 */
import type { CellAddress } from "../../../address/cell-address";
import type { SheetPlan } from "../../../sheet-plan";
import {
  DEFAULT_ROW_HEIGHT,
  MAX_ROW_HEIGHT,
  estimateRowHeights,
  textBoxHeight,
} from "../../../templates/render/row-heights";
import type { RowWriter, TallText } from "./row-writer";
import { SHEET_STYLES } from "./styles";

/** Excel keeps heights in whole pixels of 0,75 pt; spacing added to a height stays on them. */
const POINTS_PER_PIXEL = 0.75;

function onPixels(points: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(points / POINTS_PER_PIXEL - 1e-9) * POINTS_PER_PIXEL);
}

function isTallTextAt(writer: RowWriter, address: CellAddress): boolean {
  return writer.tall.some(({ area }) => area.start.row === address.row && area.start.col === address.col);
}

function lineHeights(writer: RowWriter, widths: readonly number[]): Map<number, number> {
  const cells = writer.cells.filter((c) => !isTallTextAt(writer, c.address));
  const estimated = estimateRowHeights({
    cells,
    styles: SHEET_STYLES,
    columnWidths: widths,
    merges: writer.merges,
    hiddenRows: [],
  });
  const heights = new Map<number, number>();
  for (let row = 1; row <= writer.lastRow; row++) {
    const room = writer.rooms.get(row) ?? {};
    const lines = Math.max(estimated[row] ?? DEFAULT_ROW_HEIGHT, room.atLeast ?? 0);
    heights.set(row, writer.gaps.get(row) ?? lines + (room.after ?? 0));
  }
  return heights;
}

function growForTallText(heights: Map<number, number>, box: TallText, widths: readonly number[]): void {
  const need = textBoxHeight([box.text], box.area, widths, SHEET_STYLES[box.style]);
  let have = 0;
  for (let row = box.area.start.row; row <= box.area.end.row; row++) have += heights.get(row) ?? 0;
  const last = box.area.end.row;
  if (need > have) heights.set(last, (heights.get(last) ?? 0) + need - have);
}

export function rowHeights(
  writer: RowWriter,
  widths: readonly number[],
): NonNullable<SheetPlan["rowHeights"]> {
  const heights = lineHeights(writer, widths);
  for (const box of writer.tall) growForTallText(heights, box, widths);
  return Object.fromEntries([...heights].map(([row, points]) => [row, onPixels(points)]));
}
