/**
 * The part of each sheet the first window did not cover, read after it in as few syncs as
 * the budget allows (read-plan.ts): cells in row chunks, then the hidden flags of rows
 * below and columns right of the window. A workbook whose sheets all fit the window needs
 * none of this. Each extra sync is one response under Excel's 5 MB, which is why this is
 * the one place that syncs in a loop.
 */
import type { ExcelRequestContext } from "../excel-api";
import { usedBlock, type SheetReads } from "./first-reads";
import { outsideWindow, packIntoSyncs, PROBES_PER_SYNC, rowChunks, runsOf, type Block } from "./read-plan";
import { collectSlab, queueSlab, slabCost, type SlabRequest } from "./slabs";

const between = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

export function remainderRequests(used: Block, window: Block): SlabRequest[] {
  const blocks = outsideWindow(used, window).flatMap(rowChunks);
  const rows = between(Math.max(used.top, window.bottom + 1), used.bottom);
  const cols = between(Math.max(used.left, window.right + 1), used.right);
  return [
    ...blocks.map((block) => ({ block, rows: [], cols: [] })),
    ...runsOf(rows, PROBES_PER_SYNC).map((run) => ({ block: null, rows: run, cols: [] })),
    ...runsOf(cols, PROBES_PER_SYNC).map((run) => ({ block: null, rows: [], cols: run })),
  ];
}

interface Pending {
  readonly reads: SheetReads;
  readonly request: SlabRequest;
}

export async function readRemainders(
  context: ExcelRequestContext,
  sheets: readonly SheetReads[],
  window: Block,
): Promise<void> {
  const pending: Pending[] = sheets.flatMap((reads) =>
    remainderRequests(usedBlock(reads.used), window).map((request) => ({ reads, request })),
  );
  for (const batch of packIntoSyncs(pending, (p) => slabCost(p.request))) {
    const queued = batch.map((p) => ({ parts: p.reads.parts, slab: queueSlab(p.reads.used, p.request) }));
    // One response per batch keeps each under Excel's 5 MB; the batch count depends on cells, not sheets.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { parts, slab } of queued) collectSlab(slab, parts);
  }
}
