/**
 * How much one sync may read, and how a sheet is cut to stay under it. Excel on the web
 * refuses a request or response over 5 MB and a range read over 5 million cells
 * (shared/real-files.md). A cell travels three times (value, formula, number format): a
 * household list with a 50-character Vietnamese label per row averages about 55 bytes a
 * cell, numbers and empty cells far less, so 40,000 cells stay near 2 MB, well under the
 * limit (the read-workbook test measures it).
 * Hidden rows and columns are read one row (column) at a time, about 250 bytes of request
 * each, hence a cap on those probes too.
 */
import { columnLetters } from "../../../domain/address/cell-address";

/** 1-based, inclusive, like Excel's rows and columns. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const CELLS_PER_SYNC = 40_000;
export const PROBES_PER_SYNC = 8_000;
/** Columns of the first read of every sheet: wider than any plan table we know (about 20). */
export const WINDOW_COLUMNS = 40;

/**
 * What the second sync reads of each sheet before its size is known: the top-left corner,
 * sharing one sync's budget among all sheets. Sheets that fit are then read in two syncs.
 */
export function firstWindow(sheetCount: number): Block {
  const rows = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, sheetCount) / WINDOW_COLUMNS));
  return { top: 1, left: 1, bottom: rows, right: WINDOW_COLUMNS };
}

export function cellCount(block: Block): number {
  return (block.bottom - block.top + 1) * (block.right - block.left + 1);
}

/** The used range minus the window: a band to the right and a band below, where they exist. */
export function outsideWindow(used: Block, window: Block): Block[] {
  const right: Block = { ...used, left: Math.max(used.left, window.right + 1) };
  const below: Block = {
    ...used,
    top: Math.max(used.top, window.bottom + 1),
    right: Math.min(used.right, window.right),
  };
  return [right, below].filter((b) => b.left <= b.right && b.top <= b.bottom);
}

/** Cuts a band into runs of whole rows that each fit one sync (one row always fits: 16,384 cells). */
export function rowChunks(band: Block): Block[] {
  const width = band.right - band.left + 1;
  const rows = Math.max(1, Math.floor(CELLS_PER_SYNC / width));
  const chunks: Block[] = [];
  for (let top = band.top; top <= band.bottom; top += rows)
    chunks.push({ ...band, top, bottom: Math.min(band.bottom, top + rows - 1) });
  return chunks;
}

/** Splits a list into runs of at most `size`. */
export function runsOf<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}

export interface SyncCost {
  readonly cells: number;
  readonly probes: number;
}

interface Bin<T> {
  readonly items: T[];
  cells: number;
  probes: number;
}

/**
 * First-fit packing into syncs that each stay within both budgets, so blocks of cells and
 * runs of probes (which cost the request, not the response) share syncs. An item bigger
 * than a budget gets a sync of its own.
 */
export function packIntoSyncs<T>(items: readonly T[], cost: (item: T) => SyncCost): T[][] {
  const bins: Bin<T>[] = [];
  for (const item of items) {
    const c = cost(item);
    const fits = (b: Bin<T>) => b.cells + c.cells <= CELLS_PER_SYNC && b.probes + c.probes <= PROBES_PER_SYNC;
    const bin = bins.find(fits) ?? bins[bins.push({ items: [], cells: 0, probes: 0 }) - 1];
    if (!bin) continue;
    bin.items.push(item);
    bin.cells += c.cells;
    bin.probes += c.probes;
  }
  return bins.map((b) => b.items);
}

export function blockToA1(block: Block): string {
  return `${columnLetters(block.left)}${block.top}:${columnLetters(block.right)}${block.bottom}`;
}

/** "5:5": the whole row, to be met with a used range. */
export function rowToA1(row: number): string {
  return `${row}:${row}`;
}

/** "C:C": the whole column, to be met with a used range. */
export function columnToA1(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}
