/**
 * What the counterpart checks of domain.md §4 need, gathered from the plan: its settings
 * (the context's, else what recognition read), the minimum NSĐP ÷ NSTW (a typed ratio wins
 * over the province group's), the level split restricted to the levels the plan has, the
 * program's rounding rule, and the TỔNG CỘNG amounts of Phụ lục 01 in triệu đồng.
 */
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import type { CounterpartRule, ProgramFile } from "../../programs/types";
import { hasDistrictLevel, type LevelSplit, type PlanSettings } from "../../settings";
import { PL01_COLUMNS as C } from "../../templates/column-keys";
import type { CellRef } from "../issue-builders";
import type { Bilingual, RuleContext } from "../rule";
import { analyseFunds } from "./funds-analysis";
import { amountAt, columnName, inTrieu } from "./funds-table";

export type Level = keyof LevelSplit;

export const LEVEL_COLUMNS: Readonly<Record<Level, string>> = { tinh: C.tinh, huyen: C.huyen, xa: C.xa };

export function planSettings(ctx: RuleContext): PlanSettings | null {
  return ctx.settings ?? ctx.recognition.settings;
}

/** Minimum NSĐP ÷ NSTW, or null when neither a ratio nor a known group is set. */
export function minimumRatio(settings: PlanSettings | null, program: ProgramFile | null): number | null {
  if (!settings) return null;
  if (settings.customRatio !== null) return settings.customRatio;
  const group = program?.counterpart.groups.find((g) => g.id === settings.provinceGroup);
  return group?.minRatio ?? null;
}

/** The split over the plan's levels: no NS huyện once districts are gone (domain.md §8). */
export function planSplit(settings: PlanSettings): Partial<LevelSplit> {
  const { tinh, huyen, xa } = settings.levelSplit;
  return hasDistrictLevel(settings) ? { tinh, huyen, xa } : { tinh, xa };
}

/** Without a program the rounding is unknown, so nothing is rounded. */
export function roundingOf(program: ProgramFile | null): Pick<CounterpartRule, "rounding" | "roundingUnit"> {
  return program?.counterpart ?? { rounding: "none", roundingUnit: 1 };
}

export interface LevelAmount {
  readonly level: Level;
  /** Triệu đồng. */
  readonly amount: number;
  readonly cell: CellRef;
}

export interface FundsTotals {
  readonly table: RecognisedTable;
  readonly row: RecognisedRow;
  /** Triệu đồng. */
  readonly nstw: number;
  readonly nsdp: number;
  /** Where a counterpart finding points: the NSĐP cell of TỔNG CỘNG (or its first level). */
  readonly nsdpCell: CellRef;
  readonly levels: readonly LevelAmount[];
}

function sumOf(
  ctx: RuleContext,
  table: RecognisedTable,
  row: number,
  keys: readonly string[],
): number | null {
  const present = keys.filter((key) => table.columns.has(key));
  if (present.length === 0) return null;
  let total = 0;
  for (const key of present) {
    const amount = amountAt(ctx, table, row, key);
    if (amount === null) return null;
    total += amount;
  }
  return total;
}

/** A total column as written, or the sum of its parts when the table has no such column. */
function columnOrParts(ctx: RuleContext, table: RecognisedTable, row: number, key: string, parts: string[]) {
  return table.columns.has(key) ? amountAt(ctx, table, row, key) : sumOf(ctx, table, row, parts);
}

function levelAmounts(ctx: RuleContext, table: RecognisedTable, row: number): LevelAmount[] {
  return (Object.keys(LEVEL_COLUMNS) as Level[]).flatMap((level) => {
    const col = table.columns.get(LEVEL_COLUMNS[level]);
    const amount = amountAt(ctx, table, row, LEVEL_COLUMNS[level]);
    if (col === undefined || amount === null) return [];
    return [{ level, amount: inTrieu(table, amount), cell: { sheet: table.sheet, row, col } }];
  });
}

/** TỔNG CỘNG's NSTW and NSĐP in triệu đồng, or null when the table has no readable total row. */
export function fundsTotals(ctx: RuleContext, table: RecognisedTable): FundsTotals | null {
  const row = table.rows.find((r) => r.role === "total");
  if (!row) return null;
  const nstw = columnOrParts(ctx, table, row.row, C.nstw, [C.dtpt, C.sn]);
  const nsdp = columnOrParts(ctx, table, row.row, C.nsdp, [C.tinh, C.huyen, C.xa]);
  const col = [C.nsdp, C.tinh, C.xa, C.tong]
    .map((key) => table.columns.get(key))
    .find((c) => c !== undefined);
  if (nstw === null || nsdp === null || col === undefined) return null;
  return {
    table,
    row,
    nstw: inTrieu(table, nstw),
    nsdp: inTrieu(table, nsdp),
    nsdpCell: { sheet: table.sheet, row: row.row, col },
    levels: levelAmounts(ctx, table, row.row),
  };
}

export function levelName(level: Level): Bilingual {
  return columnName(LEVEL_COLUMNS[level]);
}

/** The columns NSTW and NSĐP of TỔNG CỘNG are made of. */
const COUNTERPART_COLUMNS: readonly string[] = [C.nstw, C.dtpt, C.sn, C.nsdp, C.tinh, C.huyen, C.xa];

/**
 * Whether an arithmetic finding touches the amounts the counterpart is computed from. A
 * typed-over Dự án SN inflates NSTW at TỔNG CỘNG; the wrong cell is the root cause, so
 * the counterpart waits until the sums agree rather than report a shortfall it caused.
 */
export function counterpartAmountsBroken(ctx: RuleContext, table: RecognisedTable): boolean {
  return analyseFunds(ctx).some((f) => f.table === table && COUNTERPART_COLUMNS.includes(f.column));
}
