/**
 * Counts are whole numbers of at least zero: seed 004's counts (20 người, "02", 27 hộ, 264
 * hộ thoát nghèo) pass; a fraction or a negative count is reported at its cell.
 */
import { B02_ROWS } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/target-count-whole";
import { located, render } from "./support-arith";
import { households, indicators, SEED_004_HOUSEHOLDS, SEED_004_INDICATORS } from "./support-targets";

describe("target-count-whole", () => {
  it('seed 004\'s counts pass, padded text like "05" included', () => {
    expect(rule.check(indicators(SEED_004_INDICATORS).ctx)).toEqual([]);
    expect(rule.check(households(SEED_004_HOUSEHOLDS).ctx)).toEqual([]);
  });

  it("20,5 người is reported with its unit", () => {
    const plan = indicators([
      {
        key: "vl-thanh-cong",
        label: "Lao động kết nối việc làm thành công",
        unit: "người",
        previous: 18,
        plan: 20.5,
      },
    ]);
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([
      `target-count-whole/fraction@${plan.cell("vl-thanh-cong", "ke-hoach")}`,
    ]);
    expect(issues[0]?.data).toMatchObject({ value: 20.5, unit: "người" });
  });

  it("a negative number of households leaving poverty is reported", () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      nearPoor: { ...SEED_004_HOUSEHOLDS.nearPoor, [B02_ROWS.exits]: -5 },
    });
    expect(located(rule.check(plan.ctx))).toEqual([
      `target-count-whole/negative@${plan.cell(B02_ROWS.exits, "ho-can-ngheo")}`,
    ]);
  });

  it("float noise of a formula is not a fraction, and percentages are not counts", () => {
    const plan = indicators([
      { key: "no-ho-tro", label: "Hỗ trợ nhà ở", unit: "hộ", plan: { value: 0.1 * 30, formula: "=0.1*30" } },
      { key: "yt-bhyt", label: "Hỗ trợ bảo hiểm y tế", unit: "%", plan: 49.2 },
    ]);
    expect(rule.check(plan.ctx)).toEqual([]);
  });
});

describe("target-count-whole: the message", () => {
  it("reads plainly", () => {
    const plan = indicators([{ key: "no-ho-tro", label: "Hộ được hỗ trợ nhà ở", unit: "hộ", plan: 27.5 }]);
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô E6 (Hộ được hỗ trợ nhà ở): 27,5 hộ không phải số nguyên; số hộ, số người phải là số nguyên.",
    );
  });
});
