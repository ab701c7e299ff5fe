/**
 * Every target has a unit: seed 004's targets pass; a target row with an empty "Đơn vị
 * tính" is reported there, with a one-click fix when the indicator is one of ours; a unit
 * written in the label counts; headings and empty rows are not targets.
 */
import { B02_ROWS } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/indicator-unit";
import { located, render } from "./support-arith";
import { households, indicators, SEED_004_HOUSEHOLDS, SEED_004_INDICATORS } from "./support-targets";

describe("indicator-unit", () => {
  it("seed 004's targets all have units", () => {
    expect(rule.check(indicators(SEED_004_INDICATORS).ctx)).toEqual([]);
    expect(rule.check(households(SEED_004_HOUSEHOLDS).ctx)).toEqual([]);
  });

  it("an indicator of our list without a unit: a fix fills in its unit", () => {
    const plan = indicators([
      { key: "no-ho-tro", label: "Hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở", plan: 27 },
    ]);
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`indicator-unit/missing@${plan.cell("no-ho-tro", "dvt")}`]);
    expect(issues[0]?.severity).toBe("warning");
    expect(issues[0]?.fix?.edits).toEqual([{ sheet: "Biểu 03", address: { row: 6, col: 3 }, value: "hộ" }]);
  });

  it("an unknown target without a unit: reported, no fix", () => {
    const plan = indicators([{ key: null, label: "Số mô hình giảm nghèo được nhân rộng", plan: 3 }]);
    const issues = rule.check(plan.ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.fix).toBeUndefined();
  });

  it("a unit in the label counts; headings and empty rows are not targets", () => {
    const plan = indicators([
      { key: null, label: "Việc làm", heading: true },
      { key: null, label: "Tỷ lệ hộ dùng nước sạch (%)", plan: 75 },
      { key: null, label: "" },
    ]);
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("a Biểu 02 row whose unit was deleted gets it back", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, units: { [B02_ROWS.exits]: null } });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`indicator-unit/missing@${plan.cell(B02_ROWS.exits, "dvt")}`]);
    expect(issues[0]?.fix?.edits[0]?.value).toBe("Hộ");
  });
});

describe("indicator-unit: the message", () => {
  it("reads plainly", () => {
    const plan = indicators([
      { key: "no-ho-tro", label: "Hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở", plan: 27 },
    ]);
    const [issue] = rule.check(plan.ctx);
    expect(render(issue)).toBe(
      "Ô C6 (Hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở): chỉ tiêu chưa ghi đơn vị tính (%, hộ, người…).",
    );
    expect(issue?.fix?.data).toEqual({ unit: "hộ", cell: "C6" });
  });
});
