/**
 * Numbers written the Vietnamese way (Luật Kế toán): "." between thousands, "," before
 * decimals, "1.001 triệu đồng", "0,82%". Done by hand rather than with Intl, whose vi-VN
 * output differs between Node and ICU builds; the same value always prints the same text.
 */
import { type Decimal, decimalOf, fractionDigits, integerPart, roundDecimal, shiftDecimal } from "./decimal";

export { parseNumberText, parseVietnameseNumber, type ParsedNumber } from "./parse-number";

export interface NumberFormatOptions {
  /**
   * Most digits after the comma; the value is rounded half away from zero to them.
   * "auto" (the default) shows what the value has, up to 15 significant digits.
   */
  readonly decimals?: number | "auto";
  /** Fewest digits after the comma (zeros fill). Default: `decimals` when it is a number, else 0. */
  readonly minDecimals?: number;
}

export interface AmountFormatOptions extends NumberFormatOptions {
  /** Append " triệu đồng". */
  readonly unit?: boolean;
}

export interface CountFormatOptions {
  /** Write 1–9 with a leading zero, "05 hộ", as many targets lists do; 0 stays "0". */
  readonly pad?: boolean;
}

function checkPlaces(places: number, name: string): number {
  if (!Number.isInteger(places) || places < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0: ${places}`);
  return places;
}

/** "1234567" -> "1.234.567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ".");
}

function formatDecimal(d: Decimal, options: NumberFormatOptions): string {
  const decimals = options.decimals ?? "auto";
  const max = decimals === "auto" ? undefined : checkPlaces(decimals, "decimals");
  const min = checkPlaces(options.minDecimals ?? max ?? 0, "minDecimals");
  if (max !== undefined && min > max) throw new RangeError(`minDecimals ${min} exceeds decimals ${max}`);
  const rounded = max === undefined ? d : roundDecimal(d, max);
  const fraction = fractionDigits(rounded, min);
  const body = groupThousands(integerPart(rounded).toString()) + (fraction ? `,${fraction}` : "");
  return rounded.negative ? `-${body}` : body;
}

/** 1001 -> "1.001"; 1234567.5 -> "1.234.567,5"; -1001 -> "-1.001"; 0.1 + 0.2 -> "0,3". */
export function formatNumber(value: number | bigint, options: NumberFormatOptions = {}): string {
  return formatDecimal(decimalOf(value), options);
}

/**
 * Takes a fraction, as Excel stores a cell formatted as percent: 0.0082 -> "0,82%",
 * 0.492 -> "49,2%", 1 -> "100%". Values in percent points (49.2) must be divided by 100
 * first; the float error that adds is removed before printing.
 */
export function formatPercent(fraction: number, options: NumberFormatOptions = {}): string {
  return `${formatDecimal(shiftDecimal(decimalOf(fraction), 2), options)}%`;
}

/**
 * An amount in triệu đồng: 1001 -> "1.001". It is never rounded unless asked
 * ({ decimals: 0 } rounds half away from zero to whole triệu), so a sum written in the
 * text always matches the cells.
 */
export function formatAmount(trieuDong: number | bigint, options: AmountFormatOptions = {}): string {
  const text = formatNumber(trieuDong, options);
  return options.unit ? `${text} triệu đồng` : text;
}

/** A count of households, people or communes: 5 -> "5", or "05" with { pad: true }. */
export function formatCount(count: number | bigint, options: CountFormatOptions = {}): string {
  const d = decimalOf(count);
  if (d.scale > 0) throw new RangeError(`A count must be a whole number: ${count}`);
  const text = formatDecimal(d, {});
  return options.pad && !d.negative && d.units >= 1n && d.units <= 9n ? `0${text}` : text;
}
