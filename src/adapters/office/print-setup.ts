/**
 * A plan's print setup through the Excel JS API page layout: A4, orientation, fit all
 * columns on one page width (any number of pages tall), margins in inches, the header
 * rows repeated on every page and the print area.
 */
import { rangeToA1 } from "../../domain/address/cell-address";
import type { PrintSetup } from "../../domain/sheet-plan";
import type { ExcelPageLayout } from "./excel-api";

export function applyPrintSetup(page: ExcelPageLayout, print: PrintSetup): void {
  page.paperSize = print.paperSize;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  /** 0 pages tall means "as many as needed", Excel's "Fit All Columns on One Page". */
  if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintMargins("Inches", { ...print.margins });
  if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
  if (print.printArea) page.setPrintArea(rangeToA1(print.printArea, true));
}
