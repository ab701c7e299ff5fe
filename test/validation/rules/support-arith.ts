/**
 * Small builders for the arithmetic, counterpart, target and settings rule tests: a sheet
 * from A1-keyed cells, a recognised table laid over it, a rule context around them, and a
 * Phụ lục 01 built from leaf amounts, either typed throughout (a workbook from elsewhere)
 * or with formula totals that follow their inputs (our template), with single cells
 * overridden to plant one defect. Biểu 02 and 03 builders are in support-targets.ts.
 */
import { parseA1, toA1 } from "../../../src/domain/address/cell-address";
import type {
  RecognisedRow,
  RecognisedTable,
  Recognition,
  RowRole,
  TableKind,
} from "../../../src/domain/detect/table";
import { loadProgramRegistry } from "../../../src/adapters/node/load-programs";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import { defaultSettings, type SettingsOverrides } from "../../../src/domain/templates/default-settings";
import { PL01_COLUMNS as C, type Pl01Column } from "../../../src/domain/templates/column-keys";
import type { Issue } from "../../../src/domain/validation/issue";
import { renderIssueMessage, type Lang } from "../../../src/domain/validation/messages";
import type { Rule, RuleContext } from "../../../src/domain/validation/rule";
import { rule as grandTotal } from "../../../src/domain/validation/rules/grand-total";
import { rule as nsdpSum } from "../../../src/domain/validation/rules/nsdp-sum";
import { rule as nstwSum } from "../../../src/domain/validation/rules/nstw-sum";
import { rule as parentSum } from "../../../src/domain/validation/rules/parent-sum";
import { rule as rowTotal } from "../../../src/domain/validation/rules/row-total";
import {
  cellKey,
  type DefinedName,
  type GridCell,
  type GridValue,
  type SheetGrid,
  type WorkbookGrid,
} from "../../../src/domain/workbook";

export const PROGRAM: ProgramFile = loadProgramRegistry().get("giam-ngheo-2021-2025");

export function settingsFor(overrides: SettingsOverrides): PlanSettings {
  return defaultSettings(PROGRAM, overrides);
}

/** Seed 004: xã Ba Dinh (Quảng Ngãi), 2025, two-tier, group "dưới 50%", split tỉnh 10% + xã 5%. */
export const SEED_004_SETTINGS = settingsFor({
  year: 2025,
  level: "xa",
  unitName: "xã Ba Dinh",
  province: "Quảng Ngãi",
  planDate: "2025-08-20",
});

/** Seed 003: huyện Hậu Lộc (Thanh Hóa), 2023. */
export const SEED_003_SETTINGS = settingsFor({
  year: 2023,
  level: "huyen",
  unitName: "huyện Hậu Lộc",
  province: "Thanh Hóa",
  planDate: "2023-04-20",
});

export interface CellSpec {
  readonly value: GridValue;
  readonly formula?: string;
  readonly numberFormat?: string;
}

export type CellInput = GridValue | CellSpec;

export function isSpec(input: CellInput): input is CellSpec {
  return typeof input === "object" && input !== null && "value" in input;
}

export function sheetOf(name: string, cells: Readonly<Record<string, CellInput>>): SheetGrid {
  const map = new Map<number, GridCell>();
  let maxRow = 0;
  let maxCol = 0;
  for (const [a1, input] of Object.entries(cells)) {
    const { row, col } = parseA1(a1);
    const spec: CellSpec = isSpec(input) ? input : { value: input };
    map.set(cellKey(row, col), {
      value: spec.value,
      valueKnown: true,
      formula: spec.formula ?? null,
      numberFormat: spec.numberFormat ?? "General",
    });
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  }
  return {
    name,
    visible: true,
    protected: false,
    cells: map,
    maxRow,
    maxCol,
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    merges: [],
  };
}

export interface RowInput {
  readonly row: number;
  readonly key: string | null;
  readonly role?: RowRole;
  readonly label?: string;
  readonly childRows?: readonly number[];
}

export function tableOf(
  kind: TableKind,
  sheet: string,
  columns: Readonly<Record<string, number>>,
  rows: readonly RowInput[],
  unitFactor = 1,
): RecognisedTable {
  const numbers = rows.map((r) => r.row);
  const recognised: RecognisedRow[] = rows.map((r) => ({
    row: r.row,
    key: r.key,
    label: r.label ?? r.key ?? "",
    role: r.role ?? "item",
    childRows: r.childRows ?? [],
    hidden: false,
  }));
  const first = Math.min(...numbers);
  return {
    kind,
    sheet,
    own: true,
    headerRows: { first: first - 2, last: first - 1 },
    bodyRows: { first, last: Math.max(...numbers) },
    columns: new Map(Object.entries(columns)),
    rows: recognised,
    unitFactor,
    unitText: unitFactor === 1 ? "Đơn vị tính: Triệu đồng" : "Đơn vị tính: đồng",
  };
}

export interface ContextInput {
  readonly sheets: readonly SheetGrid[];
  readonly names?: readonly DefinedName[];
  readonly tables: readonly RecognisedTable[];
  readonly settings?: PlanSettings | null;
  readonly program?: ProgramFile | null;
  readonly tolerance?: number;
}

export function contextOf(input: ContextInput): RuleContext {
  const grid: WorkbookGrid = { source: "test.xlsx", sheets: input.sheets, names: input.names ?? [] };
  const sheet = (name: string) => input.sheets.find((s) => s.name === name);
  const recognition: Recognition = {
    sheets: input.sheets.map((s) => ({
      name: s.name,
      kind: input.tables.find((t) => t.sheet === s.name)?.kind ?? "unknown",
    })),
    tables: input.tables,
    settings: input.settings ?? null,
    programId: PROGRAM.id,
    notes: [],
  };
  return {
    grid,
    value: (name, row, col) => sheet(name)?.cells.get(cellKey(row, col))?.value ?? null,
    formula: () => null,
    recognition,
    program: input.program === undefined ? PROGRAM : input.program,
    settings: input.settings === undefined ? null : input.settings,
    tolerance: input.tolerance ?? 0.5,
  };
}

export const ARITHMETIC_RULES: readonly Rule[] = [rowTotal, nstwSum, nsdpSum, parentSum, grandTotal];

/** What all five Phụ lục 01 rules report together: a single defect must show up once. */
export function arithmeticIssues(ctx: RuleContext): Issue[] {
  return ARITHMETIC_RULES.flatMap((rule) => rule.check(ctx));
}

/** Where an issue points, "D12", and what it says, for compact assertions. */
export function located(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.messageId}@${toA1(issue.range.start)}`);
}

export const FUNDS_SHEET = "Phụ lục 01";
const FIRST_BODY_ROW = 8;
const SOURCE_KEYS = [C.dtpt, C.sn, C.tinh, C.huyen, C.xa, C.khac] as const;
type SourceKey = (typeof SOURCE_KEYS)[number];
export type Sources = Partial<Record<SourceKey, number>>;
/** A value typed over the derived one, or a cell with a formula of its own. */
export type Amounts = Partial<Record<Pl01Column, CellInput>>;

const AMOUNT_KEYS: readonly Pl01Column[] = [
  C.tong,
  C.nstw,
  C.dtpt,
  C.sn,
  C.nsdp,
  C.tinh,
  C.huyen,
  C.xa,
  C.khac,
];

const IDENTITY_PARTS: Partial<Record<Pl01Column, readonly Pl01Column[]>> = {
  [C.tong]: [C.nstw, C.nsdp, C.khac],
  [C.nstw]: [C.dtpt, C.sn],
  [C.nsdp]: [C.tinh, C.huyen, C.xa],
};

const ALL_COLUMNS: readonly Pl01Column[] = [
  C.tt,
  C.noiDung,
  C.tong,
  C.nstw,
  C.dtpt,
  C.sn,
  C.nsdp,
  C.tinh,
  C.huyen,
  C.xa,
  C.khac,
  C.chuTri,
  C.ghiChu,
];

export interface FundsInput {
  /** Leaf rows by catalog code ("DA2", "DA3.1") with their source amounts, in table order. */
  readonly leaves: Readonly<Record<string, Sources>>;
  /** Cells as typed over what the leaves imply: { "DA3.1": { tong: 1445 } }. */
  readonly overrides?: Readonly<Record<string, Amounts>>;
  /** "typed": every cell a constant (workbooks from elsewhere); "formulas": totals follow their inputs. */
  readonly mode?: "typed" | "formulas";
  /** No NS huyện column (plans from 1/7/2025). */
  readonly withoutDistrict?: boolean;
  /** Amounts written in đồng (1e-6) rather than triệu đồng. */
  readonly unitFactor?: number;
  /** Recognition could not link the rows: no child rows anywhere, only row identities to check. */
  readonly flat?: boolean;
  readonly settings?: PlanSettings | null;
  readonly program?: ProgramFile | null;
  readonly extraSheets?: readonly SheetGrid[];
  readonly extraTables?: readonly RecognisedTable[];
  readonly names?: readonly DefinedName[];
}

interface Layout {
  readonly key: string;
  readonly row: number;
  readonly role: RowRole;
  readonly children: string[];
}

function parentOf(key: string): string | null {
  const match = /^(DA\d+)\.\d+$/.exec(key);
  return match?.[1] ?? null;
}

function layout(leaves: readonly string[]): Layout[] {
  const rows: Layout[] = [{ key: "TOTAL", row: 0, role: "total", children: [] }];
  for (const key of leaves) {
    const parent = parentOf(key);
    if (parent && !rows.some((r) => r.key === parent)) {
      rows.push({ key: parent, row: 0, role: "project", children: [] });
      rows[0]?.children.push(parent);
    }
    if (!parent) rows[0]?.children.push(key);
    rows.push({ key, row: 0, role: parent ? "subproject" : "project", children: [] });
    if (parent) rows.find((r) => r.key === parent)?.children.push(key);
  }
  return rows.map((r, i) => ({ ...r, row: FIRST_BODY_ROW + i }));
}

export interface FundsFixture {
  readonly ctx: RuleContext;
  readonly table: RecognisedTable;
  /** "D12" for a row key and column key. */
  cell(key: string, column: Pl01Column): string;
}

export function funds(input: FundsInput): FundsFixture {
  const columns = ALL_COLUMNS.filter((c) => !(input.withoutDistrict && c === C.huyen));
  const colOf = (key: Pl01Column) => columns.indexOf(key) + 1;
  const rows = layout(Object.keys(input.leaves));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const overrides = input.overrides ?? {};
  const typed = (input.mode ?? "typed") === "typed";
  const present = (parts: readonly Pl01Column[]) => parts.filter((p) => columns.includes(p));

  const derive = (key: string, column: Pl01Column, get: (k: string, c: Pl01Column) => number): number => {
    const parts = IDENTITY_PARTS[column];
    if (parts) return present(parts).reduce((sum, part) => sum + get(key, part), 0);
    const children = byKey.get(key)?.children ?? [];
    if (children.length > 0) return children.reduce((sum, child) => sum + get(child, column), 0);
    return input.leaves[key]?.[column as SourceKey] ?? 0;
  };
  const correct = (key: string, column: Pl01Column): number => derive(key, column, correct);
  const overridden = (key: string, column: Pl01Column) => overrides[key]?.[column];
  const asNumber = (input: CellInput | undefined) => {
    const value = input !== undefined && isSpec(input) ? input.value : input;
    return typeof value === "number" ? value : 0;
  };
  const actual = (key: string, column: Pl01Column): number => {
    const typedValue = overridden(key, column);
    if (typedValue !== undefined) return asNumber(typedValue);
    return typed ? correct(key, column) : derive(key, column, actual);
  };
  const isInput = (key: string, column: Pl01Column) =>
    (byKey.get(key)?.children.length ?? 0) === 0 && (SOURCE_KEYS as readonly string[]).includes(column);

  const cells: Record<string, CellInput> = {};
  for (const r of rows) {
    cells[toA1({ row: r.row, col: colOf(C.noiDung) })] = r.key === "TOTAL" ? "TỔNG CỘNG" : r.key;
    for (const column of present(AMOUNT_KEYS)) {
      const at = toA1({ row: r.row, col: colOf(column) });
      const typedValue = overridden(r.key, column);
      if (typedValue !== undefined) cells[at] = typedValue;
      else if (typed || isInput(r.key, column)) {
        const value = actual(r.key, column);
        cells[at] = value === 0 && isInput(r.key, column) ? null : value;
      } else cells[at] = { value: actual(r.key, column), formula: `=SUM(${column})` };
    }
  }
  const sheet = sheetOf(FUNDS_SHEET, cells);
  const columnMap = Object.fromEntries(columns.map((c, i) => [c, i + 1]));
  const table = tableOf(
    "phu-luc-01",
    FUNDS_SHEET,
    columnMap,
    rows.map((r) => ({
      row: r.row,
      key: r.key,
      role: r.role,
      childRows: input.flat ? [] : r.children.map((child) => byKey.get(child)?.row ?? 0),
    })),
    input.unitFactor ?? 1,
  );
  const ctx = contextOf({
    sheets: [sheet, ...(input.extraSheets ?? [])],
    tables: [table, ...(input.extraTables ?? [])],
    names: input.names,
    settings: input.settings,
    program: input.program,
  });
  return { ctx, table, cell: (key, column) => toA1({ row: byKey.get(key)?.row ?? 0, col: colOf(column) }) };
}

/** Seed 003 (huyện Hậu Lộc, 2023): the sub-project amounts of its text, all central recurrent funds. */
export const SEED_003_LEAVES: Readonly<Record<string, Sources>> = {
  "DA1.1": { sn: 450 },
  DA2: { sn: 3051 },
  "DA3.1": { sn: 1444 },
  "DA3.2": { sn: 387 },
  "DA4.1": { sn: 1147 },
  "DA4.2": { sn: 468 },
  "DA4.3": { sn: 653 },
  "DA6.1": { sn: 109 },
  "DA6.2": { sn: 128 },
  "DA7.1": { sn: 331 },
  "DA7.2": { sn: 177 },
};

/** Seed 004 (xã Ba Dinh, 2025): NSTW 871, NS tỉnh 87, NS xã 43, spread over two projects. */
export const SEED_004_LEAVES: Readonly<Record<string, Sources>> = {
  DA2: { [C.sn]: 500, [C.tinh]: 50, [C.xa]: 25 },
  "DA3.1": { [C.sn]: 371, [C.tinh]: 37, [C.xa]: 18 },
};

/**
 * An issue's message as the pane shows it (numbers written the reader's way); throws when
 * the message id is unknown or a placeholder stays unfilled, so a test also proves the
 * message is complete.
 */
export function render(issue: Issue | undefined, language: Lang = "vi"): string {
  if (!issue) throw new Error("no issue to render");
  const text = renderIssueMessage(issue, language);
  if (text.startsWith(issue.messageId) || /\{\w+\}/.test(text))
    throw new Error(`incomplete message: ${text}`);
  return text;
}

export const SETTINGS_SHEET = "Thông tin chung";

export interface OwnSettingsSheet {
  readonly sheet: SheetGrid;
  readonly name: DefinedName;
  /** "C8" for a setting's row key. */
  cell(key: string): string;
}

/**
 * Our "Thông tin chung" with the given settings rows (row key -> value as typed), found by
 * its marker name like the real sheet: keys in hidden column A, values in column C.
 */
export function settingsSheet(values: Readonly<Record<string, GridValue>>): OwnSettingsSheet {
  const keys = Object.keys(values);
  const first = 5;
  const cells: Record<string, CellInput> = { A4: "key", B4: "label", C4: "value", D4: "note" };
  keys.forEach((key, i) => {
    cells[`A${first + i}`] = key;
    cells[`B${first + i}`] = key;
    cells[`C${first + i}`] = values[key] ?? null;
  });
  const last = first + keys.length - 1;
  const range = { start: { row: first, col: 1 }, end: { row: last, col: 4 } };
  return {
    sheet: sheetOf(SETTINGS_SHEET, cells),
    name: {
      name: "KHGN_TTC",
      sheet: SETTINGS_SHEET,
      range,
      reference: `'${SETTINGS_SHEET}'!$A$${first}:$D$${last}`,
    },
    cell: (key) => `C${first + keys.indexOf(key)}`,
  };
}
