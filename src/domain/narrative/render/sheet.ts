/**
 * The plan narrative as a worksheet, "Thuyết minh", written into the workbook itself: the
 * way out on Excel for Mac, where a download from the task pane fails. The sheet reads like
 * the printed plan (Times New Roman, A4 portrait with the margins of Nghị định 30, the
 * two-column header, the title, paragraphs one merged row each, the closing in two columns),
 * prints to the page width without gridlines, and opens with the validation errors in red
 * when there are any. Like the templates it never overwrites: the name is made free
 * ("Thuyết minh (2)") and the sheet is marked as ours by a defined name ("KHGN_TM", then
 * "KHGN_TM_2").
 *
 * The sheet is not protected. Protection guards formulas and the keyed layout our reader
 * relies on; this sheet has neither: it is output, read by nobody but people, and on a Mac
 * it is the plan they print, so correcting a word in it must stay possible. Writing it
 * again adds a new sheet, so such edits are never lost to a rerun.
 *
 * Where each figure came from (the tree's sources) is not written: a cell note per
 * paragraph would need the Excel JS API's notes (ExcelApi 1.18, not in most Excel builds
 * that run the add-in), and threaded comments, which it has, cannot be written by ExcelJS.
 */
import { cell } from "../../address/cell-address";
import type { ExistingWorkbook } from "../../insertion";
import type { PrintSetup, SheetPlan } from "../../sheet-plan";
import { NARRATIVE_MARKER } from "../../templates/column-keys";
import { freeDefinedName, freeSheetName } from "../../unique-names";
import { MARGIN_MM } from "../decree-layout";
import type { Block, NarrativeDocument } from "../document";
import { writeSignature } from "./sheet/closing-block";
import { COLUMN_WIDTHS, FULL_WIDTH } from "./sheet/columns";
import { rowHeights } from "./sheet/heights";
import { writeHeader, writeTitle, writeWarning } from "./sheet/opening-blocks";
import { writeParagraph } from "./sheet/paragraphs";
import { RowWriter } from "./sheet/row-writer";
import { SHEET_STYLES } from "./sheet/styles";

export const NARRATIVE_SHEET_NAME = "Thuyết minh";

const MM_PER_INCH = 25.4;

function inches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1000) / 1000;
}

function writeBlock(writer: RowWriter, block: Block): void {
  switch (block.kind) {
    case "paragraph":
      return writeParagraph(writer, block);
    case "warning":
      return writeWarning(writer, block);
    case "header":
      return writeHeader(writer, block);
    case "title":
      return writeTitle(writer, block);
    case "signature":
      return writeSignature(writer, block);
  }
}

/** Warnings go first wherever the tree has them, as in the .docx: they must be seen first. */
function warningsFirst(blocks: readonly Block[]): Block[] {
  return [...blocks.filter((b) => b.kind === "warning"), ...blocks.filter((b) => b.kind !== "warning")];
}

function printSetup(lastRow: number): PrintSetup {
  return {
    paperSize: "A4",
    orientation: "portrait",
    fitToWidth: true,
    margins: {
      top: inches(MARGIN_MM.top),
      bottom: inches(MARGIN_MM.bottom),
      left: inches(MARGIN_MM.left),
      right: inches(MARGIN_MM.right),
    },
    printArea: { start: cell(1, FULL_WIDTH.first), end: cell(lastRow, FULL_WIDTH.last) },
  };
}

/** The sheet for `document`, named and marked so as to take nothing `existing` already has. */
export function planNarrativeSheet(document: NarrativeDocument, existing: ExistingWorkbook): SheetPlan {
  const writer = new RowWriter();
  for (const block of warningsFirst(document.blocks)) writeBlock(writer, block);
  const lastRow = Math.max(1, writer.lastRow);
  const whole = { start: cell(1, FULL_WIDTH.first), end: cell(lastRow, FULL_WIDTH.last) };
  return {
    templateId: "thuyet-minh",
    sheetName: freeSheetName(NARRATIVE_SHEET_NAME, existing.sheetNames),
    cells: writer.cells,
    styles: SHEET_STYLES,
    columnWidths: COLUMN_WIDTHS,
    hiddenColumns: [],
    hiddenRows: [],
    rowHeights: rowHeights(writer, COLUMN_WIDTHS),
    merges: writer.merges,
    validations: [],
    print: printSetup(lastRow),
    protect: false,
    names: [{ name: freeDefinedName(NARRATIVE_MARKER, existing.definedNames), range: whole }],
  };
}
