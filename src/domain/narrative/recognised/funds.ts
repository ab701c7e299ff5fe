/**
 * Phụ lục 01 in the offices' own layouts, as the narrative's funds: one entry per Dự án /
 * Tiểu dự án the table names, in triệu đồng whatever unit it is written in, and its
 * TỔNG CỘNG row when it has one. A workbook with several funds tables (a summary per Dự
 * án linked to a detail sheet) is read from the one naming most of the catalog, completed
 * with rows only the others have. NSTW amounts whose capital type the header or a group
 * heading names count as that capital (capital.ts); a Dự án listed under both capital
 * groups adds up its two rows.
 */
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import type { ProgramFile } from "../../programs/types";
import { PL01_COLUMNS as C, PL01_ROWS } from "../../templates/column-keys";
import { sumOf } from "../figures";
import type { FundAmounts, FundKey, FundsEntry, FundsInput, Traced } from "../input";
import { capitalLayout, type Capital, type CapitalLayout } from "./capital";
import type { CellReader } from "./cell-reader";

const FUND_COLUMNS: Readonly<Record<FundKey, string>> = {
  tong: C.tong,
  nstw: C.nstw,
  dtpt: C.dtpt,
  sn: C.sn,
  nsdp: C.nsdp,
  tinh: C.tinh,
  huyen: C.huyen,
  xa: C.xa,
  khac: C.khac,
};
const FUND_KEYS = Object.keys(FUND_COLUMNS) as FundKey[];

function inBody(table: RecognisedTable, row: RecognisedRow): boolean {
  return row.row >= table.bodyRows.first && row.row <= table.bodyRows.last;
}

function catalogRows(table: RecognisedTable, program: ProgramFile): RecognisedRow[] {
  const codes = new Set(program.catalog.map((item) => item.code));
  return table.rows.filter((row) => inBody(table, row) && row.key !== null && codes.has(row.key));
}

function rowAmounts(
  reader: CellReader,
  table: RecognisedTable,
  row: number,
  capital: Capital | null,
): FundAmounts {
  const amounts: Partial<Record<FundKey, Traced>> = {};
  for (const key of FUND_KEYS) {
    const col = table.columns.get(FUND_COLUMNS[key]);
    const amount = col === undefined ? undefined : reader.amount(table.sheet, { row, col }, table.unitFactor);
    if (amount) amounts[key] = amount;
  }
  if (capital && amounts.nstw) amounts[capital] = amounts.nstw;
  return amounts;
}

function combined(rows: readonly FundAmounts[]): FundAmounts {
  const entries = FUND_KEYS.map((key) => [key, sumOf(rows.map((row) => row[key]))] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** A code's rows: one per capital group it is listed under, else its first row. */
function rowsOfCode(rows: readonly RecognisedRow[], layout: CapitalLayout): RecognisedRow[] {
  const byCapital = new Map<Capital, RecognisedRow>();
  for (const row of rows) {
    const capital = layout.byRow.get(row.row);
    if (capital && !byCapital.has(capital)) byCapital.set(capital, row);
  }
  return byCapital.size > 1 ? [...byCapital.values()] : rows.slice(0, 1);
}

function tableEntries(reader: CellReader, table: RecognisedTable, program: ProgramFile): FundsEntry[] {
  const layout = capitalLayout(reader, table);
  const byCode = new Map<string, RecognisedRow[]>();
  for (const row of catalogRows(table, program)) {
    const code = row.key ?? "";
    byCode.set(code, [...(byCode.get(code) ?? []), row]);
  }
  return [...byCode].map(([code, rows]) => {
    const amounts = rowsOfCode(rows, layout).map((row) =>
      rowAmounts(reader, table, row.row, layout.byRow.get(row.row) ?? layout.fallback),
    );
    return { code, amounts: amounts.length === 1 && amounts[0] ? amounts[0] : combined(amounts) };
  });
}

/** The table naming most catalog items first; the earlier one on a tie. */
function byCoverage(tables: readonly RecognisedTable[], program: ProgramFile): RecognisedTable[] {
  return tables
    .map((table, order) => ({ table, order, rows: catalogRows(table, program).length }))
    .sort((a, b) => b.rows - a.rows || a.order - b.order)
    .map(({ table }) => table);
}

function entriesOf(
  reader: CellReader,
  tables: readonly RecognisedTable[],
  program: ProgramFile,
): FundsEntry[] {
  const entries: FundsEntry[] = [];
  for (const table of tables) {
    const listed = new Set(entries.map((entry) => entry.code));
    entries.push(...tableEntries(reader, table, program).filter((entry) => !listed.has(entry.code)));
  }
  const order = new Map(program.catalog.map((item, i) => [item.code, i]));
  return entries.sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
}

/** The TỔNG CỘNG row; without capital columns, each capital group's heading gives that capital's NSTW. */
function tableTotal(reader: CellReader, table: RecognisedTable): FundAmounts | null {
  const total = table.rows.find((row) => inBody(table, row) && row.key === PL01_ROWS.total);
  if (!total) return null;
  const layout = capitalLayout(reader, table);
  const amounts = rowAmounts(reader, table, total.row, layout.fallback);
  const nstwCol = table.columns.get(C.nstw);
  const byGroup: Partial<Record<Capital, Traced>> = {};
  for (const [capital, row] of layout.groupRows) {
    const nstw = nstwCol && reader.amount(table.sheet, { row, col: nstwCol }, table.unitFactor);
    if (nstw) byGroup[capital] = nstw;
  }
  return { ...byGroup, ...amounts };
}

function totalOf(reader: CellReader, tables: readonly RecognisedTable[]): FundAmounts | null {
  for (const table of tables) {
    const total = tableTotal(reader, table);
    if (total) return total;
  }
  return null;
}

/** Null when the workbook has no funds table. */
export function recognisedFunds(
  reader: CellReader,
  tables: readonly RecognisedTable[],
  program: ProgramFile,
): FundsInput | null {
  const funds = byCoverage(
    tables.filter((table) => table.kind === "phu-luc-01"),
    program,
  );
  if (funds.length === 0) return null;
  return {
    rows: entriesOf(reader, funds, program),
    total: totalOf(reader, funds),
    // A ratio is no cell's number in these layouts; the plan states it only where a sheet does.
    counterpartRatio: null,
    counterpartMet: null,
  };
}
