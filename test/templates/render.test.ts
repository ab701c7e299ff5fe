/**
 * Every template rendered for both programs and both kinds of plan: what a user sees and
 * relies on (titles, the NS huyện column exactly when districts exist, locked formulas and
 * unlocked inputs, validations, print setup, marker names).
 */
import { rangeToA1, type RangeAddress } from "../../src/domain/address/cell-address";
import { catalogInTableOrder } from "../../src/domain/programs/registry";
import { TEMPLATE_IDS, type SheetPlan } from "../../src/domain/sheet-plan";
import {
  markerName,
  PL01_COLUMNS,
  PL01_ROWS,
  SETTING_KEYS,
  TTC_COLUMNS,
} from "../../src/domain/templates/column-keys";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { INDICATORS } from "../../src/domain/templates/indicators";
import {
  cellAt,
  cellByKeys,
  GIAM_NGHEO,
  isUnlocked,
  keysOf,
  planAll,
  planOf,
  PROGRAMS,
  SCENARIOS,
  TWO_TIER_2025,
} from "./support/fixtures";

function inside(range: RangeAddress, row: number, col: number): boolean {
  return row >= range.start.row && row <= range.end.row && col >= range.start.col && col <= range.end.col;
}

function overlaps(a: RangeAddress, b: RangeAddress): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.col <= b.end.col &&
    b.start.col <= a.end.col
  );
}

describe.each(PROGRAMS.map((p) => [p.id, p] as const))("program %s", (_, program) => {
  describe.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", (__, scenario) => {
    const settings = scenario.settings(program);
    const plans = planAll(program, settings);

    test("renders every template, in the standard order, with its standard sheet name", () => {
      expect(plans.map((p) => p.templateId)).toEqual(TEMPLATE_IDS);
      expect(plans.map((p) => p.sheetName)).toEqual([
        "Thông tin chung",
        "Phụ lục 01",
        "Biểu 02",
        "Biểu 03",
        "Phân công",
      ]);
    });

    test.each(TEMPLATE_IDS)(
      "%s: formulas are locked, inputs unlocked and validated, styles defined",
      (id) => {
        const plan = planOf(plans, id);
        for (const cell of plan.cells) {
          if (cell.style !== undefined) expect(plan.styles[cell.style]).toBeDefined();
          if (cell.formula !== undefined) expect(isUnlocked(plan, cell)).toBe(false);
        }
        for (const validation of plan.validations) {
          const covered = plan.cells.filter((c) => inside(validation.range, c.address.row, c.address.col));
          expect(covered.length).toBeGreaterThan(0);
          for (const cell of covered) expect(isUnlocked(plan, cell)).toBe(true);
        }
        expect(plan.protect).toBe(true);
      },
    );

    test.each(TEMPLATE_IDS)("%s: marker name over header and body, key row and key column hidden", (id) => {
      const plan = planOf(plans, id);
      expect(plan.names).toHaveLength(1);
      const [marker] = plan.names as [SheetPlan["names"][number]];
      expect(marker.name).toBe(markerName(id));
      expect(marker.range.start.col).toBe(1);
      expect(plan.hiddenColumns).toEqual([1]);
      expect(plan.hiddenRows).toEqual([marker.range.start.row - 1]);
      expect(plan.print.repeatRows?.first).toBe(marker.range.start.row);
      expect(plan.freeze?.rows).toBe(plan.print.repeatRows?.last);
    });

    test.each(TEMPLATE_IDS)("%s: merges do not overlap", (id) => {
      const { merges } = planOf(plans, id);
      merges.forEach((a, i) =>
        merges
          .slice(i + 1)
          .forEach((b) => expect([rangeToA1(a), overlaps(a, b)]).toEqual([rangeToA1(a), false])),
      );
    });

    test("Phụ lục 01 has the NS huyện column exactly when the plan has a district level", () => {
      const plan = planOf(plans, "phu-luc-01");
      expect(keysOf(plan).columns.has(PL01_COLUMNS.huyen)).toBe(scenario.districtColumn);
      expect(plan.cells.some((c) => c.value === "NS huyện")).toBe(scenario.districtColumn);
    });

    test("Phụ lục 01: titles name the program and year; A4 landscape; amounts in whole triệu đồng", () => {
      const plan = planOf(plans, "phu-luc-01");
      const texts = plan.cells.filter((c) => c.address.row <= 4).map((c) => c.value);
      expect(texts).toContain("PHỤ LỤC 01");
      expect(texts).toContain(
        `KINH PHÍ THỰC HIỆN ${program.name.toLocaleUpperCase("vi")} NĂM ${settings.year}`,
      );
      expect(texts).toContain("Đơn vị tính: Triệu đồng");
      expect(plan.print).toMatchObject({ paperSize: "A4", orientation: "landscape", fitToWidth: true });
      const total = cellByKeys(plan, PL01_ROWS.total, PL01_COLUMNS.tong);
      expect(plan.styles[total.style ?? ""]?.numberFormat).toBe("#,##0");
      const ratio = cellByKeys(plan, PL01_ROWS.actualRatio, PL01_COLUMNS.nsdp);
      expect(plan.styles[ratio.style ?? ""]?.numberFormat).toBe("0.00%");
    });

    test("Phụ lục 01: ĐTPT is an input only for items with investment capital, a shaded locked cell elsewhere", () => {
      const plan = planOf(plans, "phu-luc-01");
      const leaves = catalogInTableOrder(program).filter(
        (item) => !program.catalog.some((c) => c.parent === item.code),
      );
      for (const item of leaves) {
        const cell = cellByKeys(plan, item.code, PL01_COLUMNS.dtpt);
        expect([item.code, isUnlocked(plan, cell)]).toEqual([item.code, item.capital.includes("DTPT")]);
        if (!item.capital.includes("DTPT")) expect(plan.styles[cell.style ?? ""]?.fill).toBeDefined();
        expect(isUnlocked(plan, cellByKeys(plan, item.code, PL01_COLUMNS.sn))).toBe(true);
      }
    });

    test("Phụ lục 01 and Phân công list the catalog in table order with its official names", () => {
      for (const id of ["phu-luc-01", "phan-cong"] as const) {
        const plan = planOf(plans, id);
        const keys = [...keysOf(plan).rows.keys()].filter((k) => program.catalog.some((c) => c.code === k));
        expect(keys).toEqual(catalogInTableOrder(program).map((c) => c.code));
        for (const item of program.catalog)
          expect(cellByKeys(plan, item.code, "noi-dung").value).toBe(item.name);
      }
    });

    test("Biểu 03: every indicator with its unit, percent cells validated 0–1, counts whole", () => {
      const plan = planOf(plans, "bieu-03");
      for (const indicator of INDICATORS) {
        expect(cellByKeys(plan, indicator.id, "dvt").value).toBe(indicator.unit);
        const target = cellByKeys(plan, indicator.id, "ke-hoach");
        const rule = plan.validations.find((v) =>
          inside(v.range, target.address.row, target.address.col),
        )?.rule;
        expect(rule).toEqual(
          indicator.unit === "%" ? { kind: "decimal", min: 0, max: 1 } : { kind: "whole", min: 0 },
        );
        expect(plan.styles[target.style ?? ""]?.numberFormat).toBe(
          indicator.unit === "%" ? "0.00%" : "#,##0",
        );
      }
      expect(plan.cells.map((c) => c.value)).toContain(`Kế hoạch năm ${settings.year}`);
    });

    test("Thông tin chung starts from the plan's settings", () => {
      const plan = planOf(plans, "thong-tin-chung");
      const value = (key: string) => cellByKeys(plan, key, TTC_COLUMNS.value).value;
      expect(value(SETTING_KEYS.programId)).toBe(program.id);
      expect(value(SETTING_KEYS.year)).toBe(settings.year);
      expect(value(SETTING_KEYS.level)).toBe(settings.level === "xa" ? "xã" : "huyện");
      expect(value(SETTING_KEYS.unitName)).toBe(settings.unitName);
      expect(value(SETTING_KEYS.splitTinh)).toBe(settings.levelSplit.tinh);
      expect(value("legalBases.1")).toBe(settings.legalBases[0] ?? null);
      expect(value("recipients.1")).toBe(settings.recipients[0]);
    });
  });
});

describe("details a user sees", () => {
  const settings = {
    ...TWO_TIER_2025.settings(GIAM_NGHEO),
    planNumber: "12/KH-UBND",
    planDate: "2025-02-05",
  };
  const plans = planAll(GIAM_NGHEO, settings);

  test("every attachment carries the “Kèm theo” line filled from the settings", () => {
    for (const id of ["phu-luc-01", "bieu-02", "bieu-03", "phan-cong"] as const) {
      expect(planOf(plans, id).cells.map((c) => c.value)).toContain(
        "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 02 năm 2025 của UBND xã Ba Dinh)",
      );
    }
  });

  test("an unnumbered, undated plan leaves gaps to fill by hand", () => {
    const blank = planAll(GIAM_NGHEO, { ...TWO_TIER_2025.settings(GIAM_NGHEO), planDate: null });
    expect(planOf(blank, "bieu-02").cells.map((c) => c.value)).toContain(
      "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND xã Ba Dinh)",
    );
  });

  test("the plan date is a real date cell (Excel serial 45693 for 05/02/2025)", () => {
    const plan = planOf(plans, "thong-tin-chung");
    const date = cellByKeys(plan, SETTING_KEYS.planDate, TTC_COLUMNS.value);
    expect(date.value).toBe(45693);
    expect(plan.styles[date.style ?? ""]?.numberFormat).toBe("dd/mm/yyyy");
  });

  test("level and province group are pick lists; the group list holds the program's group ids", () => {
    const plan = planOf(plans, "thong-tin-chung");
    const ruleAt = (key: string) => {
      const cell = cellByKeys(plan, key, TTC_COLUMNS.value);
      return plan.validations.find((v) => inside(v.range, cell.address.row, cell.address.col));
    };
    expect(ruleAt(SETTING_KEYS.level)?.rule).toEqual({ kind: "list", items: ["xã", "huyện"] });
    expect(ruleAt(SETTING_KEYS.provinceGroup)?.rule).toEqual({
      kind: "list",
      items: ["tu-70", "50-70", "duoi-50"],
    });
    expect(ruleAt(SETTING_KEYS.provinceGroup)?.errorTitle).toBe("Nhóm tỉnh không hợp lệ");
  });

  test("Phụ lục 01 has a two-row header: NSTW and NSĐP groups merged over their columns", () => {
    const plan = planOf(plans, "phu-luc-01");
    const header = plan.print.repeatRows as { first: number; last: number };
    expect(header.last - header.first).toBe(1);
    const nstw = plan.cells.find((c) => c.value === "Ngân sách trung ương");
    const merge = plan.merges.find(
      (m) => m.start.row === nstw?.address.row && m.start.col === nstw.address.col,
    );
    expect(merge && merge.end.col - merge.start.col).toBe(2);
    const tt = plan.cells.find((c) => c.value === "TT" && c.address.row === header.first);
    expect(plan.merges.some((m) => m.start.col === tt?.address.col && m.end.row === header.last)).toBe(true);
  });

  test("the body starts with TỔNG CỘNG, then each Dự án before its Tiểu dự án", () => {
    const plan = planOf(plans, "phu-luc-01");
    const rows = [...keysOf(plan).rows.keys()];
    expect(rows.slice(0, 4)).toEqual([PL01_ROWS.total, "DA1", "DA1.1", "DA1.2"]);
    expect(cellAt(plan, { row: keysOf(plan).rows.get("DA1") ?? 0, col: 2 })?.value).toBe("1");
  });

  test("print setup: A4 portrait for the other sheets, margins set, header repeated", () => {
    for (const id of ["thong-tin-chung", "bieu-02", "bieu-03", "phan-cong"] as const) {
      const { print } = planOf(plans, id);
      expect(print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToWidth: true });
      expect(print.margins.left).toBeGreaterThan(print.margins.right);
      expect(print.repeatRows).toBeDefined();
    }
  });

  test("a 2025 plan dated before 1 July still has NS huyện; an undated 2024 commune plan too", () => {
    const march = planAll(GIAM_NGHEO, { ...settings, planDate: "2025-03-12" });
    expect(keysOf(planOf(march, "phu-luc-01")).columns.has(PL01_COLUMNS.huyen)).toBe(true);
    const commune2024 = defaultSettings(GIAM_NGHEO, { year: 2024, unitName: "Xuân Giang" });
    expect(
      keysOf(planOf(planAll(GIAM_NGHEO, commune2024), "phu-luc-01")).columns.has(PL01_COLUMNS.huyen),
    ).toBe(true);
  });
});
