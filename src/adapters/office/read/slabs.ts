/**
 * One piece of a sheet read in one sync: a block of cells (values, formulas, number
 * formats) and the rows and columns whose hidden flag is probed. Everything is asked of the
 * sheet's used range, so a block or a row beyond it comes back as a null object instead
 * of a range of empty cells: the second sync can ask for a fixed corner of every sheet
 * before their sizes are known. Hidden flags are read one row (column) at a time because
 * Excel answers a multi-row range with null as soon as its rows differ.
 */
import type { ExcelRange } from "../excel-api";
import { addBlockCells } from "./cell-values";
import { blockToA1, cellCount, columnToA1, rowToA1, type Block, type SyncCost } from "./read-plan";
import type { SheetParts } from "./sheet-parts";

export interface SlabRequest {
  readonly block: Block | null;
  readonly rows: readonly number[];
  readonly cols: readonly number[];
}

export interface QueuedSlab {
  readonly block: ExcelRange | null;
  readonly rows: readonly (readonly [number, ExcelRange])[];
  readonly cols: readonly (readonly [number, ExcelRange])[];
}

export function slabCost(request: SlabRequest): SyncCost {
  return {
    cells: request.block ? cellCount(request.block) : 0,
    probes: request.rows.length + request.cols.length,
  };
}

export function queueSlab(used: ExcelRange, request: SlabRequest): QueuedSlab {
  const block = request.block && used.getIntersectionOrNullObject(blockToA1(request.block));
  block?.load(["rowIndex", "columnIndex", "values", "formulas", "numberFormat"]);
  const probe = (address: string, property: "rowHidden" | "columnHidden") =>
    used.getIntersectionOrNullObject(address).load(property);
  return {
    block,
    rows: request.rows.map((r) => [r, probe(rowToA1(r), "rowHidden")] as const),
    cols: request.cols.map((c) => [c, probe(columnToA1(c), "columnHidden")] as const),
  };
}

/** Call after the sync that filled the slab's loads. */
export function collectSlab(slab: QueuedSlab, into: SheetParts): void {
  const { block } = slab;
  if (block && !block.isNullObject) {
    addBlockCells(into.cells, {
      top: block.rowIndex + 1,
      left: block.columnIndex + 1,
      values: block.values,
      formulas: block.formulas,
      numberFormat: block.numberFormat,
    });
  }
  for (const [row, probe] of slab.rows)
    if (!probe.isNullObject && probe.rowHidden === true) into.hiddenRows.add(row);
  for (const [col, probe] of slab.cols)
    if (!probe.isNullObject && probe.columnHidden === true) into.hiddenCols.add(col);
}
