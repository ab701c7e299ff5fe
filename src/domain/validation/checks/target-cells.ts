/**
 * Biểu 02 and Biểu 03 as the target rules read them: the indicator rows, each row's unit
 * (its "Đơn vị tính" cell, else the unit our templates give its key, else a "%" or "(hộ)"
 * in its label) and what kind of number that unit asks for, and each target cell's number
 * with whether it is a fraction shown as % (0,96 formatted "96%") or percent points (96).
 */
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import { parseNumberText } from "../../format/parse-number";
import { plainWord } from "../../own-sheets/setting-parsers";
import { B02_COLUMNS, B02_ROWS, B03_COLUMNS } from "../../templates/column-keys";
import { INDICATORS } from "../../templates/indicators";
import { gridCell, sheetNamed } from "../grid-access";
import type { CellRef } from "../issue-builders";
import type { RuleContext } from "../rule";
import { bodyRows } from "../table-cells";

export type UnitKind = "percent" | "count" | "other" | "none";

export function targetTables(ctx: RuleContext): RecognisedTable[] {
  return ctx.recognition.tables.filter((table) => table.kind === "bieu-02" || table.kind === "bieu-03");
}

/** The columns holding target numbers: households by group, or last year's result and this year's plan. */
export function valueKeys(table: RecognisedTable): string[] {
  const keys: string[] =
    table.kind === "bieu-02"
      ? [B02_COLUMNS.hoNgheo, B02_COLUMNS.hoCanNgheo]
      : [B03_COLUMNS.previous, B03_COLUMNS.plan];
  return keys.filter((key) => table.columns.has(key));
}

/** Rows that state a target, not the dimension headings between them. */
export function indicatorRows(table: RecognisedTable): RecognisedRow[] {
  return bodyRows(table).filter(
    (row) => row.role === "item" || (row.key !== null && !["group", "total", "other"].includes(row.role)),
  );
}

const B02_PERCENT_ROWS: readonly string[] = [B02_ROWS.startRate, B02_ROWS.endRate, B02_ROWS.reduction];

/** The unit our own templates print for a row key, or null for a key we do not know. */
export function knownUnit(table: RecognisedTable, row: RecognisedRow): string | null {
  if (row.key === null) return null;
  if (table.kind === "bieu-02") {
    const known = (Object.values(B02_ROWS) as string[]).includes(row.key);
    return known ? (B02_PERCENT_ROWS.includes(row.key) ? "%" : "Hộ") : null;
  }
  return INDICATORS.find((indicator) => indicator.id === row.key)?.unit ?? null;
}

function textAt(ctx: RuleContext, table: RecognisedTable, row: number, key: string): string {
  const col = table.columns.get(key);
  if (col === undefined || col < 1) return "";
  const value = ctx.value(table.sheet, row, col);
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
}

const UNIT_COLUMN = B03_COLUMNS.dvt;
const LABEL_COLUMN: Readonly<Record<string, string>> = {
  "bieu-02": B02_COLUMNS.chiTieu,
  "bieu-03": B03_COLUMNS.chiTieu,
};

export function unitText(ctx: RuleContext, table: RecognisedTable, row: RecognisedRow): string {
  return textAt(ctx, table, row.row, UNIT_COLUMN);
}

export function labelText(ctx: RuleContext, table: RecognisedTable, row: RecognisedRow): string {
  return textAt(ctx, table, row.row, LABEL_COLUMN[table.kind] ?? "") || row.label;
}

/** "Tỷ lệ hộ … (%)", "Số lao động được hỗ trợ (người)": a unit written into the label. */
export function unitInLabel(label: string): string | null {
  const paren = /\(([^()]{1,20})\)\s*[:.]?\s*$/.exec(label);
  if (paren?.[1] && unitKind(paren[1]) !== "other") return paren[1].trim();
  return /%/.test(label) ? "%" : null;
}

const COUNT_UNITS = new Set([
  "ho",
  "nguoi",
  "lao dong",
  "nguoi lao dong",
  "tre",
  "tre em",
  "hoc sinh",
  "luot",
  "luot nguoi",
  "luot ho",
  "xa",
  "thon",
  "ban",
  "mo hinh",
  "du an",
  "lop",
  "cong trinh",
  "can",
  "nha",
  "nhom",
  "to",
  "con",
]);

export function unitKind(unit: string): UnitKind {
  const word = plainWord(unit).replace(/[.()]/g, "").trim();
  if (word === "") return "none";
  if (unit.includes("%") || word === "ty le" || word === "phan tram") return "percent";
  return COUNT_UNITS.has(word) ? "count" : "other";
}

/** The unit a row's numbers are in, wherever it is written; "" when nowhere. */
export function rowUnit(ctx: RuleContext, table: RecognisedTable, row: RecognisedRow): string {
  return unitText(ctx, table, row) || knownUnit(table, row) || unitInLabel(labelText(ctx, table, row)) || "";
}

export function rowUnitKind(ctx: RuleContext, table: RecognisedTable, row: RecognisedRow): UnitKind {
  return unitKind(rowUnit(ctx, table, row));
}

export interface TargetNumber {
  readonly value: number;
  readonly cell: CellRef;
  readonly formula: boolean;
  /** The value is a fraction shown as a percentage (cell formatted "%", or text "96%"). */
  readonly fraction: boolean;
}

/** "≥ 36%", "trên 80%": the bound is the target. */
const COMPARISON_PREFIX = /^\s*(?:[≥≤><]=?|=|trên|dưới|tối thiểu|tối đa|đạt)\s*/i;

/** Whether a number format shows the value as a percentage (a "%" outside quoted text). */
function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/** A cell that a merge covers but does not start: Excel shows the start's value there. */
function coveredByMerge(ctx: RuleContext, at: CellRef): boolean {
  const merges = sheetNamed(ctx.grid, at.sheet)?.merges ?? [];
  return merges.some(
    (m) =>
      at.row >= m.start.row &&
      at.row <= m.end.row &&
      at.col >= m.start.col &&
      at.col <= m.end.col &&
      (at.row !== m.start.row || at.col !== m.start.col),
  );
}

/** The target number in a table's cell (row, column key); null as for `targetNumberAt`. */
export function targetNumber(
  ctx: RuleContext,
  table: RecognisedTable,
  row: number,
  key: string,
): TargetNumber | null {
  const col = table.columns.get(key);
  return col === undefined ? null : targetNumberAt(ctx, { sheet: table.sheet, row, col });
}

/** The target number in a cell, or null when it is empty, unreadable or shown by a merge's first cell. */
export function targetNumberAt(ctx: RuleContext, at: CellRef): TargetNumber | null {
  if (coveredByMerge(ctx, at)) return null;
  const value = ctx.value(at.sheet, at.row, at.col);
  const cell = gridCell(ctx.grid, at.sheet, at.row, at.col);
  const formula = Boolean(cell?.formula);
  if (typeof value === "number") {
    return { value, cell: at, formula, fraction: isPercentFormat(cell?.numberFormat ?? "") };
  }
  if (typeof value !== "string") return null;
  const parsed = parseNumberText(value.replace(COMPARISON_PREFIX, ""));
  return parsed ? { value: parsed.value, cell: at, formula, fraction: parsed.percent } : null;
}

/** A percentage target in percent points: 0,96 formatted as % and 96 typed plainly are both 96. */
export function percentPoints(number: TargetNumber): number {
  return number.fraction ? number.value * 100 : number.value;
}

/** Labels are long official sentences; messages quote their beginning. */
export function shortLabel(label: string, max = 60): string {
  const text = label.replace(/\s+/g, " ").trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
