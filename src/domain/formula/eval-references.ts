/**
 * References during evaluation: turning reference nodes into areas (3-D references
 * expanded over the workbook's sheet order), Excel's reference operators (":" bounding
 * box, " " intersection, "," union) and reading cells, clipped to the used part of a
 * sheet so SUM(C:C) does not visit a million empty rows.
 */
import type { CellAddress, RangeAddress } from "../address/cell-address";
import type { ErrorCell } from "../workbook";
import type { ReferenceNode } from "./ast";
import type { EvaluationContext } from "./eval-context";
import {
  errorOf,
  isArray,
  isError,
  isRef,
  type Area,
  type RefValue,
  type Scalar,
  type Value,
} from "./eval-values";

export function referenceValue(node: ReferenceNode, context: EvaluationContext): RefValue | ErrorCell {
  const sheets = sheetsOf(node, context);
  if (!sheets) return errorOf("#REF!");
  const range =
    node.type === "cell"
      ? { start: { row: node.row, col: node.col }, end: { row: node.row, col: node.col } }
      : boundingBox({ start: node.start, end: node.start }, { start: node.end, end: node.end });
  return { kind: "ref", areas: sheets.map((sheet) => ({ sheet, range })) };
}

function sheetsOf(node: ReferenceNode, context: EvaluationContext): readonly string[] | null {
  const sheet = node.sheet;
  if (sheet?.book !== undefined) return null;
  if (sheet?.last === undefined) return [sheet?.name ?? context.sheet];
  const names = context.sheetNames ?? [];
  const from = names.indexOf(sheet.name);
  const to = names.indexOf(sheet.last);
  if (from < 0 || to < 0) return null;
  return names.slice(Math.min(from, to), Math.max(from, to) + 1);
}

function boundingBox(a: RangeAddress, b: RangeAddress): RangeAddress {
  return {
    start: { row: Math.min(a.start.row, b.start.row), col: Math.min(a.start.col, b.start.col) },
    end: { row: Math.max(a.end.row, b.end.row), col: Math.max(a.end.col, b.end.col) },
  };
}

/** A1:INDEX(...): one rectangle spanning both single-area references on the same sheet. */
export function rangeBetween(left: Value, right: Value): Value {
  if (isError(left)) return left;
  if (isError(right)) return right;
  const a = singleArea(left);
  const b = singleArea(right);
  if (!a || !b || a.sheet !== b.sheet) return errorOf("#VALUE!");
  return { kind: "ref", areas: [{ sheet: a.sheet, range: boundingBox(a.range, b.range) }] };
}

export function intersection(left: Value, right: Value): Value {
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (!isRef(left) || !isRef(right)) return errorOf("#VALUE!");
  const areas = left.areas.flatMap((a) => right.areas.flatMap((b) => overlap(a, b) ?? []));
  return areas.length > 0 ? { kind: "ref", areas } : errorOf("#NULL!");
}

function overlap(a: Area, b: Area): Area | null {
  if (a.sheet !== b.sheet) return null;
  const start = {
    row: Math.max(a.range.start.row, b.range.start.row),
    col: Math.max(a.range.start.col, b.range.start.col),
  };
  const end = {
    row: Math.min(a.range.end.row, b.range.end.row),
    col: Math.min(a.range.end.col, b.range.end.col),
  };
  return start.row <= end.row && start.col <= end.col ? { sheet: a.sheet, range: { start, end } } : null;
}

export function union(left: Value, right: Value): Value {
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (!isRef(left) || !isRef(right)) return errorOf("#VALUE!");
  return { kind: "ref", areas: [...left.areas, ...right.areas] };
}

export function singleArea(value: Value): Area | null {
  return isRef(value) && value.areas.length === 1 ? (value.areas[0] ?? null) : null;
}

export function areaSize(area: Area): { readonly rows: number; readonly cols: number } {
  return {
    rows: area.range.end.row - area.range.start.row + 1,
    cols: area.range.end.col - area.range.start.col + 1,
  };
}

/** Calls `visit` for every cell of the area inside the sheet's used part, row by row. */
export function forEachCell(
  area: Area,
  context: EvaluationContext,
  visit: (value: Scalar, address: CellAddress) => void,
): void {
  const used = context.usedSize?.(area.sheet);
  const lastRow = Math.min(area.range.end.row, used?.maxRow ?? Infinity);
  const lastCol = Math.min(area.range.end.col, used?.maxCol ?? Infinity);
  for (let row = area.range.start.row; row <= lastRow; row += 1) {
    for (let col = area.range.start.col; col <= lastCol; col += 1) {
      const address = { row, col };
      visit(context.value(area.sheet, address), address);
    }
  }
}

/** The one value a reference or array stands for where a single value is expected. */
export function toScalar(value: Value, context: EvaluationContext): Scalar {
  if (isArray(value)) return value.rows[0]?.[0] ?? null;
  if (!isRef(value)) return value;
  const area = singleArea(value);
  if (!area || area.range.start.row !== area.range.end.row || area.range.start.col !== area.range.end.col) {
    return errorOf("#VALUE!");
  }
  return context.value(area.sheet, area.range.start);
}
