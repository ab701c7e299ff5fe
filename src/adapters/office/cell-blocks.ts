/**
 * Groups a plan's scattered cells into filled rectangles, so the adapter writes each with
 * one 2-D assignment instead of one request per cell, and never writes a cell the plan
 * left out. Rows are cut into runs of adjacent cells; runs spanning the same columns on
 * consecutive rows stack into one block.
 */
import type { CellAddress, RangeAddress } from "../../domain/address/cell-address";

export interface CellBlock<T> {
  readonly range: RangeAddress;
  /** rows[i][j] is the cell at (range.start.row + i, range.start.col + j). */
  readonly rows: readonly (readonly T[])[];
}

interface Run<T> {
  readonly row: number;
  readonly left: number;
  readonly cells: T[];
}

function byPosition(a: CellAddress, b: CellAddress): number {
  return a.row - b.row || a.col - b.col;
}

function rowRuns<T extends { readonly address: CellAddress }>(cells: readonly T[]): Run<T>[] {
  const runs: Run<T>[] = [];
  for (const cell of [...cells].sort((a, b) => byPosition(a.address, b.address))) {
    const last = runs[runs.length - 1];
    const continues = last?.row === cell.address.row && last.left + last.cells.length === cell.address.col;
    if (last && continues) last.cells.push(cell);
    else runs.push({ row: cell.address.row, left: cell.address.col, cells: [cell] });
  }
  return runs;
}

interface OpenBlock<T> {
  readonly top: number;
  readonly left: number;
  readonly rows: T[][];
}

export function rectangularBlocks<T extends { readonly address: CellAddress }>(
  cells: readonly T[],
): CellBlock<T>[] {
  const blocks: OpenBlock<T>[] = [];
  const openBySpan = new Map<string, OpenBlock<T>>();
  for (const run of rowRuns(cells)) {
    const span = `${run.left}:${run.cells.length}`;
    const open = openBySpan.get(span);
    if (open && open.top + open.rows.length === run.row) {
      open.rows.push(run.cells);
      continue;
    }
    const block = { top: run.row, left: run.left, rows: [run.cells] };
    blocks.push(block);
    openBySpan.set(span, block);
  }
  return blocks.map(({ top, left, rows }) => ({
    range: {
      start: { row: top, col: left },
      end: { row: top + rows.length - 1, col: left + (rows[0]?.length ?? 1) - 1 },
    },
    rows,
  }));
}

/** Consecutive numbers as [first, last] spans: [3, 4, 5, 9] -> [[3, 5], [9, 9]]. */
export function consecutiveSpans(numbers: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && last[1] + 1 === n) last[1] = n;
    else spans.push([n, n]);
  }
  return spans;
}
