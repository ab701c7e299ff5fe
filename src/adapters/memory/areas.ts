/**
 * Rectangles of cells as the fake stores them, and the A1 text Excel uses for them at the
 * API boundary: "B3", "A1:C3", whole columns "B:D", whole rows "3:5", optionally
 * sheet-qualified ("'Phụ lục 01'!A1:C3").
 */
import { columnLetters, columnNumber, quoteSheetName } from "../../domain/address/cell-address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1-based, inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface QualifiedArea {
  readonly sheet: string | null;
  readonly area: Area;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row: number | null; col: number | null };

function parseCorner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell?.[1] && cell[2]) return { row: Number(cell[2]), col: columnNumber(cell[1]) };
  const column = COLUMN.exec(text);
  if (column?.[1]) return { row: null, col: columnNumber(column[1]) };
  const row = ROW.exec(text);
  if (row?.[1]) return { row: Number(row[1]), col: null };
  return null;
}

function inBounds(area: Area): boolean {
  return area.top >= 1 && area.left >= 1 && area.bottom <= MAX_ROWS && area.right <= MAX_COLUMNS;
}

function cornersToArea(a: Corner, b: Corner): Area | null {
  const bothCells = a.row !== null && a.col !== null && b.row !== null && b.col !== null;
  const bothColumns = a.row === null && b.row === null && a.col !== null && b.col !== null;
  const bothRows = a.col === null && b.col === null && a.row !== null && b.row !== null;
  if (!bothCells && !bothColumns && !bothRows) return null;
  const area = {
    top: Math.min(a.row ?? 1, b.row ?? 1),
    bottom: Math.max(a.row ?? MAX_ROWS, b.row ?? MAX_ROWS),
    left: Math.min(a.col ?? 1, b.col ?? 1),
    right: Math.max(a.col ?? MAX_COLUMNS, b.col ?? MAX_COLUMNS),
  };
  return inBounds(area) ? area : null;
}

/** "A1:C3", "B:D", "3:5" (no sheet part) -> Area, or null when it is not an address. */
export function parseArea(text: string): Area | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const first = parseCorner(parts[0] ?? "");
  const second = parts.length === 2 ? parseCorner(parts[1] ?? "") : first;
  if (!first || !second) return null;
  if (parts.length === 1 && (first.row === null || first.col === null)) return null;
  return cornersToArea(first, second);
}

/** Splits "'It''s'!A1" into the unquoted sheet name and the rest. */
function splitSheet(text: string): { sheet: string | null; rest: string } | null {
  if (!text.includes("!")) return { sheet: null, rest: text };
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
    return match?.[1] !== undefined && match[2] !== undefined
      ? { sheet: match[1].replace(/''/g, "'"), rest: match[2] }
      : null;
  }
  const bang = text.lastIndexOf("!");
  return { sheet: text.slice(0, bang), rest: text.slice(bang + 1) };
}

export function parseQualifiedArea(text: string): QualifiedArea | null {
  const split = splitSheet(text.trim().replace(/^=/, ""));
  const area = split ? parseArea(split.rest) : null;
  return split && area ? { sheet: split.sheet, area } : null;
}

export function isWholeColumns(area: Area): boolean {
  return area.top === 1 && area.bottom === MAX_ROWS;
}

export function isWholeRows(area: Area): boolean {
  return area.left === 1 && area.right === MAX_COLUMNS;
}

/** Excel's own spelling: whole columns as "B:D", whole rows as "3:5", else "A1:C3" or "B3". */
export function areaToA1(area: Area, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isWholeColumns(area) && !isWholeRows(area)) {
    return `${d}${columnLetters(area.left)}:${d}${columnLetters(area.right)}`;
  }
  if (isWholeRows(area)) return `${d}${area.top}:${d}${area.bottom}`;
  const start = `${d}${columnLetters(area.left)}${d}${area.top}`;
  const end = `${d}${columnLetters(area.right)}${d}${area.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

export function qualifiedA1(sheet: string, area: Area, absolute = false): string {
  return `${quoteSheetName(sheet)}!${areaToA1(area, absolute)}`;
}

export function rowCount(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columnCount(area: Area): number {
  return area.right - area.left + 1;
}

export function cellCount(area: Area): number {
  return rowCount(area) * columnCount(area);
}

export function containsCell(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function containsArea(outer: Area, inner: Area): boolean {
  return containsCell(outer, inner.top, inner.left) && containsCell(outer, inner.bottom, inner.right);
}

export function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The cells two areas share, or null when they do not meet. */
export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

export function boundingArea(a: Area, b: Area): Area {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** Calls `visit` for every cell, row by row; returns the visitor's results as a 2-D array. */
export function mapArea<T>(area: Area, visit: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line: T[] = [];
    for (let c = area.left; c <= area.right; c++) line.push(visit(r, c));
    rows.push(line);
  }
  return rows;
}

export function rowsOf(area: Area): number[] {
  return Array.from({ length: rowCount(area) }, (_, i) => area.top + i);
}

export function columnsOf(area: Area): number[] {
  return Array.from({ length: columnCount(area) }, (_, i) => area.left + i);
}
