/**
 * Turns a template's declared formulas into invariant A1 formula text for one cell. Only
 * functions Excel and LibreOffice share (SUM, IF, ROUND, ROUNDDOWN, ABS, INDEX, MATCH,
 * IFERROR, ISNUMBER, OR, FIXED), "," separators, and references found through the layout.
 */
import { rangeToA1, toA1, type CellAddress } from "../../address/cell-address";
import {
  CLEAN_DIGITS,
  COUNTERPART_PASSED,
  COUNTERPART_SHORT_PREFIX,
  COUNTERPART_SHORT_SUFFIX,
  SPLIT_TOLERANCE,
  missingAmountDecimals,
} from "../../counterpart";
import type { CounterpartRule } from "../../programs/types";
import type { CellRef, FormulaSpec, RowSelector, RowsColumn } from "../template-spec";
import type { Layout, PlacedRow } from "./layout";

export interface FormulaEnv {
  readonly layout: Layout;
  readonly row: PlacedRow;
  readonly colKey: string;
  readonly rule: Pick<CounterpartRule, "rounding" | "roundingUnit">;
}

function rowNumber(key: string | undefined, env: FormulaEnv): number {
  if (key === undefined) return env.row.row;
  const found = env.layout.rowByKey.get(key);
  if (!found) throw new Error(`A formula refers to the missing row "${key}"`);
  return found.row;
}

/** The cell, or null when its column is not part of this rendering (NS huyện). */
function optionalCell(ref: CellRef, env: FormulaEnv): CellAddress | null {
  const col = env.layout.colByKey.get(ref.col ?? env.colKey);
  return col === undefined ? null : { row: rowNumber(ref.row, env), col };
}

function cellOf(ref: CellRef, env: FormulaEnv): string {
  const address = optionalCell(ref, env);
  if (!address) throw new Error(`A formula refers to the missing column "${ref.col ?? env.colKey}"`);
  return toA1(address);
}

function consecutive(cells: readonly CellAddress[]): boolean {
  const sameRow = cells.every((c, i) => c.row === cells[0]?.row && c.col === (cells[0]?.col ?? 0) + i);
  const sameCol = cells.every((c, i) => c.col === cells[0]?.col && c.row === (cells[0]?.row ?? 0) + i);
  return sameRow || sameCol;
}

/** SUM over cells: a range when they are consecutive, else a list. */
export function sumOf(cells: readonly CellAddress[]): string {
  const [first] = cells;
  const last = cells[cells.length - 1];
  if (!first || !last) return "0";
  if (cells.length > 1 && consecutive(cells)) return `SUM(${rangeToA1({ start: first, end: last })})`;
  return `SUM(${cells.map((c) => toA1(c)).join(",")})`;
}

/** Every body and footer row whose role the selector lists, in sheet order. */
export function selectRows(selector: RowSelector, env: Pick<FormulaEnv, "layout">): PlacedRow[] {
  return [...env.layout.body, ...env.layout.footer].filter((row) => selector.roles.includes(row.role));
}

function columnRange(range: RowsColumn, env: FormulaEnv): string {
  const rows = selectRows(range.rows, env).map((r) => r.row);
  const col = env.layout.colByKey.get(range.col);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (col === undefined || first === undefined || last === undefined || last - first + 1 !== rows.length) {
    throw new Error(`Lookup rows ${range.rows.roles.join("/")} in "${range.col}" are not one block`);
  }
  return rangeToA1({ start: { row: first, col }, end: { row: last, col } }, true);
}

function inThisColumn(rows: readonly number[], env: FormulaEnv): CellAddress[] {
  return rows.map((row) => ({ row, col: env.layout.colByKey.get(env.colKey) ?? 0 }));
}

/** A string literal in a formula, quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function lookup(key: string, keys: string, values: string): string {
  return `IFERROR(INDEX(${values},MATCH(${key},${keys},0)),"")`;
}

function roundedDown(product: string, env: FormulaEnv): string {
  const { rounding, roundingUnit } = env.rule;
  if (rounding === "none") return `ROUND(${product},${CLEAN_DIGITS})`;
  if (roundingUnit === 1) return `ROUNDDOWN(ROUND(${product},${CLEAN_DIGITS}),0)`;
  return `ROUNDDOWN(ROUND(${product}/${roundingUnit},${CLEAN_DIGITS}),0)*${roundingUnit}`;
}

function counterpartMinimum(
  spec: Extract<FormulaSpec, { op: "counterpart-minimum" }>,
  env: FormulaEnv,
): string {
  const base = cellOf(spec.base, env);
  const ratio = cellOf(spec.ratio, env);
  const fallback = roundedDown(`${base}*${ratio}`, env);
  const levels = spec.levels.map((col) => optionalCell({ col }, env)).filter((c) => c !== null);
  const shares = spec.levels
    .map((col) => optionalCell({ row: spec.shareRow, col }, env))
    .filter((c) => c !== null);
  const minimum =
    env.rule.rounding === "none"
      ? fallback
      : `IF(ABS(${sumOf(shares)}-${ratio})<${SPLIT_TOLERANCE.toFixed(6)},${sumOf(levels)},${fallback})`;
  return `IF(ISNUMBER(${ratio}),${minimum},"")`;
}

function counterpartStatus(
  spec: Extract<FormulaSpec, { op: "counterpart-status" }>,
  env: FormulaEnv,
): string {
  const actual = cellOf(spec.actual, env);
  const minimum = cellOf(spec.minimum, env);
  const short = `${formulaString(COUNTERPART_SHORT_PREFIX)}&FIXED(${minimum}-${actual},${missingAmountDecimals(env.rule)})&${formulaString(COUNTERPART_SHORT_SUFFIX)}`;
  const verdict = `IF(ROUND(${actual}-${minimum},${CLEAN_DIGITS})>=0,${formulaString(COUNTERPART_PASSED)},${short})`;
  return `IF(ISNUMBER(${minimum}),${verdict},"")`;
}

function expression(spec: FormulaSpec, env: FormulaEnv): string {
  switch (spec.op) {
    case "sum-columns":
      return sumOf(spec.of.map((col) => optionalCell({ col }, env)).filter((c) => c !== null));
    case "sum-children":
      return sumOf(
        inThisColumn(
          env.row.children.map((key) => rowNumber(key, env)),
          env,
        ),
      );
    case "sum-rows":
      return sumOf(
        inThisColumn(
          selectRows(spec.rows, env).map((r) => r.row),
          env,
        ),
      );
    case "ratio": {
      const den = cellOf(spec.den, env);
      return `IF(${den}=0,"",${cellOf(spec.num, env)}/${den})`;
    }
    case "linear":
      return spec.terms
        .map((term, i) => `${term.sign < 0 ? "-" : i > 0 ? "+" : ""}${cellOf(term.ref, env)}`)
        .join("");
    case "difference": {
      const from = cellOf(spec.from, env);
      const minus = cellOf(spec.minus, env);
      return `IF(OR(${from}="",${minus}=""),"",${from}-${minus})`;
    }
    case "lookup":
      return lookup(cellOf(spec.key, env), columnRange(spec.keys, env), columnRange(spec.values, env));
    case "override-or-lookup": {
      const override = cellOf(spec.override, env);
      const fallback = lookup(
        cellOf(spec.key, env),
        columnRange(spec.keys, env),
        columnRange(spec.values, env),
      );
      return `IF(ISNUMBER(${override}),${override},${fallback})`;
    }
    case "counterpart-share":
      return roundedDown(`${cellOf(spec.base, env)}*${cellOf(spec.share, env)}`, env);
    case "counterpart-minimum":
      return counterpartMinimum(spec, env);
    case "counterpart-status":
      return counterpartStatus(spec, env);
  }
}

export function formulaText(spec: FormulaSpec, env: FormulaEnv): string {
  return `=${expression(spec, env)}`;
}
