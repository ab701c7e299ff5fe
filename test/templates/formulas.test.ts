/**
 * What the sheets compute, evaluated over the plans' own cells: every reference lands on a
 * cell we wrote, each total covers exactly the right inputs (one input at a time), seed
 * 003's amounts add up to 8.345, Biểu 02's identities hold, and the counterpart lines agree
 * with requiredCounterpart on seed 004 and the edge cases.
 */
import type { ProgramFile } from "../../src/domain/programs/types";
import { catalogInTableOrder, childrenOf } from "../../src/domain/programs/registry";
import { requiredCounterpart } from "../../src/domain/counterpart";
import type { PlanSettings } from "../../src/domain/settings";
import type { SheetPlan } from "../../src/domain/sheet-plan";
import {
  B02_ROWS,
  PL01_COLUMNS as C,
  PL01_ROWS,
  SETTING_KEYS,
  TTC_COLUMNS,
  groupRowKey,
} from "../../src/domain/templates/column-keys";
import { PlanWorkbook } from "./support/formula-eval";
import { parseFormula, walk } from "./support/formula-parse";
import {
  addressOf,
  DISTRICT_2023,
  GIAM_NGHEO,
  isUnlocked,
  keysOf,
  NONG_THON_MOI,
  planAll,
  planOf,
  PROGRAMS,
  SCENARIOS,
  TWO_TIER_2025,
} from "./support/fixtures";

const SOURCES: readonly string[] = [C.dtpt, C.sn, C.tinh, C.huyen, C.xa, C.khac];
const AGGREGATES: Readonly<Record<string, readonly string[]>> = {
  [C.tong]: SOURCES,
  [C.nstw]: [C.dtpt, C.sn],
  [C.nsdp]: [C.tinh, C.huyen, C.xa],
};

function sheetFor(plans: readonly SheetPlan[], name: string | null, own: SheetPlan): SheetPlan | undefined {
  return name === null ? own : plans.find((p) => p.sheetName === name);
}

describe.each(PROGRAMS.map((p) => [p.id, p] as const))("program %s", (_, program) => {
  describe.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", (__, scenario) => {
    const plans = planAll(program, scenario.settings(program));

    test("every cell or range a formula names is a cell the plans wrote", () => {
      const book = new PlanWorkbook(plans);
      for (const plan of plans) {
        for (const cell of plan.cells.filter((c) => c.formula !== undefined)) {
          for (const node of walk(parseFormula(cell.formula as string))) {
            if (node.t !== "ref" && node.t !== "range") continue;
            const target = sheetFor(plans, node.sheet, plan);
            expect([cell.formula, target?.sheetName]).toEqual([cell.formula, expect.any(String)]);
            const [start, end] = node.t === "ref" ? [node.at, node.at] : [node.start, node.end];
            for (let row = start.row; row <= end.row; row++) {
              for (let col = start.col; col <= end.col; col++) {
                expect([
                  cell.formula,
                  row,
                  col,
                  book.cell(target?.sheetName ?? "", { row, col }) !== undefined,
                ]).toEqual([cell.formula, row, col, true]);
              }
            }
          }
        }
      }
    });

    test("each Phụ lục 01 total covers exactly its inputs: one input at a time", () => {
      const plan = planOf(plans, "phu-luc-01");
      const keys = keysOf(plan);
      const book = new PlanWorkbook(plans);
      const leafOf = (code: string): readonly string[] => {
        if (code === PL01_ROWS.total)
          return catalogInTableOrder(program)
            .filter((i) => childrenOf(program, i.code).length === 0)
            .map((i) => i.code);
        const children = childrenOf(program, code);
        return children.length > 0 ? children.map((c) => c.code) : [code];
      };
      const amountRows = [PL01_ROWS.total, ...program.catalog.map((i) => i.code)];
      const columns = [...keys.columns.keys()].filter((k) => k in AGGREGATES || SOURCES.includes(k));
      const inputs = amountRows.flatMap((row) =>
        columns
          .map((col) => ({ row, col, at: addressOf(plan, row, col) }))
          .filter(({ at }) => {
            const cell = book.cell(plan.sheetName, at);
            return cell !== undefined && cell.formula === undefined && isUnlocked(plan, cell);
          }),
      );
      expect(inputs.length).toBeGreaterThan(program.catalog.length);
      for (const input of inputs) {
        for (const other of inputs) book.set(plan.sheetName, other.at, other === input ? 1 : null);
        for (const row of amountRows) {
          for (const col of columns) {
            const cell = book.cell(plan.sheetName, addressOf(plan, row, col));
            if (cell?.formula === undefined) continue;
            const coversColumn = (AGGREGATES[col] ?? [col]).includes(input.col);
            const expected = coversColumn && leafOf(row).includes(input.row) ? 1 : 0;
            expect([row, col, input.row, input.col, book.value(plan.sheetName, cell.address)]).toEqual([
              row,
              col,
              input.row,
              input.col,
              expected,
            ]);
          }
        }
      }
    });
  });
});

function typeAmounts(
  book: PlanWorkbook,
  plan: SheetPlan,
  amounts: Readonly<Record<string, Partial<Record<string, number>>>>,
): void {
  for (const [row, byColumn] of Object.entries(amounts)) {
    for (const [col, value] of Object.entries(byColumn))
      book.set(plan.sheetName, addressOf(plan, row, col), value ?? null);
  }
}

describe("Phụ lục 01 with real figures", () => {
  test("seed 003's sub-project amounts add up to 8.345 triệu đồng", () => {
    const plans = planAll(GIAM_NGHEO, DISTRICT_2023.settings(GIAM_NGHEO));
    const plan = planOf(plans, "phu-luc-01");
    const book = new PlanWorkbook(plans);
    const seed003: Record<string, number> = {
      "DA1.1": 450,
      DA2: 3051,
      "DA3.1": 1444,
      "DA3.2": 387,
      "DA4.1": 1147,
      "DA4.2": 468,
      "DA4.3": 653,
      "DA6.1": 109,
      "DA6.2": 128,
      "DA7.1": 331,
      "DA7.2": 177,
    };
    typeAmounts(
      book,
      plan,
      Object.fromEntries(Object.entries(seed003).map(([code, v]) => [code, { [C.sn]: v }])),
    );
    const value = (row: string, col: string) => book.value(plan.sheetName, addressOf(plan, row, col));
    expect(value(PL01_ROWS.total, C.tong)).toBe(8345);
    expect(value(PL01_ROWS.total, C.nstw)).toBe(8345);
    expect(value("DA3", C.sn)).toBe(1831);
    expect(value("DA4", C.tong)).toBe(2268);
    expect(value(PL01_ROWS.total, C.nsdp)).toBe(0);
  });
});

interface CounterpartCase {
  readonly name: string;
  readonly program: ProgramFile;
  readonly settings: PlanSettings;
  readonly amounts: Readonly<Record<string, Partial<Record<string, number>>>>;
  readonly split: Partial<Record<"tinh" | "huyen" | "xa", number>>;
  readonly minRatio: number | null;
  readonly status: string;
}

const seed004 = TWO_TIER_2025.settings(GIAM_NGHEO);
const district = DISTRICT_2023.settings(GIAM_NGHEO);

const COUNTERPART_CASES: readonly CounterpartCase[] = [
  {
    name: "seed 004: 871 NSTW, 87 + 43 NSĐP at 15% passes",
    program: GIAM_NGHEO,
    settings: seed004,
    amounts: {
      DA2: { [C.sn]: 500, [C.tinh]: 50, [C.xa]: 25 },
      "DA3.1": { [C.sn]: 371, [C.tinh]: 37, [C.xa]: 18 },
    },
    split: { tinh: 0.1, xa: 0.05 },
    minRatio: 0.15,
    status: "Đạt",
  },
  {
    name: "seed 004 with one triệu đồng less",
    program: GIAM_NGHEO,
    settings: seed004,
    amounts: { DA2: { [C.sn]: 871, [C.tinh]: 87, [C.xa]: 42 } },
    split: { tinh: 0.1, xa: 0.05 },
    minRatio: 0.15,
    status: "Chưa đạt, còn thiếu 1 triệu đồng",
  },
  {
    name: "a split that does not add up falls back to NSTW × ratio rounded down",
    program: GIAM_NGHEO,
    settings: { ...seed004, levelSplit: { tinh: 0.1, huyen: 0, xa: 0.03 } },
    amounts: { DA2: { [C.sn]: 871, [C.tinh]: 87, [C.xa]: 42 } },
    split: { tinh: 0.1, xa: 0.03 },
    minRatio: 0.15,
    status: "Chưa đạt, còn thiếu 1 triệu đồng",
  },
  {
    name: "no NSTW: nothing required",
    program: GIAM_NGHEO,
    settings: seed004,
    amounts: {},
    split: { tinh: 0.1, xa: 0.05 },
    minRatio: 0.15,
    status: "Đạt",
  },
  {
    name: "a typed ratio of 10% overrides the group",
    program: GIAM_NGHEO,
    settings: { ...seed004, customRatio: 0.1, levelSplit: { tinh: 0.05, huyen: 0, xa: 0.05 } },
    amounts: { "DA4.1": { [C.dtpt]: 1000, [C.sn]: 1001, [C.tinh]: 100, [C.xa]: 100 } },
    split: { tinh: 0.05, xa: 0.05 },
    minRatio: 0.1,
    status: "Đạt",
  },
  {
    name: "three levels before 1/7/2025, NS huyện short",
    program: GIAM_NGHEO,
    settings: { ...district, levelSplit: { tinh: 0.1, huyen: 0.03, xa: 0.02 } },
    amounts: { DA2: { [C.sn]: 1001, [C.tinh]: 100, [C.huyen]: 28, [C.xa]: 20 } },
    split: { tinh: 0.1, huyen: 0.03, xa: 0.02 },
    minRatio: 0.15,
    status: "Chưa đạt, còn thiếu 2 triệu đồng",
  },
  {
    name: "2026 program without rounding: the exact share is required",
    program: NONG_THON_MOI,
    settings: { ...seed004, programId: NONG_THON_MOI.id, customRatio: 0.15, provinceGroup: null },
    amounts: { TP1: { [C.sn]: 871, [C.xa]: 130 } },
    split: { tinh: 0, xa: 0 },
    minRatio: 0.15,
    status: "Chưa đạt, còn thiếu 0.65 triệu đồng",
  },
];

describe("the counterpart lines of Phụ lục 01 agree with requiredCounterpart", () => {
  test.each(COUNTERPART_CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const plans = planAll(c.program, c.settings);
    const plan = planOf(plans, "phu-luc-01");
    const book = new PlanWorkbook(plans);
    typeAmounts(book, plan, c.amounts);
    const value = (row: string, col: string) => book.value(plan.sheetName, addressOf(plan, row, col));
    const nstw = value(PL01_ROWS.total, C.nstw) as number;
    const nsdp = value(PL01_ROWS.total, C.nsdp) as number;
    const expected = requiredCounterpart({
      nstw,
      nsdp,
      minRatio: c.minRatio ?? 0,
      split: c.split,
      roundingUnit: c.program.counterpart.roundingUnit,
      rounding: c.program.counterpart.rounding,
    });
    expect(value(PL01_ROWS.requiredRatio, C.nsdp)).toBe(c.minRatio);
    expect(value(PL01_ROWS.minimum, C.nsdp)).toBeCloseTo(expected.minimum, 9);
    expect(value(PL01_ROWS.actualRatio, C.nsdp)).toBe(expected.ratio ?? "");
    expect(value(PL01_ROWS.status, C.nsdp)).toBe(c.status);
    expect(c.status === "Đạt").toBe(expected.passes);
    if (expected.levelMinimums?.tinh !== undefined)
      expect(value(PL01_ROWS.minimum, C.tinh)).toBe(expected.levelMinimums.tinh);
  });

  test("without a ratio (no group, nothing typed) the status stays empty", () => {
    const plans = planAll(GIAM_NGHEO, { ...seed004, provinceGroup: null });
    const plan = planOf(plans, "phu-luc-01");
    const book = new PlanWorkbook(plans);
    typeAmounts(book, plan, { DA2: { [C.sn]: 871 } });
    expect(book.value(plan.sheetName, addressOf(plan, PL01_ROWS.status, C.nsdp))).toBe("");
  });
});

describe("Thông tin chung: the minimum ratio that applies", () => {
  const ttcValue = (
    plans: readonly SheetPlan[],
    book: PlanWorkbook,
    key: string,
    col: string = TTC_COLUMNS.value,
  ) => {
    const plan = planOf(plans, "thong-tin-chung");
    return book.value(plan.sheetName, addressOf(plan, key, col));
  };

  test("follows the chosen group, shows its label, and gives way to a typed ratio", () => {
    const plans = planAll(GIAM_NGHEO, seed004);
    const plan = planOf(plans, "thong-tin-chung");
    const book = new PlanWorkbook(plans);
    expect(ttcValue(plans, book, SETTING_KEYS.minRatio)).toBe(0.15);
    expect(ttcValue(plans, book, SETTING_KEYS.provinceGroup, TTC_COLUMNS.note)).toBe(
      "Tỉnh nhận bổ sung cân đối từ NSTW dưới 50% và các tỉnh Quảng Ngãi, Quảng Nam",
    );
    book.set(plan.sheetName, addressOf(plan, SETTING_KEYS.provinceGroup, TTC_COLUMNS.value), "tu-70");
    expect(ttcValue(plans, book, SETTING_KEYS.minRatio)).toBe(0.03);
    book.set(plan.sheetName, addressOf(plan, SETTING_KEYS.customRatio, TTC_COLUMNS.value), 0.2);
    expect(ttcValue(plans, book, SETTING_KEYS.minRatio)).toBe(0.2);
  });

  test("a 2026 plan fills its own group table, and the lookup uses it", () => {
    const settings = {
      ...seed004,
      year: 2026,
      planDate: null,
      programId: NONG_THON_MOI.id,
      provinceGroup: null,
    };
    const plans = planAll(NONG_THON_MOI, settings);
    const plan = planOf(plans, "thong-tin-chung");
    const book = new PlanWorkbook(plans);
    expect(ttcValue(plans, book, SETTING_KEYS.minRatio)).toBe("");
    book.set(plan.sheetName, addressOf(plan, groupRowKey(0), TTC_COLUMNS.note), "nhom-a");
    book.set(plan.sheetName, addressOf(plan, groupRowKey(0), TTC_COLUMNS.value), 0.05);
    book.set(plan.sheetName, addressOf(plan, SETTING_KEYS.provinceGroup, TTC_COLUMNS.value), "nhom-a");
    expect(ttcValue(plans, book, SETTING_KEYS.minRatio)).toBe(0.05);
  });
});

describe("Biểu 02", () => {
  const plans = planAll(GIAM_NGHEO, seed004);
  const plan = planOf(plans, "bieu-02");

  function fill(book: PlanWorkbook, total: number): void {
    const typed: Record<string, [number, number]> = {
      [B02_ROWS.start]: [100, 50],
      [B02_ROWS.exits]: [20, 10],
      [B02_ROWS.returns]: [2, 1],
      [B02_ROWS.added]: [3, 4],
    };
    book.set(plan.sheetName, addressOf(plan, B02_ROWS.totalHouseholds, "ho-ngheo"), total);
    for (const [row, [poor, nearPoor]] of Object.entries(typed)) {
      book.set(plan.sheetName, addressOf(plan, row, "ho-ngheo"), poor);
      book.set(plan.sheetName, addressOf(plan, row, "ho-can-ngheo"), nearPoor);
    }
  }

  test("year end = start − exits + returns + new; rates of all households; the reduction", () => {
    const book = new PlanWorkbook(plans);
    fill(book, 1000);
    const value = (row: string, col: string) => book.value(plan.sheetName, addressOf(plan, row, col));
    expect([value(B02_ROWS.end, "ho-ngheo"), value(B02_ROWS.end, "ho-can-ngheo")]).toEqual([85, 45]);
    expect(value(B02_ROWS.startRate, "ho-can-ngheo")).toBeCloseTo(0.05, 12);
    expect(value(B02_ROWS.endRate, "ho-ngheo")).toBeCloseTo(0.085, 12);
    expect(value(B02_ROWS.reduction, "ho-ngheo")).toBeCloseTo(0.015, 12);
    expect(value(B02_ROWS.reduction, "ho-can-ngheo")).toBeCloseTo(0.005, 12);
  });

  test("without the number of households, rates and reduction stay empty instead of #DIV/0!", () => {
    const book = new PlanWorkbook(plans);
    fill(book, 0);
    expect(book.value(plan.sheetName, addressOf(plan, B02_ROWS.endRate, "ho-ngheo"))).toBe("");
    expect(book.value(plan.sheetName, addressOf(plan, B02_ROWS.reduction, "ho-ngheo"))).toBe("");
  });
});
