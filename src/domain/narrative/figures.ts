/**
 * Numbers into the tree: each traced value becomes a `figure` printed the Vietnamese way
 * and naming its cell(s). One formatter per kind of number, so the text of a figure is
 * always the formatted value of its cells (or of their sum): amounts as written
 * ("1.001"), rates with at most two decimals ("5,57%"), counts whole ("20").
 */
import { formatAmount, formatNumber, formatPercent } from "../format/numbers";
import { trieuDongInWords } from "../format/words";
import { figure, type Inline } from "./document";
import type { Traced } from "./input";

/** Rates of Biểu 02 are computed (792 ÷ 9.480); plans print two decimals at most. */
export const PERCENT_FORMAT = { decimals: 2, minDecimals: 0 } as const;

export function amountFigure(value: Traced): Inline {
  return figure(formatAmount(value.value), value.sources);
}

export function percentFigure(value: Traced): Inline {
  return figure(formatPercent(value.value, PERCENT_FORMAT), value.sources);
}

/** Counts print whole; a count typed with decimals keeps them rather than being rounded away. */
export function countFigure(value: Traced): Inline {
  return figure(formatNumber(value.value), value.sources);
}

/** "Một tỷ không trăm linh một triệu đồng" for an amount in triệu đồng. */
export function wordsFigure(value: Traced): Inline {
  return figure(trieuDongInWords(value.value), value.sources);
}

/** The sum of the values present, listing every cell; undefined when none is. */
export function sumOf(values: readonly (Traced | undefined)[]): Traced | undefined {
  const present = values.filter((v): v is Traced => v !== undefined);
  if (present.length === 0) return undefined;
  return {
    value: present.reduce((sum, v) => sum + v.value, 0),
    sources: present.flatMap((v) => v.sources),
  };
}

export function isPositive(value: Traced | undefined): value is Traced {
  return value !== undefined && value.value > 0;
}
