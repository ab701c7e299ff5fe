/**
 * The local counterpart check of domain.md §4 as a pure function: NSĐP must reach a minimum
 * share of NSTW. Real plans round each level's share down to whole triệu đồng (seed 004:
 * NSTW 871 at 10% tỉnh + 5% xã needs 87 + 43 = 130, not 130,65), so the minimum is the sum
 * of the rounded level shares when the split adds up to the ratio, else NSTW × ratio
 * rounded down. Phụ lục 01 computes the same thing in formulas; both must agree.
 */
import type { CounterpartRule } from "./programs/types";
import type { LevelSplit } from "./settings";

export interface CounterpartInput {
  readonly nstw: number;
  readonly nsdp: number;
  /** Minimum NSĐP ÷ NSTW, 0.15 = 15%. */
  readonly minRatio: number;
  /** Shares of the levels the plan has (no huyện after 1/7/2025). */
  readonly split: Readonly<Partial<LevelSplit>>;
  readonly roundingUnit: number;
  readonly rounding: CounterpartRule["rounding"];
}

export interface CounterpartCheck {
  /** Exact NSĐP ÷ NSTW, null while NSTW is 0. */
  readonly ratio: number | null;
  readonly minimum: number;
  /** Each level's rounded minimum when the split was used, else null. */
  readonly levelMinimums: Readonly<Partial<LevelSplit>> | null;
  readonly passes: boolean;
  /** How much NSĐP is short of the minimum; 0 when it passes. */
  readonly missing: number;
}

/** Status texts; the Phụ lục 01 status formula builds the same strings. */
export const COUNTERPART_PASSED = "Đạt";
export const COUNTERPART_SHORT_PREFIX = "Chưa đạt, còn thiếu ";
export const COUNTERPART_SHORT_SUFFIX = " triệu đồng";

/**
 * Digits kept before rounding down, so binary noise (100 × 0.29 = 28.999999999999996)
 * never costs a whole triệu đồng; the sheet rounds the same way with ROUND(…, 6).
 */
export const CLEAN_DIGITS = 6;
/** How close the level shares must add up to the ratio to be used. */
export const SPLIT_TOLERANCE = 0.000001;

function clean(x: number): number {
  const scale = 10 ** CLEAN_DIGITS;
  return Math.round(x * scale) / scale;
}

function roundDown(x: number, unit: number): number {
  return Math.floor(clean(x / unit)) * unit;
}

function levelMinimums(input: CounterpartInput): Partial<Record<keyof LevelSplit, number>> {
  const result: Partial<Record<keyof LevelSplit, number>> = {};
  for (const [level, share] of Object.entries(input.split) as [keyof LevelSplit, number][]) {
    result[level] = roundDown(input.nstw * share, input.roundingUnit);
  }
  return result;
}

function splitAddsUp(input: CounterpartInput): boolean {
  const total = Object.values(input.split).reduce((sum, share) => sum + share, 0);
  return Math.abs(total - input.minRatio) < SPLIT_TOLERANCE;
}

function minimumOf(input: CounterpartInput): Pick<CounterpartCheck, "minimum" | "levelMinimums"> {
  if (input.rounding === "none") return { minimum: clean(input.nstw * input.minRatio), levelMinimums: null };
  if (!splitAddsUp(input)) {
    return { minimum: roundDown(input.nstw * input.minRatio, input.roundingUnit), levelMinimums: null };
  }
  const levels = levelMinimums(input);
  const minimum = Object.values(levels).reduce((sum, m) => sum + m, 0);
  return { minimum, levelMinimums: levels };
}

export function requiredCounterpart(input: CounterpartInput): CounterpartCheck {
  const { minimum, levelMinimums } = minimumOf(input);
  const passes = clean(input.nsdp - minimum) >= 0;
  return {
    ratio: input.nstw === 0 ? null : input.nsdp / input.nstw,
    minimum,
    levelMinimums,
    passes,
    missing: passes ? 0 : clean(minimum - input.nsdp),
  };
}

/** Decimals shown for a missing amount: none for whole-triệu rounding, 2 without rounding. */
export function missingAmountDecimals(rule: Pick<CounterpartRule, "rounding" | "roundingUnit">): number {
  if (rule.rounding === "none") return 2;
  const [, fraction = ""] = String(rule.roundingUnit).split(".");
  return fraction.length;
}
