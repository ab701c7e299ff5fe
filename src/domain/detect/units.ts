/**
 * The unit amounts are written in, from a line such as "Đơn vị tính: Triệu đồng", "ĐVT:
 * 1.000 đồng" or "Đơn vị: đồng" above the table, or from a header such as "Kinh phí
 * (triệu đồng)". Amounts are converted to triệu đồng by multiplying with the factor.
 */
import type { SheetView } from "./sheet-view";
import { textKey } from "./text-key";

export interface UnitLine {
  /** Multiply an amount by this to get triệu đồng. */
  readonly factor: number | null;
  /** The line as written. */
  readonly text: string;
}

/** Unit words (text keys) to factors, the longer first so "nghin dong" is not read as "dong". */
const UNITS: readonly (readonly [string, number])[] = [
  ["ty dong", 1000],
  ["trieu dong", 1],
  ["tr dong", 1],
  ["trd", 1],
  ["tr d", 1],
  ["trieu", 1],
  ["nghin dong", 1e-3],
  ["ngan dong", 1e-3],
  ["1 000 dong", 1e-3],
  ["1000 dong", 1e-3],
  ["1 000d", 1e-3],
  ["1000d", 1e-3],
  ["dong", 1e-6],
  ["vnd", 1e-6],
  ["d", 1e-6],
];

/** Prefixes that name a unit line; only the first three may introduce a unit we do not know. */
const PREFIXES = ["don vi tinh", "dvt", "dv tinh", "don vi", "dv"];
const STRICT_PREFIXES = 3;

function factorOf(words: string): number | null {
  const found = UNITS.find(([unit]) => words === unit || words.startsWith(`${unit} `));
  return found ? found[1] : null;
}

function prefixOf(key: string): number {
  return PREFIXES.findIndex((p) => key.startsWith(`${p} `));
}

/**
 * "Đơn vị tính: Triệu đồng" -> 1; "ĐVT: USD" -> a line with an unknown factor; "Đơn vị
 * tính" alone (a column header) and "Đơn vị: UBND xã …" -> null.
 */
export function parseUnitLine(text: string): UnitLine | null {
  const key = textKey(text);
  const index = prefixOf(key);
  if (index < 0) return fromParentheses(text);
  const factor = factorOf(key.slice((PREFIXES[index] ?? "").length + 1));
  if (factor !== null || (index < STRICT_PREFIXES && /[:：]/.test(text)))
    return { factor, text: text.trim() };
  return null;
}

/** "Kinh phí (triệu đồng)", "(ĐVT: đồng)". */
function fromParentheses(text: string): UnitLine | null {
  for (const match of text.matchAll(/\(([^()]*)\)/g)) {
    const inner = match[1] ?? "";
    const key = textKey(inner);
    const index = prefixOf(key);
    const factor =
      index < 0 ? (UNITS.find(([unit]) => unit === key)?.[1] ?? null) : parseUnitLine(inner)?.factor;
    if (factor !== null && factor !== undefined) return { factor, text: inner.trim() };
  }
  return null;
}

/** A unit written alone, as in a "Đơn vị tính" column: "Triệu đồng" -> 1, "đồng" -> 1e-6. */
export function unitOfWords(text: string): number | null {
  const key = textKey(text);
  return UNITS.find(([unit]) => unit === key)?.[1] ?? null;
}

/** The first unit line in rows `first`..`last` (titles and headers), left to right. */
export function findUnitLine(view: SheetView, first: number, last: number): UnitLine | null {
  for (let row = Math.max(1, first); row <= last; row++) {
    for (const col of view.shownColumns(row)) {
      if (view.master(row, col).col !== col) continue;
      const line = parseUnitLine(view.text(row, col));
      if (line) return line;
    }
  }
  return null;
}
