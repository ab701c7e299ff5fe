/**
 * Values the evaluator passes around and Excel's rules for converting between them:
 * text that looks like a number counts as one in arithmetic, an empty cell is 0 or ""
 * or FALSE depending on the other side of a comparison, and text compares without
 * regard to letter case (but with regard to Vietnamese accents).
 */
import type { RangeAddress } from "../address/cell-address";
import type { ErrorCell, ErrorValue, GridValue } from "../workbook";

/** One cell's worth: number, text, boolean, error or null (empty). */
export type Scalar = GridValue;

/** A rectangle on one sheet. */
export interface Area {
  readonly sheet: string;
  readonly range: RangeAddress;
}

/** A reference that has not been read yet (INDEX and ":" need the cells, not their values). */
export interface RefValue {
  readonly kind: "ref";
  readonly areas: readonly Area[];
}

export interface ArrayValue {
  readonly kind: "array";
  readonly rows: readonly (readonly Scalar[])[];
}

export type Value = Scalar | RefValue | ArrayValue;

export function errorOf(error: ErrorValue): ErrorCell {
  return { error };
}

export function isError(value: unknown): value is ErrorCell {
  return typeof value === "object" && value !== null && "error" in value;
}

export function isRef(value: Value): value is RefValue {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === "ref";
}

export function isArray(value: Value): value is ArrayValue {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === "array";
}

const NUMERIC_TEXT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?%?$/;

/** Excel's number coercion: "12.5" and "50%" count, other text is #VALUE!. */
export function toNumber(value: Scalar): number | ErrorCell {
  if (typeof value === "number") return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return numberFromText(value) ?? errorOf("#VALUE!");
  return value;
}

export function numberFromText(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMERIC_TEXT.test(trimmed)) return null;
  return trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

/** Numbers as Excel's General format writes them into text: at most 15 significant digits. */
export function toText(value: Scalar): string | ErrorCell {
  if (typeof value === "string") return value;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(Number(value.toPrecision(15))).replace("e", "E");
  return value;
}

export function toBoolean(value: Scalar): boolean | ErrorCell {
  if (typeof value === "boolean") return value;
  if (value === null) return false;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") {
    const upper = value.trim().toUpperCase();
    return upper === "TRUE" ? true : upper === "FALSE" ? false : errorOf("#VALUE!");
  }
  return value;
}

/** A finite result, or #NUM! for overflow and NaN as Excel reports them. */
export function finite(n: number): number | ErrorCell {
  return Number.isFinite(n) ? n : errorOf("#NUM!");
}

const TEXT_ORDER = new Intl.Collator(undefined, { sensitivity: "accent" });

/** Excel's order between types: numbers < text < booleans. */
function typeRank(value: number | string | boolean): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

/** -1, 0 or 1; an empty cell takes the other side's type (0, "" or FALSE). */
export function compareScalars(a: Exclude<Scalar, ErrorCell>, b: Exclude<Scalar, ErrorCell>): number {
  const x = a ?? blankLike(b);
  const y = b ?? blankLike(a);
  const rank = typeRank(x) - typeRank(y);
  if (rank !== 0) return Math.sign(rank);
  if (typeof x === "string") return Math.sign(TEXT_ORDER.compare(x, y as string));
  return Math.sign(Number(x) - Number(y));
}

function blankLike(other: Exclude<Scalar, ErrorCell>): number | string | boolean {
  if (typeof other === "string") return "";
  return typeof other === "boolean" ? false : 0;
}

/** Same type and equal under Excel's comparison (text ignores case). */
export function sameValue(a: Scalar, b: Scalar): boolean {
  if (a === null || b === null || isError(a) || isError(b) || typeof a !== typeof b) return false;
  return compareScalars(a, b) === 0;
}
