/**
 * The counterpart rule of domain.md §4 as a pure function, on seed 004's figures and the
 * edge cases: no NSTW, a split that does not add up, binary noise, no rounding.
 */
import {
  missingAmountDecimals,
  requiredCounterpart,
  type CounterpartInput,
} from "../../src/domain/counterpart";

const SEED_004: CounterpartInput = {
  nstw: 871,
  nsdp: 130,
  minRatio: 0.15,
  split: { tinh: 0.1, xa: 0.05 },
  roundingUnit: 1,
  rounding: "floor-per-component",
};

describe("requiredCounterpart", () => {
  test("seed 004: 87 (tỉnh) + 43 (xã) = 130 is enough at 15% although 130/871 is 14,93%", () => {
    const check = requiredCounterpart(SEED_004);
    expect(check.minimum).toBe(130);
    expect(check.levelMinimums).toEqual({ tinh: 87, xa: 43 });
    expect(check.passes).toBe(true);
    expect(check.missing).toBe(0);
    expect(check.ratio).toBeCloseTo(0.14925, 5);
  });

  test("seed 004 with 129: fails, 1 triệu đồng missing", () => {
    const check = requiredCounterpart({ ...SEED_004, nsdp: 129 });
    expect(check.passes).toBe(false);
    expect(check.missing).toBe(1);
  });

  test("no NSTW: no ratio, nothing required", () => {
    const check = requiredCounterpart({ ...SEED_004, nstw: 0, nsdp: 0 });
    expect(check).toMatchObject({ ratio: null, minimum: 0, passes: true, missing: 0 });
  });

  test("a split that does not add up to the ratio falls back to NSTW × ratio rounded down", () => {
    const check = requiredCounterpart({ ...SEED_004, split: { tinh: 0.1, xa: 0.03 } });
    expect(check.minimum).toBe(130);
    expect(check.levelMinimums).toBeNull();
  });

  test("three levels before 1/7/2025 each round down", () => {
    const check = requiredCounterpart({
      ...SEED_004,
      nstw: 1001,
      nsdp: 148,
      split: { tinh: 0.1, huyen: 0.03, xa: 0.02 },
    });
    expect(check.levelMinimums).toEqual({ tinh: 100, huyen: 30, xa: 20 });
    expect(check.minimum).toBe(150);
    expect(check.missing).toBe(2);
  });

  test("binary noise never costs a whole triệu đồng (100 × 29% = 29, not 28)", () => {
    const check = requiredCounterpart({
      ...SEED_004,
      nstw: 100,
      nsdp: 29,
      minRatio: 0.29,
      split: { tinh: 0.29 },
    });
    expect(check.minimum).toBe(29);
    expect(check.passes).toBe(true);
  });

  test("a rounding unit of 10 rounds each share down to tens", () => {
    const check = requiredCounterpart({ ...SEED_004, roundingUnit: 10 });
    expect(check.levelMinimums).toEqual({ tinh: 80, xa: 40 });
    expect(check.minimum).toBe(120);
  });

  test("without rounding the exact share is required", () => {
    const check = requiredCounterpart({ ...SEED_004, rounding: "none" });
    expect(check.minimum).toBe(130.65);
    expect(check.passes).toBe(false);
    expect(check.missing).toBe(0.65);
  });

  test("missing amounts show whole triệu đồng under whole rounding, two decimals without", () => {
    expect(missingAmountDecimals({ rounding: "floor-per-component", roundingUnit: 1 })).toBe(0);
    expect(missingAmountDecimals({ rounding: "floor-per-component", roundingUnit: 0.1 })).toBe(1);
    expect(missingAmountDecimals({ rounding: "none", roundingUnit: 1 })).toBe(2);
  });
});
