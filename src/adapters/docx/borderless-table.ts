/**
 * A two-column table without borders or cell padding, the frame the decree's header (issuer |
 * national title) and the closing (Nơi nhận | signature) are laid out in. Fixed column
 * widths keep Word and LibreOffice from resizing the columns to their content.
 */
import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { TEXT_WIDTH_TWIPS } from "./layout";

export interface Columns {
  readonly left: number;
  readonly right: number;
}

/** Splits the text width between the columns, `leftShare` of it to the left one. */
export function columnsOf(leftShare: number): Columns {
  const left = Math.round(TEXT_WIDTH_TWIPS * leftShare);
  return { left, right: TEXT_WIDTH_TWIPS - left };
}

function cell(children: readonly Paragraph[], width: number): TableCell {
  return new TableCell({
    children: [...children],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
  });
}

export type RowCells = readonly [readonly Paragraph[], readonly Paragraph[]];

export function borderlessTable(columns: Columns, rows: readonly RowCells[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [columns.left, columns.right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      ([left, right]) =>
        new TableRow({ cantSplit: true, children: [cell(left, columns.left), cell(right, columns.right)] }),
    ),
  });
}
