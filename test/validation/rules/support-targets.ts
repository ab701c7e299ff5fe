/**
 * Biểu 02 and Biểu 03 for the target rule tests: households derived the way our template
 * computes them (year-end count and rates as formulas) unless a figure is given, and
 * indicator rows as written, with seed 004's targets as the valid examples.
 */
import { toA1 } from "../../../src/domain/address/cell-address";
import type { RecognisedTable } from "../../../src/domain/detect/table";
import type { PlanSettings } from "../../../src/domain/settings";
import { B02_ROWS, type B02Row } from "../../../src/domain/templates/column-keys";
import type { RuleContext } from "../../../src/domain/validation/rule";
import {
  contextOf,
  isSpec,
  SEED_004_SETTINGS,
  sheetOf,
  tableOf,
  type CellInput,
  type CellSpec,
} from "./support-arith";

const FIRST_TARGET_ROW = 6;

/** A fraction shown as a percentage, as our templates store rates (0,0557 shows "5,57%"). */
export function pct(fraction: number, formula?: string): CellSpec {
  return { value: fraction, numberFormat: "0.00%", ...(formula && { formula }) };
}

export const TARGETS_SHEET = { b02: "Biểu 02", b03: "Biểu 03" } as const;
const B02_LAYOUT: readonly { key: B02Row; label: string; unit: string }[] = [
  { key: B02_ROWS.totalHouseholds, label: "Tổng số hộ dân cư trên địa bàn", unit: "Hộ" },
  { key: B02_ROWS.start, label: "Số hộ đầu năm", unit: "Hộ" },
  { key: B02_ROWS.startRate, label: "Tỷ lệ so với tổng số hộ", unit: "%" },
  { key: B02_ROWS.startEthnic, label: "Trong đó: hộ dân tộc thiểu số", unit: "Hộ" },
  { key: B02_ROWS.exits, label: "Số hộ thoát nghèo, thoát cận nghèo trong năm", unit: "Hộ" },
  { key: B02_ROWS.returns, label: "Số hộ tái nghèo, tái cận nghèo trong năm", unit: "Hộ" },
  { key: B02_ROWS.added, label: "Số hộ nghèo, hộ cận nghèo phát sinh mới trong năm", unit: "Hộ" },
  { key: B02_ROWS.end, label: "Số hộ cuối năm", unit: "Hộ" },
  { key: B02_ROWS.endRate, label: "Tỷ lệ so với tổng số hộ", unit: "%" },
  { key: B02_ROWS.reduction, label: "Mức giảm tỷ lệ trong năm", unit: "%" },
];
const B02_COLUMN_NUMBERS = { tt: 1, "chi-tieu": 2, dvt: 3, "ho-ngheo": 4, "ho-can-ngheo": 5, "ghi-chu": 6 };

export type HouseholdFigures = Partial<Record<B02Row, CellInput>>;

export interface HouseholdsInput {
  readonly total: CellInput;
  readonly poor: HouseholdFigures;
  readonly nearPoor: HouseholdFigures;
  /** Units as written; null leaves the "Đơn vị tính" cell empty. */
  readonly units?: Partial<Record<B02Row, string | null>>;
  readonly notes?: Partial<Record<B02Row, string>>;
}

export interface TargetsFixture {
  readonly ctx: RuleContext;
  readonly table: RecognisedTable;
  cell(rowKey: string, column: string): string;
}

function valueOf(input: CellInput | undefined): number {
  const value = input !== undefined && isSpec(input) ? input.value : input;
  return typeof value === "number" ? value : 0;
}

/** Year-end counts and rates derived as formulas, as our template computes them, unless given. */
function derivedFigures(total: CellInput, figures: HouseholdFigures): HouseholdFigures {
  const get = (key: B02Row) => valueOf(figures[key]);
  const end = get(B02_ROWS.start) - get(B02_ROWS.exits) + get(B02_ROWS.returns) + get(B02_ROWS.added);
  const endValue = figures[B02_ROWS.end] === undefined ? end : get(B02_ROWS.end);
  const all = valueOf(total);
  const startRate = get(B02_ROWS.start) / all;
  const endRate = endValue / all;
  return {
    [B02_ROWS.end]: { value: end, formula: "=D7-D10+D11+D12" },
    [B02_ROWS.startRate]: pct(startRate, "=D7/$D$6"),
    [B02_ROWS.endRate]: pct(endRate, "=D13/$D$6"),
    [B02_ROWS.reduction]: pct(startRate - endRate, "=D8-D14"),
    ...figures,
  };
}

export function households(
  input: HouseholdsInput,
  settings: PlanSettings | null = SEED_004_SETTINGS,
): TargetsFixture {
  const cells: Record<string, CellInput> = {};
  const rowOf = (key: string) => FIRST_TARGET_ROW + B02_LAYOUT.findIndex((r) => r.key === key);
  const at = (key: string, column: string) =>
    toA1({ row: rowOf(key), col: B02_COLUMN_NUMBERS[column as keyof typeof B02_COLUMN_NUMBERS] });
  const poor = derivedFigures(input.total, input.poor);
  const nearPoor = derivedFigures(input.total, input.nearPoor);
  for (const { key, label, unit } of B02_LAYOUT) {
    cells[at(key, "chi-tieu")] = label;
    const written = input.units?.[key] === undefined ? unit : input.units[key];
    if (written !== null) cells[at(key, "dvt")] = written;
    const note = input.notes?.[key];
    if (note !== undefined) cells[at(key, "ghi-chu")] = note;
    if (key === B02_ROWS.totalHouseholds) cells[at(key, "ho-ngheo")] = input.total;
    else {
      const [p, n] = [poor[key], nearPoor[key]];
      if (p !== undefined) cells[at(key, "ho-ngheo")] = p;
      if (n !== undefined) cells[at(key, "ho-can-ngheo")] = n;
    }
  }
  const sheet = sheetOf(TARGETS_SHEET.b02, cells);
  const table = tableOf(
    "bieu-02",
    TARGETS_SHEET.b02,
    B02_COLUMN_NUMBERS,
    B02_LAYOUT.map((r) => ({ row: rowOf(r.key), key: r.key, label: r.label })),
  );
  return { ctx: contextOf({ sheets: [sheet], tables: [table], settings }), table, cell: at };
}

/** Seed 004's targets: poor households down to 5,57% (264 leave), near-poor to 0,59% (185 leave). */
export const SEED_004_HOUSEHOLDS: HouseholdsInput = {
  total: 4740,
  poor: { [B02_ROWS.start]: 528, [B02_ROWS.exits]: 264, [B02_ROWS.returns]: 0, [B02_ROWS.added]: 0 },
  nearPoor: { [B02_ROWS.start]: 213, [B02_ROWS.exits]: 185, [B02_ROWS.returns]: 0, [B02_ROWS.added]: 0 },
};

export interface IndicatorInput {
  readonly key: string | null;
  readonly label: string;
  readonly unit?: string;
  readonly previous?: CellInput;
  readonly plan?: CellInput;
  readonly source?: string;
  /** A dimension heading ("Việc làm") rather than a target. */
  readonly heading?: boolean;
}

const B03_COLUMN_NUMBERS = {
  tt: 1,
  "chi-tieu": 2,
  dvt: 3,
  "thuc-hien-nam-truoc": 4,
  "ke-hoach": 5,
  nguon: 6,
};

export function indicators(
  rows: readonly IndicatorInput[],
  settings: PlanSettings | null = SEED_004_SETTINGS,
): TargetsFixture {
  const cells: Record<string, CellInput> = {};
  const rowOf = (key: string) => FIRST_TARGET_ROW + rows.findIndex((r) => r.key === key);
  const at = (key: string, column: string) =>
    toA1({ row: rowOf(key), col: B03_COLUMN_NUMBERS[column as keyof typeof B03_COLUMN_NUMBERS] });
  rows.forEach((r, i) => {
    const row = FIRST_TARGET_ROW + i;
    const put = (column: keyof typeof B03_COLUMN_NUMBERS, value: CellInput | undefined) => {
      if (value !== undefined) cells[toA1({ row, col: B03_COLUMN_NUMBERS[column] })] = value;
    };
    put("chi-tieu", r.label);
    put("dvt", r.unit);
    put("thuc-hien-nam-truoc", r.previous);
    put("ke-hoach", r.plan);
    put("nguon", r.source);
  });
  const sheet = sheetOf(TARGETS_SHEET.b03, cells);
  const table = tableOf(
    "bieu-03",
    TARGETS_SHEET.b03,
    B03_COLUMN_NUMBERS,
    rows.map((r, i) => ({
      row: FIRST_TARGET_ROW + i,
      key: r.key,
      label: r.label,
      role: r.heading ? "group" : "item",
    })),
  );
  return { ctx: contextOf({ sheets: [sheet], tables: [table], settings }), table, cell: at };
}

/** Seed 004's Biểu 03 targets, in our indicator list's units. */
export const SEED_004_INDICATORS: readonly IndicatorInput[] = [
  { key: null, label: "Việc làm", heading: true },
  {
    key: "vl-ket-noi",
    label: "Người lao động … được hỗ trợ kết nối việc làm",
    unit: "%",
    previous: pct(1),
    plan: pct(1),
  },
  {
    key: "vl-thanh-cong",
    label: "Người lao động được kết nối việc làm thành công",
    unit: "người",
    previous: 18,
    plan: 20,
  },
  {
    key: "vl-nuoc-ngoai",
    label: "Người lao động đi làm việc ở nước ngoài theo hợp đồng",
    unit: "người",
    plan: "02",
  },
  { key: null, label: "Y tế", heading: true },
  {
    key: "yt-thap-coi",
    label: "Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 16 tuổi giảm xuống còn",
    unit: "%",
    previous: pct(0.5),
    plan: pct(0.492),
  },
  { key: "nsh-nha-tieu", label: "Hộ sử dụng nhà tiêu hợp vệ sinh", unit: "%", plan: "≥ 36%" },
  {
    key: "tt-vien-thong",
    label: "Hộ được tiếp cận dịch vụ viễn thông, internet",
    unit: "%",
    previous: pct(0.8234),
    plan: pct(0.85),
  },
  {
    key: "tt-giam-ngheo",
    label: "Hộ được tiếp cận thông tin về giảm nghèo",
    unit: "%",
    previous: pct(0.85),
    plan: pct(0.9),
  },
  { key: "no-ho-tro", label: "Hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở", unit: "hộ", plan: 27 },
  { key: "ct-sinh-ke", label: "Hộ nghèo được hỗ trợ cải thiện sinh kế", unit: "hộ", plan: "05" },
];
