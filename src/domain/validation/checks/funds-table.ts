/**
 * Phụ lục 01 as the arithmetic rules read it: each amount row's values by column key (in
 * the table's own unit, null where a cell holds no number), the three row identities of
 * domain.md §3 fitted to the columns the table has, the tolerance amounts are compared
 * with, and the names messages give to rows and columns.
 */
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import { PL01_AMOUNT_COLUMNS, PL01_COLUMNS as C } from "../../templates/column-keys";
import { amountOf, sameAmount as sameAmountIn } from "../cell-numbers";
import { gridCell } from "../grid-access";
import type { Bilingual, RuleContext } from "../rule";
import { bodyRows } from "../table-cells";

export type IdentityRule = "row-total" | "nstw-sum" | "nsdp-sum";

export interface Identity {
  readonly rule: IdentityRule;
  readonly target: string;
  readonly parts: readonly string[];
}

/** In the order a located part cell picks its rule: NSTW parts, NSĐP parts, then the row total. */
const IDENTITY_DEFINITIONS: readonly Identity[] = [
  { rule: "nstw-sum", target: C.nstw, parts: [C.dtpt, C.sn] },
  { rule: "nsdp-sum", target: C.nsdp, parts: [C.tinh, C.huyen, C.xa] },
  { rule: "row-total", target: C.tong, parts: [C.nstw, C.nsdp, C.khac] },
];

export const AMOUNT_COLUMNS: readonly string[] = PL01_AMOUNT_COLUMNS;

/** Rows that carry amounts; headings ("A. Vốn sự nghiệp") count only when they add up rows. */
const AMOUNT_ROLES = new Set(["total", "project", "subproject", "item"]);

/** A part column the table lacks is replaced by its own parts (no NSTW column: ĐTPT + SN). */
function presentParts(table: RecognisedTable, parts: readonly string[]): string[] {
  return parts.flatMap((part) => {
    if (table.columns.has(part)) return [part];
    const nested = IDENTITY_DEFINITIONS.find((identity) => identity.target === part);
    return nested ? nested.parts.filter((p) => table.columns.has(p)) : [];
  });
}

export function identitiesOf(table: RecognisedTable): Identity[] {
  return IDENTITY_DEFINITIONS.filter((identity) => table.columns.has(identity.target))
    .map((identity) => ({ ...identity, parts: presentParts(table, identity.parts) }))
    .filter((identity) => identity.parts.length > 0);
}

export function amountColumns(table: RecognisedTable): string[] {
  return AMOUNT_COLUMNS.filter((key) => table.columns.has(key));
}

export function fundsTables(ctx: RuleContext): RecognisedTable[] {
  return ctx.recognition.tables.filter((table) => table.kind === "phu-luc-01");
}

export function amountRows(table: RecognisedTable): RecognisedRow[] {
  return bodyRows(table).filter((row) => AMOUNT_ROLES.has(row.role) || row.childRows.length > 0);
}

/** Offices write "-" for nothing; every other word makes the amount unknown. */
const DASH = /^\s*[-–—]\s*$/;

/** The amount a cell holds in the table's unit: 0 when empty, null when it holds no number. */
export function amountAt(ctx: RuleContext, table: RecognisedTable, row: number, key: string): number | null {
  const col = table.columns.get(key);
  if (col === undefined) return null;
  const value = ctx.value(table.sheet, row, col);
  if (typeof value === "string" && DASH.test(value)) return 0;
  return amountOf(value);
}

/** A table's amounts row by row, each row read once. */
export class FundsValues {
  private readonly rows = new Map<number, ReadonlyMap<string, number | null>>();

  constructor(
    readonly ctx: RuleContext,
    readonly table: RecognisedTable,
  ) {}

  get(row: number, key: string): number | null {
    return this.row(row).get(key) ?? null;
  }

  /** A formula cell follows its inputs: it cannot disagree with them on its own. */
  isFormula(row: number, key: string): boolean {
    const col = this.table.columns.get(key);
    return col !== undefined && Boolean(gridCell(this.ctx.grid, this.table.sheet, row, col)?.formula);
  }

  private row(row: number): ReadonlyMap<string, number | null> {
    let values = this.rows.get(row);
    if (!values) {
      values = new Map(
        amountColumns(this.table).map((key) => [key, amountAt(this.ctx, this.table, row, key)]),
      );
      this.rows.set(row, values);
    }
    return values;
  }
}

/**
 * Amounts are compared in the table's own unit: `ctx.tolerance` triệu đồng becomes
 * tolerance ÷ unitFactor units (0,5 triệu is 500.000 in a table written in đồng), and float
 * noise of sums (0,1 + 0,2) is never a difference.
 */
export function sameAmount(ctx: RuleContext, table: RecognisedTable, a: number, b: number): boolean {
  return sameAmountIn(a, b, ctx.tolerance, table.unitFactor > 0 ? table.unitFactor : 1);
}

/**
 * Drops the float noise of sums and differences (43 − 42,6 = 0,39999999999999858) before a
 * number is shown or written back: nine decimals keep a thousandth of a đồng in triệu đồng.
 */
export function cleanNumber(x: number): number {
  return Number(Number(x.toFixed(9)).toPrecision(15));
}

/** An amount of the table in triệu đồng, for messages. */
export function inTrieu(table: RecognisedTable, amount: number): number {
  return cleanNumber(amount * table.unitFactor);
}

const COLUMN_NAMES: Readonly<Record<string, Bilingual>> = {
  [C.tong]: { vi: "Tổng cộng", en: "the total" },
  [C.nstw]: { vi: "NSTW", en: "the central budget" },
  [C.dtpt]: { vi: "vốn đầu tư phát triển", en: "investment funds" },
  [C.sn]: { vi: "vốn sự nghiệp", en: "recurrent funds" },
  [C.nsdp]: { vi: "NSĐP", en: "the local budget" },
  [C.tinh]: { vi: "NS tỉnh", en: "the provincial budget" },
  [C.huyen]: { vi: "NS huyện", en: "the district budget" },
  [C.xa]: { vi: "NS xã", en: "the commune budget" },
  [C.khac]: { vi: "vốn huy động khác", en: "other mobilised funds" },
};

export function columnName(key: string): Bilingual {
  return COLUMN_NAMES[key] ?? { vi: key, en: key };
}

/** "NS tỉnh + NS xã", "investment funds + recurrent funds". */
export function partsName(parts: readonly string[]): Bilingual {
  const names = parts.map(columnName);
  return { vi: names.map((n) => n.vi).join(" + "), en: names.map((n) => n.en).join(" + ") };
}

/** "Tiểu dự án 1 thuộc Dự án 3" from the catalog code; rows of other programs by number. */
export function rowName(row: RecognisedRow): Bilingual {
  if (row.role === "total") return { vi: "dòng TỔNG CỘNG", en: "the TOTAL row" };
  const sub = /^DA(\d+)\.(\d+)$/.exec(row.key ?? "");
  if (sub) return { vi: `Tiểu dự án ${sub[2]} thuộc Dự án ${sub[1]}`, en: `sub-project ${sub[1]}.${sub[2]}` };
  const project = /^DA(\d+)$/.exec(row.key ?? "");
  if (project) return { vi: `Dự án ${project[1]}`, en: `project ${project[1]}` };
  return { vi: `dòng ${row.row}`, en: `row ${row.row}` };
}
