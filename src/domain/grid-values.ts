/**
 * Fills in the values of formula cells a file holds without results (workbooks written by
 * `kehoach new` have none; ExcelJS drops cached zeros) by evaluating them with the core's
 * evaluator, dependencies first. The order comes from the references each formula names
 * (defined names resolved to their ranges), sorted with an iterative Tarjan pass, so long
 * chains never deepen the call stack and circular chains are found instead of followed:
 * their cells get CIRCULAR_VALUE. A formula we cannot parse, and every formula that reads
 * it, stays unknown rather than showing a wrong number.
 */
import type { CellAddress } from "./address/cell-address";
import type { CellRefNode, Expr, RangeRefNode } from "./formula/ast";
import { evaluateFormula, type EvaluationContext } from "./formula/evaluate";
import { tryParseFormula } from "./formula/parse";
import { collectReferences } from "./formula/references";
import { mapNodes } from "./formula/walk";
import {
  cellKey,
  keyToAddress,
  type DefinedName,
  type ErrorCell,
  type GridCell,
  type GridValue,
  type SheetGrid,
  type WorkbookGrid,
} from "./workbook";

/** What a cell on a circular chain shows. Excel warns and shows 0; a total must not look computed. */
export const CIRCULAR_VALUE: ErrorCell = { error: "#VALUE!" };
const MISSING_SHEET: ErrorCell = { error: "#REF!" };

export interface SheetCell {
  readonly sheet: string;
  readonly address: CellAddress;
}

export interface ComputedGrid extends WorkbookGrid {
  /** Per sheet name, the cellKeys whose value was computed here rather than read from the file (circular ones included). */
  readonly computed: ReadonlyMap<string, ReadonlySet<number>>;
  /** Formula cells on a circular chain, in sheet then row order. */
  readonly circular: readonly SheetCell[];
}

export interface ComputeOptions {
  /** Evaluate every formula, ignoring cached results (to compare them with ours). */
  readonly recomputeAll?: boolean;
  /**
   * Every cached result is out of date (cells were written after the file was saved, as the
   * pane's browser mode does): compute every formula from the cells, and leave unknown the
   * ones we cannot compute rather than show their old number.
   */
  readonly staleResults?: boolean;
}

interface Pending {
  readonly sheet: number;
  readonly key: number;
  /** Null when the formula does not parse: it stays unknown. */
  readonly expr: Expr | null;
}

const upper = (name: string): string => name.toUpperCase();

/** Name nodes to the ranges they stand for; a sheet's own copy of a name wins (Excel's local scope). */
function resolveNames(expr: Expr, sheet: string, names: readonly DefinedName[]): Expr {
  if (names.length === 0) return expr;
  return mapNodes(expr, (node) => {
    if (node.type !== "name") return node;
    const wanted = upper(node.sheet?.name ?? sheet);
    const matches = names.filter((n) => upper(n.name) === upper(node.name) && n.range && n.sheet);
    const found = matches.find((n) => upper(n.sheet ?? "") === wanted) ?? matches[0];
    if (!found?.range || !found.sheet) return node;
    const point = (a: CellAddress) => ({ row: a.row, col: a.col, rowAbs: true, colAbs: true });
    const range: RangeRefNode = {
      type: "range",
      span: "cells",
      sheet: { name: found.sheet },
      start: point(found.range.start),
      end: point(found.range.end),
    };
    return range;
  });
}

class Workbook {
  readonly byName = new Map<string, number>();
  readonly sheetNames: readonly string[];
  readonly pending: Pending[] = [];
  /** Per sheet: pending id by cellKey, and pending rows per column in ascending order. */
  readonly ids: Map<number, number>[];
  readonly columns: Map<number, number[]>[];
  /** Per sheet: the values computed so far, by cellKey. */
  readonly values: Map<number, GridValue>[];

  constructor(
    readonly grid: WorkbookGrid,
    recomputeAll: boolean,
  ) {
    grid.sheets.forEach((sheet, i) => this.byName.set(upper(sheet.name), i));
    this.sheetNames = grid.sheets.map((sheet) => sheet.name);
    this.ids = grid.sheets.map(() => new Map<number, number>());
    this.columns = grid.sheets.map(() => new Map<number, number[]>());
    this.values = grid.sheets.map(() => new Map<number, GridValue>());
    grid.sheets.forEach((sheet, s) => this.collect(sheet, s, recomputeAll));
    for (const byCol of this.columns) for (const rows of byCol.values()) rows.sort((a, b) => a - b);
  }

  private collect(sheet: SheetGrid, s: number, recomputeAll: boolean): void {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === null || (cell.valueKnown && !recomputeAll)) continue;
      const parsed = tryParseFormula(cell.formula);
      const expr = parsed.ok ? resolveNames(parsed.expr, sheet.name, this.grid.names) : null;
      this.ids[s]?.set(key, this.pending.length);
      this.pending.push({ sheet: s, key, expr });
      const { row, col } = keyToAddress(key);
      const rows = this.columns[s]?.get(col) ?? [];
      rows.push(row);
      this.columns[s]?.set(col, rows);
    }
  }

  sheetIndex(name: string): number | undefined {
    return this.byName.get(upper(name));
  }

  /** Pending cells inside a rectangle of one sheet. */
  pendingIn(s: number, start: CellAddress, end: CellAddress, found: number[]): void {
    const byCol = this.columns[s];
    if (!byCol || byCol.size === 0) return;
    for (const [col, rows] of byCol) {
      if (col < start.col || col > end.col) continue;
      for (let i = lowerBound(rows, start.row); i < rows.length && (rows[i] ?? 0) <= end.row; i++) {
        const id = this.ids[s]?.get(cellKey(rows[i] ?? 0, col));
        if (id !== undefined) found.push(id);
      }
    }
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sheetsOfReference(book: Workbook, node: CellRefNode | RangeRefNode, home: number): number[] {
  if (node.sheet?.book !== undefined) return [];
  if (!node.sheet) return [home];
  const first = book.sheetIndex(node.sheet.name);
  const last = node.sheet.last === undefined ? first : book.sheetIndex(node.sheet.last);
  if (first === undefined || last === undefined) return [];
  const from = Math.min(first, last);
  return Array.from({ length: Math.abs(last - first) + 1 }, (_, i) => from + i);
}

function dependencies(book: Workbook, item: Pending): number[] {
  if (!item.expr) return [];
  const found: number[] = [];
  for (const ref of collectReferences(item.expr)) {
    for (const s of sheetsOfReference(book, ref.node, item.sheet)) {
      book.pendingIn(s, ref.range.start, ref.range.end, found);
    }
  }
  return found;
}

/** Tarjan's strongly connected components without recursion; components come dependencies first. */
function components(edges: readonly (readonly number[])[]): number[][] {
  const count = edges.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const result: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: number; edge: number };
      const v = frame.node;
      if (frame.edge === 0 && index[v] === -1) {
        index[v] = low[v] = next++;
        stack.push(v);
        onStack[v] = 1;
      }
      const out = edges[v] ?? [];
      if (frame.edge < out.length) {
        const w = out[frame.edge++] as number;
        if (index[w] === -1) work.push({ node: w, edge: 0 });
        else if (onStack[w]) low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] ?? 0, low[v] ?? 0);
      if (low[v] === index[v]) result.push(popComponent(stack, onStack, v));
    }
  }
  return result;
}

function popComponent(stack: number[], onStack: Uint8Array, root: number): number[] {
  const component: number[] = [];
  for (;;) {
    const w = stack.pop() as number;
    onStack[w] = 0;
    component.push(w);
    if (w === root) return component;
  }
}

function evaluationContext(book: Workbook, item: Pending, readUnknown: () => void): EvaluationContext {
  const sheets = book.grid.sheets;
  const sheetOf = (name: string) => {
    const s = book.sheetIndex(name);
    return s === undefined ? undefined : { s, grid: sheets[s] as SheetGrid };
  };
  return {
    sheet: sheets[item.sheet]?.name ?? "",
    sheetNames: book.sheetNames,
    value: (name, at) => {
      const found = sheetOf(name);
      if (!found) return MISSING_SHEET;
      const key = cellKey(at.row, at.col);
      const computed = book.values[found.s]?.get(key);
      if (computed !== undefined) return computed;
      const cell = found.grid.cells.get(key);
      if (cell && !cell.valueKnown) readUnknown();
      return cell?.value ?? null;
    },
    usedSize: (name) => sheetOf(name)?.grid,
    formula: (name, at) => sheetOf(name)?.grid.cells.get(cellKey(at.row, at.col))?.formula ?? null,
    rowHidden: (name, row) => sheetOf(name)?.grid.hiddenRows.has(row) ?? false,
  };
}

/** A value that read an unknown one is unknown too: it is left out, so the cell keeps valueKnown false. */
function evaluate(book: Workbook, id: number): void {
  const item = book.pending[id] as Pending;
  if (!item.expr) return;
  let tainted = false;
  const value = evaluateFormula(
    item.expr,
    evaluationContext(book, item, () => (tainted = true)),
  );
  if (!tainted) book.values[item.sheet]?.set(item.key, value);
}

function markCircular(book: Workbook, component: readonly number[]): void {
  for (const id of component) {
    const item = book.pending[id] as Pending;
    book.values[item.sheet]?.set(item.key, CIRCULAR_VALUE);
  }
}

function withValues(sheet: SheetGrid, values: ReadonlyMap<number, GridValue>): SheetGrid {
  if (values.size === 0) return sheet;
  const cells = new Map<number, GridCell>(sheet.cells);
  for (const [key, value] of values) {
    const cell = cells.get(key);
    if (cell) cells.set(key, { ...cell, value, valueKnown: true });
  }
  return { ...sheet, cells };
}

function circularCells(book: Workbook, circular: Set<number>): SheetCell[] {
  return [...circular]
    .map((id) => book.pending[id] as Pending)
    .sort((a, b) => a.sheet - b.sheet || a.key - b.key)
    .map((item) => ({ sheet: book.grid.sheets[item.sheet]?.name ?? "", address: keyToAddress(item.key) }));
}

function withoutResults(grid: WorkbookGrid): WorkbookGrid {
  const forget = (cell: GridCell): GridCell =>
    cell.formula === null ? cell : { ...cell, value: null, valueKnown: false };
  const sheets = grid.sheets.map((sheet) => ({
    ...sheet,
    cells: new Map([...sheet.cells].map(([key, cell]) => [key, forget(cell)])),
  }));
  return { ...grid, sheets };
}

export function computeValues(input: WorkbookGrid, options: ComputeOptions = {}): ComputedGrid {
  const grid = options.staleResults ? withoutResults(input) : input;
  const book = new Workbook(grid, options.recomputeAll ?? false);
  const edges = book.pending.map((item) => dependencies(book, item));
  const circular = new Set<number>();
  for (const component of components(edges)) {
    const [only] = component;
    const selfLoop = component.length === 1 && only !== undefined && (edges[only] ?? []).includes(only);
    if (component.length > 1 || selfLoop) {
      markCircular(book, component);
      component.forEach((id) => circular.add(id));
    } else if (only !== undefined) evaluate(book, only);
  }
  return {
    ...grid,
    sheets: grid.sheets.map((sheet, s) => withValues(sheet, book.values[s] ?? new Map())),
    computed: new Map(grid.sheets.map((sheet, s) => [sheet.name, new Set(book.values[s]?.keys() ?? [])])),
    circular: circularCells(book, circular),
  };
}
