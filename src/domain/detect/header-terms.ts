/**
 * Which column key a header names. A header names the key whose phrase it contains, the
 * whole text first, then the longest phrase, then the earliest ("Ngân sách trung ương
 * (vốn sự nghiệp)" is NSTW, not SN). The group above decides what a bare total names
 * ("Tổng số" under "Ngân sách địa phương" is NSĐP) and whether a capital type or budget
 * level is ours (ĐTPT under NSĐP is not NSTW's ĐTPT). A lead-in that only says "of
 * which" ("Trong đó: ĐTPT", "Chia ra: NS tỉnh", "Gồm vốn SN") is read past: one-row
 * headers fold their missing sub-header row into it. A rate ("Tỷ lệ vốn đối ứng (%)") is
 * never an amount column, whatever source it names.
 */
import { PL01_COLUMNS as C } from "../templates/column-keys";
import { BELONGS_UNDER, GENERIC_TOTAL, IGNORED, SOURCE_GROUPS, type Vocabulary } from "./header-vocabulary";
import { hasPhrase, phraseAt, startsWithPhrase } from "./text-key";

export interface TermHit {
  readonly key: string;
  readonly exact: boolean;
  readonly length: number;
  readonly position: number;
}

function better(a: TermHit, b: TermHit | null): boolean {
  if (!b) return true;
  if (a.exact !== b.exact) return a.exact;
  if (a.length !== b.length) return a.length > b.length;
  return a.position < b.position;
}

function hitOf(key: string, text: string, phrase: string): TermHit | null {
  const exactOnly = phrase.startsWith("=");
  const words = exactOnly ? phrase.slice(1) : phrase;
  if (text === words) return { key, exact: true, length: words.length, position: 0 };
  if (exactOnly) return null;
  const position = phraseAt(text, words);
  return position < 0 ? null : { key, exact: false, length: words.length, position };
}

/** Words that open a sub-header without naming anything ("Trong đó: SN"), longest first. */
const LEAD_INS = ["trong do", "trong so", "chia ra", "bao gom", "gom", "tdo", "t do"];

/** The header's words after an "of which" lead-in; the text itself when nothing follows the lead-in. */
function withoutLeadIn(text: string): string {
  const lead = LEAD_INS.find((phrase) => startsWithPhrase(text, [phrase]) && text !== phrase);
  return lead === undefined ? text : text.slice(lead.length + 1);
}

/** The key `text` (a text key) names in `vocabulary`, or null. */
export function bestTerm(header: string, vocabulary: Vocabulary): TermHit | null {
  const text = withoutLeadIn(header);
  if (text === "") return null;
  let best: TermHit | null = null;
  for (const [key, phrases] of Object.entries(vocabulary)) {
    for (const phrase of phrases) {
      const hit = hitOf(key, text, phrase);
      if (hit && better(hit, best)) best = hit;
    }
  }
  return best;
}

function sourceOfGroups(groups: readonly string[], vocabulary: Vocabulary): string | null {
  for (const group of groups) {
    const key = bestTerm(group, vocabulary)?.key;
    if (key && SOURCE_GROUPS.includes(key)) return key;
  }
  return null;
}

/** "Tỷ lệ vốn đối ứng (%)", "NSĐP/NSTW (%)": a rate beside the amounts, never an amount itself. */
function isRate(leaf: string): boolean {
  return hasPhrase(leaf, ["ty le", "%", "phan tram"]);
}

/**
 * The Phụ lục 01 key of a column headed by `path` (text keys, top row first), null when
 * it names none of ours.
 */
export function fundsColumnKey(path: readonly string[], vocabulary: Vocabulary): string | null {
  const leaf = path[path.length - 1] ?? "";
  const groups = path.slice(0, -1).reverse();
  const hit = bestTerm(leaf, vocabulary);
  if (!hit || hit.key === IGNORED || isRate(leaf)) return null;
  const source = sourceOfGroups(groups, vocabulary);
  if (hit.key === GENERIC_TOTAL) return source ?? C.tong;
  const owner = BELONGS_UNDER[hit.key];
  if (owner !== undefined && source !== null && source !== owner) return null;
  return hit.key;
}

/** The key of a column outside Phụ lục 01: its header's own words decide. */
export function plainColumnKey(path: readonly string[], vocabulary: Vocabulary): string | null {
  const leaf = path[path.length - 1] ?? "";
  const key = bestTerm(leaf, vocabulary)?.key ?? null;
  return key === IGNORED ? null : key;
}
