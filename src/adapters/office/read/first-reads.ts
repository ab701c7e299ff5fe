/**
 * What the second sync asks of every sheet at once, before any size is known: the used
 * range's position and size, protection, sheet-level names, merged areas (ExcelApi 1.13
 * only) and the fixed top-left window with its hidden-row and hidden-column probes. For
 * sheets that fit the window this is everything; the rest is read afterwards (remainder.ts).
 */
import type { ExcelNamedItemCollection, ExcelRange, ExcelRangeAreas, ExcelWorksheet } from "../excel-api";
import { loadNames } from "./names";
import type { Block } from "./read-plan";
import { newSheetParts, readMergedAddress, type SheetParts } from "./sheet-parts";
import { collectSlab, queueSlab, type QueuedSlab } from "./slabs";

export interface SheetReads {
  readonly parts: SheetParts;
  readonly sheet: ExcelWorksheet;
  readonly used: ExcelRange;
  readonly names: ExcelNamedItemCollection;
  readonly window: QueuedSlab;
  readonly merges: ExcelRangeAreas | null;
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** `sheet` must have name and visibility loaded. */
export function queueFirstReads(sheet: ExcelWorksheet, window: Block, withMerges: boolean): SheetReads {
  const used = sheet.getUsedRange(true).load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  sheet.protection.load("protected");
  return {
    parts: newSheetParts(sheet.name, sheet.visibility === "Visible"),
    sheet,
    used,
    names: loadNames(sheet.names),
    window: queueSlab(used, { block: window, rows: upTo(window.bottom), cols: upTo(window.right) }),
    merges: withMerges ? used.getMergedAreasOrNullObject().load("address") : null,
  };
}

/** Call after the sync that filled queueFirstReads' loads. */
export function collectFirstReads(reads: SheetReads): void {
  const { parts, merges } = reads;
  parts.protected = reads.sheet.protection.protected;
  if (merges && !merges.isNullObject) parts.merges = readMergedAddress(merges.address);
  collectSlab(reads.window, parts);
}

export function usedBlock(used: ExcelRange): Block {
  return {
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    bottom: used.rowIndex + used.rowCount,
    right: used.columnIndex + used.columnCount,
  };
}
