/**
 * Reads numbers that offices typed as text ("1.147", "0,82%", "(1.001)") so the validator
 * can use them, and refuses text that only contains digits ("Dự án 2", "2024-2025",
 * "12/KH-UBND", phone numbers). Vietnamese style wins when text is ambiguous:
 * - "." followed by groups of exactly three digits separates thousands: "1.147" is 1147;
 *   a single "." otherwise is a decimal point, as in seed 001's "0.82%" (normalised, not kept);
 * - a single "," is the decimal comma: "1,147" is 1.147 (flagged `ambiguous`, since an
 *   en-US reader would see 1147); two or more commas ("1,147,000") separate thousands;
 * - with both "." and ",", the one that comes last is the decimal separator;
 * - single spaces may separate thousands ("1 147"); "(…)" and a leading "-" mean negative;
 * - a trailing "%" gives the fraction Excel would store: "0,82%" is 0.0082;
 * - a whole number may start with 0 only as "0" or a padded count like "05".
 */

export interface ParsedNumber {
  readonly value: number;
  /** The text ended in "%": `value` is the fraction (0,82% -> 0.0082). */
  readonly percent: boolean;
  /** Written with a leading zero like "05": keep that style when writing the count back. */
  readonly padded: boolean;
  /** One separator followed by exactly three digits ("1.147", "1,147"): en-US reads it differently. */
  readonly ambiguous: boolean;
}

interface Digits {
  readonly integer: string;
  readonly fraction: string;
  readonly ambiguous: boolean;
  readonly padded: boolean;
}

/** No-break, figure, thin and narrow no-break spaces, which Word and Excel paste in. */
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const WHOLE = /^(0|[1-9]\d*)$/;

function digits(integer: string, fraction = "", ambiguous = false): Digits {
  return { integer, fraction, ambiguous, padded: false };
}

/** "1", "147", "000" as separated by `sep`: a leading group of 1–3 digits without a leading zero, then threes. */
function joinGroups(text: string, sep: string): string | null {
  const groups = text.split(sep);
  const [first, ...rest] = groups;
  const valid = rest.length > 0 && /^[1-9]\d{0,2}$/.test(first ?? "") && rest.every((g) => /^\d{3}$/.test(g));
  return valid ? groups.join("") : null;
}

function readPlain(body: string): Digits | null {
  if (/^0[1-9]$/.test(body)) return { ...digits(body), padded: true };
  return WHOLE.test(body) ? digits(body) : null;
}

function readGrouped(body: string, sep: string): Digits | null {
  const integer = joinGroups(body, sep);
  return integer === null ? null : digits(integer);
}

function readSingleSeparator(body: string, sep: string): Digits | null {
  const [integer = "", fraction = ""] = body.split(sep);
  const grouped = joinGroups(body, sep) !== null;
  if (sep === "." && grouped) return digits(integer + fraction, "", true);
  return WHOLE.test(integer) && /^\d+$/.test(fraction) ? digits(integer, fraction, grouped) : null;
}

function readMixed(body: string): Digits | null {
  const decimalSep = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
  const groupSep = decimalSep === "." ? "," : ".";
  const parts = body.split(decimalSep);
  if (parts.length !== 2 || !/^\d+$/.test(parts[1] ?? "")) return null;
  const integer = joinGroups(parts[0] ?? "", groupSep);
  return integer === null ? null : digits(integer, parts[1]);
}

function readSpaced(body: string): Digits | null {
  const m = /^([\d ]+)(?:[.,](\d+))?$/.exec(body);
  const integer = m ? joinGroups(m[1] ?? "", " ") : null;
  return integer === null ? null : digits(integer, m?.[2] ?? "");
}

function readDigits(body: string): Digits | null {
  if (!/^\d(?:[\d.,]|\s(?=\d))*$/.test(body) || !/\d$/.test(body)) return null;
  if (body.includes(" ")) return readSpaced(body);
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  if (dots > 0 && commas > 0) return readMixed(body);
  if (dots + commas === 0) return readPlain(body);
  const sep = dots > 0 ? "." : ",";
  return dots + commas > 1 ? readGrouped(body, sep) : readSingleSeparator(body, sep);
}

interface Framing {
  readonly body: string;
  readonly negative: boolean;
  readonly percent: boolean;
}

function unframe(text: string): Framing {
  let body = text.replace(ODD_SPACES, " ").trim();
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) body = (paren[1] ?? "").trim();
  const percent = /\s?%$/.test(body);
  if (percent) body = body.replace(/\s?%$/, "");
  const minus = !paren && /^[-\u2212]/.test(body);
  if (minus) body = body.slice(1);
  return { body, negative: paren !== null || minus, percent };
}

/** The full reading of a number typed as text, or null when the text is not a number. */
export function parseNumberText(text: string): ParsedNumber | null {
  const { body, negative, percent } = unframe(text);
  const d = readDigits(body);
  if (!d) return null;
  // JavaScript parses a decimal string to the nearest double, so "0,82%" becomes 0.0082 exactly as typed.
  const magnitude = Number(`${d.integer}${d.fraction ? `.${d.fraction}` : ""}${percent ? "e-2" : ""}`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, percent, padded: d.padded, ambiguous: d.ambiguous };
}

/** "1.147" -> 1147; "0,82%" -> 0.0082; "(1.001)" -> -1001; "Dự án 2" -> null. */
export function parseVietnameseNumber(text: string): number | null {
  return parseNumberText(text)?.value ?? null;
}
