/**
 * Phụ lục 01 read back into typed amounts: one line per Dự án / Tiểu dự án in catalog
 * order, TỔNG CỘNG, and the counterpart lines under the table, each amount with the cell
 * it came from. An empty amount cell counts as 0, as in the sheet's own sums; a cell
 * holding no number (an error, unreadable text) gives null and a problem. Run
 * computeValues first: our own files carry no cached totals.
 */
import type { CellAddress } from "../address/cell-address";
import { catalogInTableOrder } from "../programs/registry";
import type { ProgramFile } from "../programs/types";
import { PL01_COLUMNS as C, PL01_ROWS as R } from "../templates/column-keys";
import type { WorkbookGrid } from "../workbook";
import type { OwnSheet } from "./find-own-sheets";
import {
  openSheet,
  type ReadProblem,
  type SheetReading,
  type TracedNumber,
  type TracedText,
} from "./reading";

/** The amount columns of Phụ lục 01; `huyen` exists only in plans with a district level. */
export const AMOUNT_COLUMNS = {
  tong: C.tong,
  nstw: C.nstw,
  dtpt: C.dtpt,
  sn: C.sn,
  nsdp: C.nsdp,
  tinh: C.tinh,
  huyen: C.huyen,
  xa: C.xa,
  khac: C.khac,
} as const;

export type AmountKey = keyof typeof AMOUNT_COLUMNS;
type Always = Exclude<AmountKey, "huyen">;

export type Amounts = { readonly [K in Always]: number | null } & { readonly huyen?: number | null };
export type AmountCells = { readonly [K in Always]: CellAddress | null } & {
  readonly huyen?: CellAddress | null;
};

export interface FundsLine {
  /** The line's sheet row, or null when the row is missing. */
  readonly row: number | null;
  readonly amounts: Amounts;
  readonly cells: AmountCells;
}

export interface FundsRow extends FundsLine {
  /** Catalog code, the row's key: "DA3.1". */
  readonly code: string;
  /** Code of the Dự án a Tiểu dự án belongs to. */
  readonly parent?: string;
  /** The TT column as shown: "3.1". */
  readonly number: string;
  /** The Nội dung cell, or the catalog's official name when that cell is empty. */
  readonly name: string;
  /** Đơn vị chủ trì and Ghi chú. */
  readonly lead: TracedText;
  readonly note: TracedText;
}

/** One counterpart line under the table, per local budget column. */
export type CounterpartLine = { readonly [K in "nsdp" | "tinh" | "xa"]: TracedNumber } & {
  readonly huyen?: TracedNumber;
};

export interface CounterpartLines {
  /** NSĐP ÷ NSTW actually planned (fractions). */
  readonly actual: CounterpartLine;
  /** The minimum ratios that apply. */
  readonly required: CounterpartLine;
  /** The minimum amounts, rounded by the program's rule. */
  readonly minimum: CounterpartLine;
  /** "Đạt" or "Chưa đạt, còn thiếu … triệu đồng". */
  readonly status: TracedText;
}

export interface FundsTable {
  readonly sheet: string;
  readonly rows: readonly FundsRow[];
  readonly total: FundsLine;
  /** The sheet has the NS huyện column (plans dated before 1 July 2025). */
  readonly hasDistrict: boolean;
  readonly counterpart: CounterpartLines;
  readonly problems: readonly ReadProblem[];
}

function amountKeys(hasDistrict: boolean): AmountKey[] {
  return (Object.keys(AMOUNT_COLUMNS) as AmountKey[]).filter((key) => hasDistrict || key !== "huyen");
}

function readLine(reading: SheetReading, rowKey: string, hasDistrict: boolean): FundsLine {
  const amounts: Partial<Record<AmountKey, number | null>> = {};
  const cells: Partial<Record<AmountKey, CellAddress | null>> = {};
  for (const key of amountKeys(hasDistrict)) {
    const read = reading.number(rowKey, AMOUNT_COLUMNS[key], 0);
    amounts[key] = read.value;
    cells[key] = read.cell;
  }
  return {
    row: reading.keys.rows.get(rowKey) ?? null,
    amounts: amounts as Amounts,
    cells: cells as AmountCells,
  };
}

function readCounterpart(reading: SheetReading, hasDistrict: boolean): CounterpartLines {
  const levels = hasDistrict ? (["nsdp", "tinh", "huyen", "xa"] as const) : (["nsdp", "tinh", "xa"] as const);
  const line = (rowKey: string) =>
    Object.fromEntries(
      levels.map((key) => [key, reading.number(rowKey, AMOUNT_COLUMNS[key])]),
    ) as CounterpartLine;
  return {
    actual: line(R.actualRatio),
    required: line(R.requiredRatio),
    minimum: line(R.minimum),
    status: reading.text(R.status, C.nsdp),
  };
}

export function readFunds(grid: WorkbookGrid, own: OwnSheet, program: ProgramFile): FundsTable {
  const reading = openSheet(grid, own);
  const hasDistrict = reading.hasColumn(C.huyen);
  const rows: FundsRow[] = [];
  for (const item of catalogInTableOrder(program)) {
    if (!reading.hasRow(item.code)) {
      reading.report({ kind: "missing-row", cell: null, rowKey: item.code });
      continue;
    }
    const name = reading.text(item.code, C.noiDung);
    rows.push({
      code: item.code,
      ...(item.parent ? { parent: item.parent } : {}),
      number: reading.text(item.code, C.tt).value || item.number,
      name: name.value || item.name,
      lead: reading.text(item.code, C.chuTri),
      note: reading.text(item.code, C.ghiChu),
      ...readLine(reading, item.code, hasDistrict),
    });
  }
  const total = readLine(reading, R.total, hasDistrict);
  const counterpart = readCounterpart(reading, hasDistrict);
  return { sheet: reading.sheet, rows, total, hasDistrict, counterpart, problems: reading.problems };
}
