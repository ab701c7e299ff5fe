/**
 * A plan's print setup in ExcelJS: A4, orientation, all columns on one page width (any
 * number of pages tall), margins in inches, the header rows repeated on every page and
 * the print area.
 */
import type ExcelJS from "exceljs";
import { columnLetters, type CellAddress, type RangeAddress } from "../../domain/address/cell-address";
import type { PrintSetup } from "../../domain/sheet-plan";

/** SpreadsheetML paper codes (ECMA-376 Part 1, 18.3.1.63); ExcelJS types them as a const enum. */
const PAPER_CODE: Readonly<Record<PrintSetup["paperSize"], number>> = { A4: 9 };

function fitToWidth(setup: Partial<ExcelJS.PageSetup>, fit: boolean): void {
  setup.fitToPage = fit;
  if (!fit) return;
  setup.fitToWidth = 1;
  /** 0 pages tall means "as many as needed", Excel's "Fit All Columns on One Page". */
  setup.fitToHeight = 0;
}

/**
 * ExcelJS writes the print area's defined name as "$" before each corner it is given, so
 * "A$1:C$80" comes out as the absolute "$A$1:$C$80"; given "A1:C80" it would write
 * the half-relative "$A1:$C80", which LibreOffice ignores, printing the whole sheet.
 */
function printAreaCorners(area: RangeAddress): string {
  const corner = (address: CellAddress) => `${columnLetters(address.col)}$${address.row}`;
  return `${corner(area.start)}:${corner(area.end)}`;
}

export function applyPrintSetup(sheet: ExcelJS.Worksheet, print: PrintSetup): void {
  const setup = sheet.pageSetup;
  setup.paperSize = PAPER_CODE[print.paperSize];
  setup.orientation = print.orientation;
  fitToWidth(setup, print.fitToWidth);
  /** Header and footer margins are not in the plan; ExcelJS's defaults (0.3 in) stay. */
  setup.margins = { header: 0.3, footer: 0.3, ...setup.margins, ...print.margins };
  if (print.repeatRows) setup.printTitlesRow = `${print.repeatRows.first}:${print.repeatRows.last}`;
  if (print.printArea) setup.printArea = printAreaCorners(print.printArea);
}
