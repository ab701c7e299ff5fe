/**
 * INDEX, MATCH and VLOOKUP. INDEX on a reference returns a reference, so A1:INDEX(...)
 * and SUM(INDEX(...)) work. MATCH and VLOOKUP find exact matches (text without regard to
 * case, with * and ? wildcards) and, in their default approximate mode, the last value
 * not greater than the one looked for in sorted data.
 */
import type { ErrorCell } from "../workbook";
import type { Expr } from "./ast";
import type { EvaluationContext, Evaluator } from "./eval-context";
import { areaSize, forEachCell, singleArea } from "./eval-references";
import {
  compareScalars,
  errorOf,
  isArray,
  isError,
  isRef,
  sameValue,
  toBoolean,
  toNumber,
  type Area,
  type Scalar,
  type Value,
} from "./eval-values";

/** A rectangle of values; `rows` may be shorter than `height` where a sheet's used part ends. */
interface Table {
  readonly rows: readonly (readonly Scalar[])[];
  readonly height: number;
  readonly width: number;
}

export function index(args: readonly Expr[], ev: Evaluator): Value {
  const source = ev.value(args[0] ?? { type: "empty" });
  if (isRef(source)) return indexReference(source.areas, args, ev);
  const table = tableOf(source, ev.context);
  if (isError(table)) return table;
  const position = indexPosition(args, ev, table.height, table.width);
  return isError(position) ? position : slice(table, position);
}

function indexReference(areas: readonly Area[], args: readonly Expr[], ev: Evaluator): Value {
  const area = areaNumber(areas, args[3], ev);
  if (isError(area)) return area;
  const size = areaSize(area);
  const position = indexPosition(args, ev, size.rows, size.cols);
  return isError(position) ? position : { kind: "ref", areas: [subArea(area, position)] };
}

interface Position {
  readonly row: number;
  readonly col: number;
}

/** Row and column asked for; 0 means "all". One index into a single row counts columns. */
function indexPosition(
  args: readonly Expr[],
  ev: Evaluator,
  height: number,
  width: number,
): Position | ErrorCell {
  const first = wholeNumber(args[1], ev);
  if (isError(first)) return first;
  const second = args[2] ? wholeNumber(args[2], ev) : undefined;
  if (isError(second)) return second;
  const singleRow = second === undefined && height === 1;
  const row = singleRow ? 1 : first;
  const col = singleRow ? first : (second ?? 0);
  if (row < 0 || col < 0) return errorOf("#VALUE!");
  return row > height || col > width ? errorOf("#REF!") : { row, col };
}

function areaNumber(areas: readonly Area[], expr: Expr | undefined, ev: Evaluator): Area | ErrorCell {
  const n = expr ? wholeNumber(expr, ev) : 1;
  if (isError(n)) return n;
  return areas[n - 1] ?? errorOf("#REF!");
}

function subArea(area: Area, at: Position): Area {
  const { start, end } = area.range;
  const rows = at.row === 0 ? [start.row, end.row] : [start.row + at.row - 1, start.row + at.row - 1];
  const cols = at.col === 0 ? [start.col, end.col] : [start.col + at.col - 1, start.col + at.col - 1];
  return {
    sheet: area.sheet,
    range: { start: { row: rows[0] ?? 1, col: cols[0] ?? 1 }, end: { row: rows[1] ?? 1, col: cols[1] ?? 1 } },
  };
}

function slice(table: Table, at: Position): Value {
  const rows = at.row === 0 ? table.rows : table.rows.slice(at.row - 1, at.row);
  const picked = rows.map((row) => (at.col === 0 ? row : [row[at.col - 1] ?? null]));
  return picked.length === 1 && picked[0]?.length === 1
    ? (picked[0][0] ?? null)
    : { kind: "array", rows: picked };
}

export function match(args: readonly Expr[], ev: Evaluator): Scalar {
  const wanted = ev.scalar(args[0] ?? { type: "empty" });
  if (isError(wanted)) return wanted;
  const table = tableOf(ev.value(args[1] ?? { type: "empty" }), ev.context);
  if (isError(table)) return table;
  if (table.height > 1 && table.width > 1) return errorOf("#N/A");
  const mode = args[2] ? toNumber(ev.scalar(args[2])) : 1;
  if (isError(mode)) return mode;
  const found = findPosition(table.rows.flat(), wanted, Math.sign(mode));
  return found < 0 ? errorOf("#N/A") : found + 1;
}

export function vlookup(args: readonly Expr[], ev: Evaluator): Scalar {
  const wanted = ev.scalar(args[0] ?? { type: "empty" });
  if (isError(wanted)) return wanted;
  const table = tableOf(ev.value(args[1] ?? { type: "empty" }), ev.context);
  if (isError(table)) return table;
  const col = wholeNumber(args[2], ev);
  if (isError(col)) return col;
  if (col < 1) return errorOf("#VALUE!");
  if (col > table.width) return errorOf("#REF!");
  const approximate = args[3] ? toBoolean(ev.scalar(args[3])) : true;
  if (isError(approximate)) return approximate;
  const found = findPosition(
    table.rows.map((row) => row[0] ?? null),
    wanted,
    approximate ? 1 : 0,
  );
  return found < 0 ? errorOf("#N/A") : (table.rows[found]?.[col - 1] ?? null);
}

/** 0: first exact match; 1: last value ≤ wanted before a greater one; -1: the mirror. */
function findPosition(values: readonly Scalar[], wanted: Scalar, mode: number): number {
  if (wanted === null) return -1;
  if (mode === 0) {
    const matches = wildcardMatcher(wanted);
    return values.findIndex((value) => (matches ? matches(value) : sameValue(value, wanted)));
  }
  let best = -1;
  for (const [i, value] of values.entries()) {
    if (value === null || isError(value) || isError(wanted) || typeof value !== typeof wanted) continue;
    if (compareScalars(value, wanted) * mode > 0) break;
    best = i;
  }
  return best;
}

/** Text with * or ? matches by pattern; "~" makes the next character literal. */
function wildcardMatcher(wanted: Scalar): ((value: Scalar) => boolean) | null {
  if (typeof wanted !== "string" || !/[*?~]/.test(wanted)) return null;
  const text = wanted.normalize("NFC");
  let source = "";
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? "";
    if (ch === "~" && i + 1 < text.length) source += escapeRegExp(text[++i] ?? "");
    else source += ch === "*" ? ".*" : ch === "?" ? "." : escapeRegExp(ch);
  }
  const pattern = new RegExp(`^${source}$`, "isu");
  return (value) => typeof value === "string" && pattern.test(value.normalize("NFC"));
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function tableOf(value: Value, context: EvaluationContext): Table | ErrorCell {
  if (isError(value)) return value;
  if (isArray(value))
    return { rows: value.rows, height: value.rows.length, width: value.rows[0]?.length ?? 0 };
  if (!isRef(value)) return { rows: [[value]], height: 1, width: 1 };
  const area = singleArea(value);
  if (!area) return errorOf("#REF!");
  return { ...readArea(area, context), height: areaSize(area).rows, width: areaSize(area).cols };
}

function readArea(area: Area, context: EvaluationContext): Pick<Table, "rows"> {
  const rows: Scalar[][] = [];
  forEachCell(area, context, (value, address) => {
    const r = address.row - area.range.start.row;
    (rows[r] ??= []).push(value);
  });
  return { rows };
}

function wholeNumber(expr: Expr | undefined, ev: Evaluator): number | ErrorCell {
  const n = toNumber(expr ? ev.scalar(expr) : null);
  return isError(n) ? n : Math.trunc(n);
}
