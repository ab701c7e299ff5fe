/**
 * Biểu 02 column by column (hộ nghèo, hộ cận nghèo) for the household rules of domain.md
 * §5: the counts and rates by row key, the year-end count the movements imply (đầu năm −
 * thoát + tái + phát sinh), and how closely a rate must match count ÷ total households
 * given the decimals it was written with (5,57% stands for anything that rounds to it).
 * Cells are read by keys through `tableCell`, so a Biểu 02 laid out the annual review's
 * way (one row per kind of household, figures across) is checked like ours.
 */
import { tableCell } from "../../detect/table-cells";
import type { RecognisedTable } from "../../detect/table";
import { decimalOf } from "../../format/decimal";
import { B02_COLUMNS, B02_ROWS, type B02Row } from "../../templates/column-keys";
import type { Bilingual, RuleContext } from "../rule";
import { percentPoints, targetNumberAt, type TargetNumber } from "./target-cells";

export interface HouseholdColumn {
  readonly table: RecognisedTable;
  readonly group: Bilingual;
  /** Severity of a target that fails for this group: near-poor numbers may rise as poor households leave poverty. */
  readonly strict: boolean;
  /** Tổng số hộ, written once across both columns. */
  readonly total: TargetNumber | null;
  figure(key: B02Row): TargetNumber | null;
}

const GROUPS = [
  { key: B02_COLUMNS.hoNgheo, group: { vi: "hộ nghèo", en: "poor households" }, strict: true },
  { key: B02_COLUMNS.hoCanNgheo, group: { vi: "hộ cận nghèo", en: "near-poor households" }, strict: false },
] as const;

/** A group's column: hộ nghèo and hộ cận nghèo are columns, or rows when the table is transposed. */
function hasGroup(table: RecognisedTable, key: string): boolean {
  return table.transposed ? table.rows.some((row) => row.key === key) : table.columns.has(key);
}

export function householdColumns(ctx: RuleContext, table: RecognisedTable): HouseholdColumn[] {
  if (table.kind !== "bieu-02") return [];
  const read = (figure: string, group: string) => {
    const cell = tableCell(table, figure, group);
    return cell === null ? null : targetNumberAt(ctx, { sheet: table.sheet, ...cell });
  };
  // Written once across both columns (a merged cell), or on each group's row when transposed.
  const sharedTotal = read(B02_ROWS.totalHouseholds, B02_COLUMNS.hoNgheo);
  return GROUPS.filter((g) => hasGroup(table, g.key)).map((g) => ({
    table,
    group: g.group,
    strict: g.strict,
    total: read(B02_ROWS.totalHouseholds, g.key) ?? sharedTotal,
    figure: (key: B02Row) => read(key, g.key),
  }));
}

/** Đầu năm − thoát + tái + phát sinh; movements left empty count as none. Null without a start. */
export function expectedEnd(column: HouseholdColumn): number | null {
  const start = column.figure(B02_ROWS.start);
  if (!start) return null;
  const value = (key: B02Row) => column.figure(key)?.value ?? 0;
  return start.value - value(B02_ROWS.exits) + value(B02_ROWS.returns) + value(B02_ROWS.added);
}

/** Counts are whole numbers; anything beyond float noise is a difference. */
export const COUNT_NOISE = 1e-9;

/** The year-end count disagrees with the movements. */
export function yearEndBroken(column: HouseholdColumn): boolean {
  const end = column.figure(B02_ROWS.end);
  const expected = expectedEnd(column);
  return end !== null && expected !== null && Math.abs(end.value - expected) > COUNT_NOISE;
}

export function rateFraction(rate: TargetNumber): number {
  return percentPoints(rate) / 100;
}

/** Half a unit of the last decimal the rate was written with, as a fraction; formulas are exact. */
export function rateTolerance(rate: TargetNumber): number {
  if (rate.formula) return 1e-9;
  const scale = decimalOf(rate.value).scale;
  const pointDecimals = Math.max(0, rate.fraction ? scale - 2 : scale);
  return (0.5 * 10 ** -pointDecimals) / 100 + 1e-12;
}
