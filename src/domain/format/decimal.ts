/**
 * Exact decimals for display and reading aloud. A JavaScript number becomes digits and a
 * scale, so rounding, scaling by powers of ten (triệu đồng to đồng, fraction to percent)
 * and printing never show binary noise such as 0.1 + 0.2 = 0.30000000000000004.
 */

/** The value (negative ? -1 : 1) × units / 10^scale; trailing fraction zeros are trimmed. */
export interface Decimal {
  readonly negative: boolean;
  readonly units: bigint;
  readonly scale: number;
}

/** A double holds 15 significant decimal digits reliably; anything past them is noise. */
const SIGNIFICANT_DIGITS = 15;
const CANONICAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function normalize(negative: boolean, units: bigint, scale: number): Decimal {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s -= 1;
  }
  return { negative: negative && u !== 0n, units: u, scale: s };
}

function fromCanonical(text: string): Decimal {
  const m = CANONICAL.exec(text);
  if (!m) throw new RangeError(`Not a canonical number: ${text}`);
  const fraction = m[3] ?? "";
  const scale = fraction.length - Number(m[4] ?? 0);
  const units = BigInt((m[2] ?? "0") + fraction);
  return scale >= 0
    ? normalize(m[1] === "-", units, scale)
    : normalize(m[1] === "-", units * pow10(-scale), 0);
}

/**
 * Integers (and bigints) are taken exactly; other numbers are cut to 15 significant
 * digits first, which is what removes floating-point error. NaN and ±Infinity throw.
 */
export function decimalOf(value: number | bigint): Decimal {
  if (typeof value === "bigint") return normalize(value < 0n, value < 0n ? -value : value, 0);
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  if (Number.isInteger(value)) return decimalOf(BigInt(value));
  return fromCanonical(value.toPrecision(SIGNIFICANT_DIGITS));
}

/** Multiplies by 10^places exactly (negative places divide). */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  const scale = d.scale - places;
  if (scale >= 0) return normalize(d.negative, d.units, scale);
  return normalize(d.negative, d.units * pow10(-scale), 0);
}

/** Rounds half away from zero, as Excel's ROUND and its number formats do. */
export function roundDecimal(d: Decimal, places: number): Decimal {
  if (d.scale <= places) return d;
  const divisor = pow10(d.scale - places);
  const kept = d.units / divisor;
  const up = (d.units % divisor) * 2n >= divisor;
  return normalize(d.negative, up ? kept + 1n : kept, places);
}

export function integerPart(d: Decimal): bigint {
  return d.units / pow10(d.scale);
}

/** The digits after the decimal point, padded with zeros to at least minDigits. */
export function fractionDigits(d: Decimal, minDigits = 0): string {
  const digits = d.scale === 0 ? "" : (d.units % pow10(d.scale)).toString().padStart(d.scale, "0");
  return digits.padEnd(minDigits, "0");
}
