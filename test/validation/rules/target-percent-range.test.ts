/**
 * Percentages lie in 0–100%: seed 004's targets (100%, 49,2%, "≥ 36%", 82,34% → 85%) and
 * rates pass, whether stored as fractions shown with % or typed as points; a rate outside
 * is reported at its cell, with a suggestion when 96 was typed into a % cell.
 */
import { B02_ROWS } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/target-percent-range";
import { located, render } from "./support-arith";
import { households, indicators, pct, SEED_004_HOUSEHOLDS, SEED_004_INDICATORS } from "./support-targets";

describe("target-percent-range", () => {
  it("seed 004's indicators and household rates pass", () => {
    expect(rule.check(indicators(SEED_004_INDICATORS).ctx)).toEqual([]);
    expect(rule.check(households(SEED_004_HOUSEHOLDS).ctx)).toEqual([]);
  });

  it("accepts rates typed as percent points or as text", () => {
    const plan = indicators([
      { key: "yt-bhyt", label: "Hỗ trợ tham gia bảo hiểm y tế", unit: "%", previous: 96, plan: "100%" },
      { key: "gd-dao-tao", label: "Lao động qua đào tạo", unit: "%", previous: "0.82%", plan: 50 },
    ]);
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("96 typed into a % cell shows 9600%: reported, with 96% as a suggestion", () => {
    const plan = indicators([
      {
        key: "gd-dung-tuoi",
        label: "Trẻ em đi học đúng độ tuổi",
        unit: "%",
        previous: pct(0.9),
        plan: pct(96),
      },
    ]);
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([
      `target-percent-range/out-of-range@${plan.cell("gd-dung-tuoi", "ke-hoach")}`,
    ]);
    expect(issues[0]?.data).toMatchObject({ valuePercent: 96.0, indicator: "Trẻ em đi học đúng độ tuổi" });
    expect(issues[0]?.suggestions?.[0]?.edits[0]?.value).toBeCloseTo(0.96, 12);
    expect(issues[0]?.suggestions?.[0]?.data).toMatchObject({ valuePercent: 0.96 });
  });

  it("a negative rate and a rate over 100 points are reported, counts are not its business", () => {
    const plan = indicators([
      { key: "yt-bhyt", label: "Hỗ trợ tham gia bảo hiểm y tế", unit: "%", previous: -5, plan: 120 },
      { key: "no-ho-tro", label: "Hỗ trợ nhà ở", unit: "hộ", plan: 270 },
    ]);
    expect(located(rule.check(plan.ctx))).toEqual([
      `target-percent-range/out-of-range@${plan.cell("yt-bhyt", "thuc-hien-nam-truoc")}`,
      `target-percent-range/out-of-range@${plan.cell("yt-bhyt", "ke-hoach")}`,
    ]);
  });

  it("a typed household rate over 100%", () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      poor: { ...SEED_004_HOUSEHOLDS.poor, [B02_ROWS.startRate]: pct(1.114) },
    });
    expect(located(rule.check(plan.ctx))).toEqual([
      `target-percent-range/out-of-range@${plan.cell(B02_ROWS.startRate, "ho-ngheo")}`,
    ]);
  });

  it("finds the unit in the label when the unit column is empty", () => {
    const plan = indicators([{ key: null, label: "Tỷ lệ hộ dùng nước sạch (%)", previous: 75, plan: 175 }]);
    expect(rule.check(plan.ctx)).toHaveLength(1);
  });
});

describe("target-percent-range: the message", () => {
  it("reads plainly", () => {
    const plan = indicators([
      {
        key: "gd-dung-tuoi",
        label: "Trẻ em đi học đúng độ tuổi",
        unit: "%",
        previous: pct(0.9),
        plan: pct(96),
      },
    ]);
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô E6 (Trẻ em đi học đúng độ tuổi): tỷ lệ 9.600% nằm ngoài khoảng từ 0% đến 100%.",
    );
  });
});
