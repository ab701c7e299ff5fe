/**
 * Amounts in words for the "Bằng chữ" lines (domain.md §7): "Một tỷ không trăm linh một
 * triệu đồng". Works on exact decimals and bigint, so 10^15 đồng and 1.001,5 triệu đồng
 * are read digit for digit. Beyond tỷ the units repeat: nghìn tỷ, triệu tỷ, tỷ tỷ.
 */
import { type Decimal, decimalOf, fractionDigits, integerPart, shiftDecimal } from "./decimal";

/** How a zero tens digit before a unit reads: "linh" (Northern, the default) or "lẻ". */
export type ZeroTens = "linh" | "lẻ";

export interface WordsOptions {
  readonly zeroTens?: ZeroTens;
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const BILLION = 1_000_000_000n;
const GROUPS_BELOW_BILLION: readonly (readonly [bigint, string])[] = [
  [1_000_000n, "triệu"],
  [1_000n, "nghìn"],
  [1n, ""],
];
/** Longer fractions ("0,3333…") are read digit by digit: "ba ba ba ba". */
const FRACTION_READ_AS_NUMBER = 3;

function digit(d: number): string {
  const word = DIGITS[d];
  if (word === undefined) throw new RangeError(`Not a digit: ${d}`);
  return word;
}

/** The unit after a tens digit: 21 "mốt", 24 "tư" (not after mười), 15 and 25 "lăm". */
function unitAfterTens(unit: number, tens: number): string[] {
  if (unit === 0) return [];
  if (unit === 5) return ["lăm"];
  if (tens >= 2 && unit === 1) return ["mốt"];
  if (tens >= 2 && unit === 4) return ["tư"];
  return [digit(unit)];
}

function tensAndUnits(tens: number, unit: number, afterHundreds: boolean, zeroTens: ZeroTens): string[] {
  if (tens === 0 && unit === 0) return [];
  if (tens === 0) return afterHundreds ? [zeroTens, digit(unit)] : [digit(unit)];
  const tensWords = tens === 1 ? ["mười"] : [digit(tens), "mươi"];
  return [...tensWords, ...unitAfterTens(unit, tens)];
}

/** One group of three digits (1–999); `full` groups say their hundreds even when zero: "không trăm linh tám". */
function readGroup(group: number, full: boolean, zeroTens: ZeroTens): string[] {
  const hundreds = Math.floor(group / 100);
  const head = full || hundreds > 0 ? [digit(hundreds), "trăm"] : [];
  return [...head, ...tensAndUnits(Math.floor(group / 10) % 10, group % 10, head.length > 0, zeroTens)];
}

function readBelowBillion(n: bigint, leading: boolean, zeroTens: ZeroTens): string[] {
  const words: string[] = [];
  let full = !leading;
  for (const [size, name] of GROUPS_BELOW_BILLION) {
    const group = Number((n / size) % 1000n);
    if (group === 0) continue;
    words.push(...readGroup(group, full, zeroTens), ...(name ? [name] : []));
    full = true;
  }
  return words;
}

/** n > 0. Above a tỷ the count of tỷ is itself a number: 1.234 tỷ is "một nghìn hai trăm ba mươi tư tỷ". */
function readPositive(n: bigint, leading: boolean, zeroTens: ZeroTens): string[] {
  if (n < BILLION) return readBelowBillion(n, leading, zeroTens);
  const rest = n % BILLION;
  const head = [...readPositive(n / BILLION, leading, zeroTens), "tỷ"];
  return rest === 0n ? head : [...head, ...readPositive(rest, false, zeroTens)];
}

function readInteger(n: bigint, zeroTens: ZeroTens): string[] {
  return n === 0n ? [digit(0)] : readPositive(n, true, zeroTens);
}

/** 0,82 "tám mươi hai"; 1,05 "không năm": leading zeros are said, the rest read as a number. */
function readFraction(digits: string, zeroTens: ZeroTens): string[] {
  const zeros = /^0*/.exec(digits)?.[0].length ?? 0;
  const rest = digits.slice(zeros);
  if (rest.length > FRACTION_READ_AS_NUMBER) return [...digits].map((c) => digit(Number(c)));
  return [...Array<string>(zeros).fill(digit(0)), ...readInteger(BigInt(rest), zeroTens)];
}

function readDecimal(d: Decimal, options: WordsOptions): string {
  const zeroTens = options.zeroTens ?? "linh";
  const fraction = fractionDigits(d);
  const words = [
    ...(d.negative ? ["âm"] : []),
    ...readInteger(integerPart(d), zeroTens),
    ...(fraction ? ["phẩy", ...readFraction(fraction, zeroTens)] : []),
  ];
  return words.join(" ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 23010000 -> "hai mươi ba triệu không trăm mười nghìn"; 1.5 -> "một phẩy năm"; -3 -> "âm ba". */
export function numberToWords(value: number | bigint, options: WordsOptions = {}): string {
  return readDecimal(decimalOf(value), options);
}

/** 871000000 -> "Tám trăm bảy mươi mốt triệu đồng"; -5000 -> "Âm năm nghìn đồng". */
export function amountInWords(dong: number | bigint, options: WordsOptions = {}): string {
  return `${capitalise(numberToWords(dong, options))} đồng`;
}

/** 1001 (triệu đồng) -> "Một tỷ không trăm linh một triệu đồng"; 1001.5 is exactly 1.001.500.000 đồng. */
export function trieuDongInWords(trieuDong: number | bigint, options: WordsOptions = {}): string {
  return `${capitalise(readDecimal(shiftDecimal(decimalOf(trieuDong), 6), options))} đồng`;
}
