/**
 * Reduction targets go down: seed 004's poor rate 11,14% → 5,57% and its stunting rate
 * 50% → 49,2% pass; a year-end rate not below the start, a "giảm xuống" indicator planned
 * higher, or "từ 5% xuống 7%" written in a cell are reported; near-poor households only warn.
 */
import { B02_ROWS } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/target-reduction";
import { located, render } from "./support-arith";
import { households, indicators, pct, SEED_004_HOUSEHOLDS, SEED_004_INDICATORS } from "./support-targets";

const { poor, nearPoor } = SEED_004_HOUSEHOLDS;

describe("target-reduction", () => {
  it("seed 004's targets pass, including indicators about poverty information that rise", () => {
    expect(rule.check(households(SEED_004_HOUSEHOLDS).ctx)).toEqual([]);
    expect(rule.check(indicators(SEED_004_INDICATORS).ctx)).toEqual([]);
  });

  it("poor households rising over the year is an error at the year-end rate", () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      poor: { ...poor, [B02_ROWS.exits]: 0, [B02_ROWS.added]: 10 },
    });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`target-reduction/rate@${plan.cell(B02_ROWS.endRate, "ho-ngheo")}`]);
    expect(issues[0]?.severity).toBe("error");
    expect(issues[0]?.data).toMatchObject({ group: "hộ nghèo" });
  });

  it("near-poor households not falling is only a warning", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, nearPoor: { ...nearPoor, [B02_ROWS.exits]: 0 } });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`target-reduction/rate@${plan.cell(B02_ROWS.endRate, "ho-can-ngheo")}`]);
    expect(issues[0]?.severity).toBe("warning");
  });

  it("without rates, the counts are compared", () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      poor: { ...poor, [B02_ROWS.exits]: 0, [B02_ROWS.startRate]: null, [B02_ROWS.endRate]: null },
    });
    expect(located(rule.check(plan.ctx))).toEqual([
      `target-reduction/count@${plan.cell(B02_ROWS.end, "ho-ngheo")}`,
    ]);
  });

  it("a year-end count that breaks the household identity is left to that rule", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, poor: { ...poor, [B02_ROWS.end]: 600 } });
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("a 'giảm xuống còn' indicator planned higher than last year", () => {
    const plan = indicators([
      {
        key: "yt-thap-coi",
        label: "Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 16 tuổi giảm xuống còn",
        unit: "%",
        previous: pct(0.492),
        plan: pct(0.5),
      },
    ]);
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`target-reduction/indicator@${plan.cell("yt-thap-coi", "ke-hoach")}`]);
    expect(issues[0]?.data).toMatchObject({ previousPercent: 0.492, planPercent: 0.5 });
  });

  it('"từ X% xuống Y%" written in a cell needs Y below X, with or without diacritics', () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      notes: {
        [B02_ROWS.reduction]: "Giảm tỷ lệ hộ nghèo từ 5% xuống 7%",
        [B02_ROWS.end]: "giam tu 11,14% xuong con 5,57%",
      },
    });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`target-reduction/text@${plan.cell(B02_ROWS.reduction, "ghi-chu")}`]);
    expect(issues[0]?.data).toMatchObject({ fromPercent: 0.05, toPercent: 0.07 });
  });
});

describe("target-reduction: the message", () => {
  it("reads plainly", () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      poor: { ...poor, [B02_ROWS.exits]: 0, [B02_ROWS.added]: 10 },
    });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô D14: tỷ lệ hộ nghèo cuối năm 11,35% không thấp hơn đầu năm 11,14%; chỉ tiêu giảm nghèo cần tỷ lệ cuối năm thấp hơn đầu năm.",
    );
  });
});
