/**
 * Biểu 02's identities: seed 004 (528 − 264 = 264 poor households, 5,57% of 4.740) passes
 * with formula or typed rates; a wrong year-end count is one finding with the arithmetic
 * spelled out, and a rate that disagrees with its count beyond its written rounding is one;
 * the same on a Biểu 02 laid out the annual review's way (household groups down).
 */
import { B02_ROWS } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/household-identity";
import { HOUSEHOLDS, householdsAcross, householdsAcrossTable } from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";
import { located, render } from "./support-arith";
import { households, pct, SEED_004_HOUSEHOLDS } from "./support-targets";

const poor = SEED_004_HOUSEHOLDS.poor;

describe("household-identity", () => {
  it("seed 004 passes with formula rates", () => {
    expect(rule.check(households(SEED_004_HOUSEHOLDS).ctx)).toEqual([]);
  });

  it("seed 004 passes with rates typed as written in its text (5,57%, 0,59%)", () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      poor: { ...poor, [B02_ROWS.end]: 264, [B02_ROWS.endRate]: pct(0.0557) },
      nearPoor: { ...SEED_004_HOUSEHOLDS.nearPoor, [B02_ROWS.end]: 28, [B02_ROWS.endRate]: "0,59%" },
    });
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("a typed year-end count that disagrees: one finding, the rate computed from it not repeated", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, poor: { ...poor, [B02_ROWS.end]: 270 } });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`household-identity/year-end@${plan.cell(B02_ROWS.end, "ho-ngheo")}`]);
    expect(issues[0]?.data).toMatchObject({
      group: "hộ nghèo",
      actual: 270,
      start: 528,
      exits: 264,
      returns: 0,
      added: 0,
      expected: 264,
    });
    expect(issues[0]?.suggestions?.[0]?.edits[0]?.value).toBe(264);
  });

  it("a wrong year-end count whose typed rate still matches the movements: still one finding", () => {
    const plan = households({
      ...SEED_004_HOUSEHOLDS,
      poor: { ...poor, [B02_ROWS.end]: 270, [B02_ROWS.endRate]: pct(0.0557) },
    });
    expect(located(rule.check(plan.ctx))).toEqual([
      `household-identity/year-end@${plan.cell(B02_ROWS.end, "ho-ngheo")}`,
    ]);
  });

  it("a typed rate that is not count ÷ total households", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, poor: { ...poor, [B02_ROWS.startRate]: pct(0.1214) } });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`household-identity/rate@${plan.cell(B02_ROWS.startRate, "ho-ngheo")}`]);
    expect(issues[0]?.data).toMatchObject({
      moment: "đầu năm",
      actualPercent: 0.1214,
      count: 528,
      total: 4740,
      expectedPercent: 0.1114,
    });
  });

  it("a rate typed with fewer decimals is judged by its own rounding (11% for 11,14%)", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, poor: { ...poor, [B02_ROWS.startRate]: 11 } });
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("empty movements count as none once start and end are written", () => {
    const plan = households({
      total: 4740,
      poor: { [B02_ROWS.start]: 528, [B02_ROWS.end]: 500 },
      nearPoor: {},
    });
    expect(located(rule.check(plan.ctx))).toEqual([
      `household-identity/year-end@${plan.cell(B02_ROWS.end, "ho-ngheo")}`,
    ]);
  });
});

describe("household-identity: the message", () => {
  it("spells out the arithmetic", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, poor: { ...poor, [B02_ROWS.end]: 270 } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô D13: số hộ nghèo cuối năm ghi 270 nhưng đầu năm − thoát + tái + phát sinh mới = 528 − 264 + 0 + 0 = 264.",
    );
  });

  it("gives the rate the counts imply", () => {
    const plan = households({ ...SEED_004_HOUSEHOLDS, poor: { ...poor, [B02_ROWS.startRate]: pct(0.1214) } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô D8: tỷ lệ hộ nghèo đầu năm ghi 12,14% nhưng 528 hộ ÷ 4.740 hộ = 11,14%.",
    );
  });
});

testRule(rule, {
  valid: [
    {
      name: "a transposed Biểu 02 (the annual review's layout) whose figures agree",
      sheets: { [HOUSEHOLDS]: householdsAcross({ K5: "3,5%", K6: "5,92%" }) },
      tables: [householdsAcrossTable()],
    },
  ],
  invalid: [
    {
      name: "a transposed Biểu 02: the near-poor year-end count typed over its formula",
      sheets: { [HOUSEHOLDS]: householdsAcross({ J6: 70 }) },
      tables: [householdsAcrossTable()],
      issues: [
        {
          cell: "J6",
          severity: "error",
          messageId: "household-identity/year-end",
          data: { actual: 70, expected: 71 },
          suggestion: { J6: 71 },
        },
      ],
    },
    {
      name: "a transposed Biểu 02: a rate typed as text that is not the count ÷ the total on its row",
      sheets: { [HOUSEHOLDS]: householdsAcross({ K5: "4,5%" }) },
      tables: [householdsAcrossTable()],
      issues: [
        {
          cell: "K5",
          severity: "error",
          messageId: "household-identity/rate",
          data: { count: 42, total: 1200, expectedPercent: 0.035 },
        },
      ],
    },
  ],
});
