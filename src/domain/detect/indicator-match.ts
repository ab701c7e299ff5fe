/**
 * Which Biểu 03 indicator a row label names: by the phrases of indicator-vocabulary.ts,
 * else by wording (the share of words the label and the indicator's text have in common),
 * so an indicator list with new entries still matches labels close to their text.
 */
import type { Indicator } from "../templates/indicators";
import {
  DIMENSION_HEADINGS,
  HEADING_OPENERS,
  INDICATOR_PATTERNS,
  type IndicatorPattern,
} from "./indicator-vocabulary";
import { hasPhrase, textKey } from "./text-key";

/** Dice coefficient over word sets below which wording alone names nothing. */
const MIN_WORDING_SIMILARITY = 0.6;

function fits(key: string, pattern: IndicatorPattern): boolean {
  return pattern.every((group) => hasPhrase(key, group));
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

export class IndicatorMatcher {
  private readonly known: ReadonlySet<string>;
  private readonly wordings: readonly { readonly id: string; readonly words: ReadonlySet<string> }[];

  constructor(indicators: readonly Indicator[]) {
    this.known = new Set(indicators.map((i) => i.id));
    this.wordings = indicators.map((i) => ({ id: i.id, words: new Set(textKey(i.text).split(" ")) }));
  }

  /** The indicator id a label (text key) names, or null. */
  match(key: string): string | null {
    if (key === "") return null;
    const byPhrase = INDICATOR_PATTERNS.find(([id, pattern]) => this.known.has(id) && fits(key, pattern));
    if (byPhrase) return byPhrase[0];
    const words = new Set(key.split(" "));
    let best: { id: string; score: number } | null = null;
    for (const w of this.wordings) {
      const score = similarity(words, w.words);
      if (score >= MIN_WORDING_SIMILARITY && (!best || score > best.score)) best = { id: w.id, score };
    }
    return best?.id ?? null;
  }
}

/** A dimension heading: "Việc làm", "Về y tế", "Chỉ tiêu về giáo dục". */
export function isDimensionHeading(key: string): boolean {
  const opener = HEADING_OPENERS.find((o) => key.startsWith(`${o} `));
  const rest = opener === undefined ? key : key.slice(opener.length + 1);
  return DIMENSION_HEADINGS.includes(rest);
}
