/**
 * Numbers for message data. The renderer writes numbers the reader's way (1.001 in
 * Vietnamese, 1,001 in English) and values under keys ending in "Percent" as percentages,
 * so rules pass numbers, not text; these keep only the digits a plan would write.
 */
import { cleanNumber } from "./funds-table";

/** A fraction rounded to `decimals` digits of its percentage: 0,149253… -> 0,1493 (14,93%). */
export function percentData(fraction: number, decimals = 2): number {
  return cleanNumber(Number((fraction * 100).toFixed(decimals)) / 100);
}

/**
 * The ratio with enough decimals that a value just short of the minimum never prints as
 * the minimum itself (14,9999% is not 15%).
 */
export function ratioData(ratio: number, minimum: number | null): number {
  for (let decimals = 2; decimals <= 6; decimals++) {
    const shown = percentData(ratio, decimals);
    if (minimum === null || shown !== cleanNumber(minimum)) return shown;
  }
  return cleanNumber(ratio);
}
