/**
 * planInsertion: standard order, free names on clashes, and where Phụ lục 01 finds its
 * minimum ratio: the "Thông tin chung" inserted alongside (by its final name), one already
 * in the workbook (through its marker name), or nowhere (typed on Phụ lục 01 itself).
 */
import type { SheetPlan } from "../../src/domain/sheet-plan";
import {
  PL01_COLUMNS as C,
  PL01_ROWS,
  SETTING_KEYS,
  TTC_COLUMNS,
} from "../../src/domain/templates/column-keys";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { PlanWorkbook } from "./support/formula-eval";
import {
  addressOf,
  cellByKeys,
  EMPTY_WORKBOOK,
  GIAM_NGHEO,
  isUnlocked,
  planOf,
  request,
  TWO_TIER_2025,
} from "./support/fixtures";

const settings = TWO_TIER_2025.settings(GIAM_NGHEO);

function requiredRatio(plan: SheetPlan): string | undefined {
  return cellByKeys(plan, PL01_ROWS.requiredRatio, C.nsdp).formula;
}

function evaluate(plans: readonly SheetPlan[], pl01: SheetPlan, row: string, col: string) {
  return new PlanWorkbook(plans).value(pl01.sheetName, addressOf(pl01, row, col));
}

describe("planInsertion", () => {
  test("returns the requested templates in the standard order", () => {
    const plans = planInsertion(
      request(GIAM_NGHEO, settings, ["phan-cong", "bieu-02", "thong-tin-chung"]),
      EMPTY_WORKBOOK,
    );
    expect(plans.map((p) => p.templateId)).toEqual(["thong-tin-chung", "bieu-02", "phan-cong"]);
  });

  test("takes free sheet and marker names when ours exist, and links to the new Thông tin chung", () => {
    const existing = {
      sheetNames: ["thông tin chung", "Phụ lục 01"],
      definedNames: ["KHGN_TTC", "khgn_pl01"],
    };
    const plans = planInsertion(request(GIAM_NGHEO, settings), existing);
    const ttc = planOf(plans, "thong-tin-chung");
    const pl01 = planOf(plans, "phu-luc-01");
    expect([ttc.sheetName, ttc.names[0]?.name]).toEqual(["Thông tin chung (2)", "KHGN_TTC_2"]);
    expect([pl01.sheetName, pl01.names[0]?.name]).toEqual(["Phụ lục 01 (2)", "KHGN_PL01_2"]);
    expect(planOf(plans, "bieu-02").names[0]?.name).toBe("KHGN_B02");
    const minRatioCell = addressOf(ttc, SETTING_KEYS.minRatio, TTC_COLUMNS.value);
    expect(requiredRatio(pl01)).toBe(`='Thông tin chung (2)'!$C$${minRatioCell.row}`);
    expect(evaluate(plans, pl01, PL01_ROWS.requiredRatio, C.nsdp)).toBe(0.15);
    expect(evaluate(plans, pl01, PL01_ROWS.requiredRatio, C.xa)).toBe(0.05);
  });

  test("inserted alone next to an existing Thông tin chung, reads it through its marker name", () => {
    const earlier = planInsertion(
      request(GIAM_NGHEO, { ...settings, customRatio: 0.12 }, ["thong-tin-chung"]),
      EMPTY_WORKBOOK,
    );
    const existing = { sheetNames: ["Thông tin chung"], definedNames: ["KHGN_TTC"] };
    const plans = planInsertion(request(GIAM_NGHEO, settings, ["phu-luc-01"]), existing);
    const pl01 = planOf(plans, "phu-luc-01");
    expect(requiredRatio(pl01)).toBe('=INDEX(KHGN_TTC,MATCH("minRatio",INDEX(KHGN_TTC,0,1),0),3)');
    const workbook = [...earlier, ...plans];
    expect(evaluate(workbook, pl01, PL01_ROWS.requiredRatio, C.nsdp)).toBe(0.12);
    expect(evaluate(workbook, pl01, PL01_ROWS.requiredRatio, C.tinh)).toBe(0.1);
  });

  test("with several copies of Thông tin chung, the first one's marker is used", () => {
    const existing = { sheetNames: [], definedNames: ["KHGN_TTC_3", "Other", "KHGN_TTC_2", "KHGN_TTC_x"] };
    const plans = planInsertion(request(GIAM_NGHEO, settings, ["phu-luc-01"]), existing);
    expect(requiredRatio(planOf(plans, "phu-luc-01"))).toContain("INDEX(KHGN_TTC_2,");
  });

  test("without any Thông tin chung, the minimum and split are typed on Phụ lục 01, prefilled", () => {
    const plans = planInsertion(request(GIAM_NGHEO, settings, ["phu-luc-01"]), EMPTY_WORKBOOK);
    const pl01 = planOf(plans, "phu-luc-01");
    const required = cellByKeys(pl01, PL01_ROWS.requiredRatio, C.nsdp);
    expect(required.formula).toBeUndefined();
    expect(required.value).toBe(0.15);
    expect(isUnlocked(pl01, required)).toBe(true);
    expect(cellByKeys(pl01, PL01_ROWS.requiredRatio, C.tinh).value).toBe(0.1);
    const book = new PlanWorkbook(plans);
    book.set(pl01.sheetName, addressOf(pl01, "DA2", C.sn), 871);
    book.set(pl01.sheetName, addressOf(pl01, "DA2", C.tinh), 87);
    book.set(pl01.sheetName, addressOf(pl01, "DA2", C.xa), 43);
    expect(book.value(pl01.sheetName, addressOf(pl01, PL01_ROWS.minimum, C.nsdp))).toBe(130);
    expect(book.value(pl01.sheetName, addressOf(pl01, PL01_ROWS.status, C.nsdp))).toBe("Đạt");
  });
});
