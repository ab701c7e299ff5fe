/**
 * The counterpart split between budget levels (a setting): seed 004's NS tỉnh 87 and NS xã
 * 43 meet 10% and 5% of 871 rounded down; a level below its rounded-down share is a
 * warning at its TỔNG CỘNG cell; levels the plan no longer has are not checked.
 */
import { PL01_COLUMNS as C } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/level-split";
import { funds, located, SEED_004_LEAVES, SEED_004_SETTINGS, settingsFor, render } from "./support-arith";

const seed004 = { leaves: SEED_004_LEAVES, settings: SEED_004_SETTINGS, withoutDistrict: true };

describe("level-split", () => {
  it("seed 004 meets its split: 87 ≥ 87 (10% of 871) and 43 ≥ 43 (5%)", () => {
    expect(rule.check(funds(seed004).ctx)).toEqual([]);
  });

  it("NS xã one triệu đồng short: a warning at TỔNG CỘNG's NS xã", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { "DA3.1": { [C.xa]: 17 } } });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`level-split/short@${plan.cell("TOTAL", C.xa)}`]);
    expect(issues[0]?.severity).toBe("warning");
    expect(issues[0]?.data).toMatchObject({
      level: "NS xã",
      actual: 42,
      sharePercent: 0.05,
      nstw: 871,
      minimum: 43,
      missing: 1,
    });
  });

  it("a fraction below the rounded-down share is short too", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { "DA3.1": { [C.xa]: 17.6 } } });
    expect(rule.check(plan.ctx)[0]?.data).toMatchObject({ actual: 42.6, missing: 0.4 });
  });

  const district = settingsFor({
    year: 2024,
    level: "xa",
    unitName: "xã Xuân Giang",
    planDate: "2024-03-12",
  });
  const split = { tinh: 0.1, huyen: 0.03, xa: 0.02 };
  const leaves = { DA2: { [C.sn]: 1000, [C.tinh]: 100, [C.huyen]: 25, [C.xa]: 20 } };

  it("before 1/7/2025 NS huyện has its share: 25 < 30 is short", () => {
    const plan = funds({ leaves, settings: { ...district, levelSplit: split, customRatio: 0.15 } });
    expect(located(rule.check(plan.ctx))).toEqual([`level-split/short@${plan.cell("TOTAL", C.huyen)}`]);
  });

  it("a plan dated after 1/7/2025 has no district level: its NS huyện share is not checked", () => {
    const settings = { ...SEED_004_SETTINGS, levelSplit: split, customRatio: 0.15 };
    expect(rule.check(funds({ leaves, settings }).ctx)).toEqual([]);
  });

  it("waits while a typed-over amount breaks the sums that NSTW comes from", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { DA3: { [C.sn]: 381 } } });
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("nothing without settings", () => {
    expect(rule.check(funds({ ...seed004, settings: null }).ctx)).toEqual([]);
  });
});

describe("level-split: the message", () => {
  it("reads plainly", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { "DA3.1": { [C.xa]: 17 } } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô I8: NS xã ghi 42 triệu đồng, thấp hơn phần NS xã phải đối ứng: 5% của NSTW 871 triệu đồng, làm tròn xuống là 43 triệu đồng; còn thiếu 1 triệu đồng.",
    );
  });
});
