/**
 * Moves a formula from one cell to another the way Excel copies it: relative parts of
 * each reference move with the cell, $-anchored parts stay. ExcelJS hands the cells of
 * a shared formula only the master's text and address, so this gives each cell the
 * formula it really holds. A reference pushed off the grid becomes #REF!, as in Excel.
 */
import type { CellAddress } from "../address/cell-address";
import { MAX_COL, MAX_ROW, type Expr, type RefPoint, type ReferenceNode } from "./ast";
import { parseFormula } from "./parse";
import { printExpression } from "./print";
import { mapNodes } from "./walk";

/**
 * The formula of `master` as it reads in `target`; keeps a leading "=" only if the input
 * had one (ExcelJS stores shared formulas without it). Throws ParseError on bad input.
 */
export function shiftFormula(formula: string, master: CellAddress, target: CellAddress): string {
  const shifted = shiftExpression(parseFormula(formula), target.row - master.row, target.col - master.col);
  return (formula.startsWith("=") ? "=" : "") + printExpression(shifted);
}

export function shiftExpression(expr: Expr, rows: number, cols: number): Expr {
  return mapNodes(expr, (node) =>
    node.type === "cell" || node.type === "range" ? shiftReference(node, rows, cols) : node,
  );
}

function shiftReference(node: ReferenceNode, rows: number, cols: number): Expr {
  const moved =
    node.type === "cell"
      ? { ...node, ...movePoint(node, rows, cols) }
      : {
          ...node,
          start: movePoint(node.start, node.span === "columns" ? 0 : rows, node.span === "rows" ? 0 : cols),
          end: movePoint(node.end, node.span === "columns" ? 0 : rows, node.span === "rows" ? 0 : cols),
        };
  const points = moved.type === "cell" ? [moved] : [moved.start, moved.end];
  if (points.every(onGrid)) return moved;
  return { type: "error", value: "#REF!", ...(node.sheet && { sheet: node.sheet }) };
}

function movePoint(point: RefPoint, rows: number, cols: number): RefPoint {
  return {
    row: point.rowAbs ? point.row : point.row + rows,
    col: point.colAbs ? point.col : point.col + cols,
    rowAbs: point.rowAbs,
    colAbs: point.colAbs,
  };
}

function onGrid(point: RefPoint): boolean {
  return point.row >= 1 && point.row <= MAX_ROW && point.col >= 1 && point.col <= MAX_COL;
}
