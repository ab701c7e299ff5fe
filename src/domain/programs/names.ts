/**
 * Row labels as real workbooks write them, mapped to a program's catalog. Offices type
 * "Dự án 2: Hỗ trợ đa dạng hoá sinh kế…", "DA 3", "TDA1" or "Du an 2", in NFC or NFD and
 * with old or new accent placement. Labels are compared after normalisation, the
 * "Dự án N" / "Tiểu dự án M" designator is read separately from the descriptive text, and
 * every match says how it was made so a validator can report its confidence.
 */
import type { CatalogItem, ProgramFile } from "./types";

/** How a label was recognised, from most to least certain. */
export type MatchKind = "name" | "variant" | "abbreviation" | "number";

export interface CatalogMatch {
  readonly item: CatalogItem;
  readonly kind: MatchKind;
  /** The label only matched once diacritics were removed ("Du an 2", or a misspelt accent). */
  readonly diacriticsIgnored: boolean;
}

export interface MatchContext {
  /** Code of the Dự án row above, needed for a bare "Tiểu dự án 2". */
  readonly parentCode?: string;
  /** The row's TT column ("4.3"), used when the label alone does not decide. */
  readonly number?: string;
}

const LETTER = /[a-zđ][\u0300-\u036f]*/g;
const WORD = /(?:[a-zđ][\u0300-\u036f]*)+/g;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const VOWEL = /[aeiouy]/;
/** Open syllables whose tone moved from the second vowel to the first in the new placement. */
const OLD_STYLE_NUCLEI = new Set(["oa", "oe", "uy"]);

/** hoá → hóa, hoè → hòe, thuỷ → thủy; "quý" keeps its mark because "qu" is a consonant. */
function placeToneOnFirstVowel(word: string): string {
  const letters = word.match(LETTER) ?? [];
  const first = letters[letters.length - 2];
  const second = letters[letters.length - 1];
  if (first === undefined || second === undefined || first.length > 1 || second.length !== 2) return word;
  const onset = letters
    .slice(0, -2)
    .map((l) => l[0])
    .join("");
  if (!OLD_STYLE_NUCLEI.has(`${first}${second[0]}`) || VOWEL.test(onset) || onset.endsWith("q")) return word;
  const tone = second[1] ?? "";
  if (!TONE.test(tone)) return word;
  return `${letters.slice(0, -2).join("")}${first}${tone}${second[0]}`;
}

function tidyPunctuation(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d-]/g, " - ")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .replace(/ (?=[,;:.)!?])/g, "")
    .replace(/\( /g, "(")
    .replace(/([,;:])(?=\p{L})/gu, "$1 ")
    .trim()
    .replace(/[\s.,;:]+$/, "");
}

/**
 * The form labels are compared in: NFC, new accent placement, lower case, one space
 * between words, one kind of dash and quote, no trailing punctuation.
 */
export function normaliseLabel(text: string): string {
  const decomposed = text.normalize("NFC").toLowerCase().normalize("NFD");
  // After NFC every Vietnamese letter is one code point; a mark left over belongs to nothing.
  const placed = decomposed.replace(WORD, placeToneOnFirstVowel).normalize("NFC").replace(/\p{M}/gu, "");
  return tidyPunctuation(placed);
}

/** Text as typed without diacritics: "Dự án" → "Du an", "Đa dạng" → "Da dang". */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** Punctuation does not tell items apart: "Giám sát, đánh giá" is "Giám sát đánh giá". */
function comparisonKey(normalised: string): string {
  return normalised
    .replace(/[.,;:!?'"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface Designator {
  readonly level: "project" | "subproject";
  readonly ordinal: number;
  readonly projectOrdinal?: number;
  /** The descriptive text after the designator(s). */
  readonly rest: string;
  /** "Du an 2", "Tieu du an 1": full words typed without their diacritics. */
  readonly folded: boolean;
}

const PROJECT = "(?:du an|da)";
const SUBPROJECT = "(?:tieu du an|tieu da|tda)";
// "Dự án Dự án 7" occurs in seed 004; a repeated word does not change the designator.
const LEADING_PROJECT = new RegExp(`^(?:${PROJECT} ?)+(\\d+)(?!\\d)`);
const LEADING_SUBPROJECT = new RegExp(`^${SUBPROJECT} ?(\\d+)(?!\\d)`);
const SUBPROJECT_INSIDE = new RegExp(`\\b${SUBPROJECT} ?(\\d+)(?!\\d)`);
const PROJECT_AFTER = new RegExp(`^ ?(?:- |thuoc |cua |\\()?${PROJECT} ?(\\d+)(?!\\d)\\)?`);
const SEPARATORS = /^[\s:.)-]+/;

function makeDesignator(
  level: Designator["level"],
  ordinal: string,
  projectOrdinal: string | undefined,
  rest: string,
  folded: boolean,
): Designator {
  const base = { level, ordinal: Number(ordinal), rest, folded };
  return projectOrdinal === undefined ? base : { ...base, projectOrdinal: Number(projectOrdinal) };
}

/** `text` is normalised; folding keeps its length, so offsets found in the fold apply to it. */
function parseDesignator(text: string): Designator | undefined {
  const folded = foldDiacritics(text);
  const sub = LEADING_SUBPROJECT.exec(folded);
  const head = sub ?? LEADING_PROJECT.exec(folded);
  if (!head) return undefined;
  const after = folded.slice(head[0].length);
  // "Tiểu dự án 2 – Dự án 3" names its Dự án after it; "Dự án 3: … Tiểu dự án 1: …" its Tiểu dự án inside.
  const second = sub ? PROJECT_AFTER.exec(after) : SUBPROJECT_INSIDE.exec(after);
  const rest = restAfter(text, head[0].length + (second ? second.index + second[0].length : 0));
  const folds = isFoldedWord(text, folded, head[0].length);
  if (sub) return makeDesignator("subproject", sub[1] ?? "", second?.[1], rest, folds);
  if (second) return makeDesignator("subproject", second[1] ?? "", head[1], rest, folds);
  return makeDesignator("project", head[1] ?? "", undefined, rest, folds);
}

function restAfter(text: string, offset: number): string {
  return text.slice(offset).replace(SEPARATORS, "").trim();
}

function isFoldedWord(text: string, folded: string, length: number): boolean {
  const typed = text.slice(0, length);
  return typed === folded.slice(0, length) && /\b(?:du an|tieu)\b/.test(typed);
}

interface Entry {
  readonly item: CatalogItem;
  readonly kind: "name" | "variant";
  readonly key: string;
  readonly foldedKey: string;
}

interface CatalogIndex {
  readonly items: readonly { readonly item: CatalogItem; readonly designator?: Designator }[];
  /** Names and variants without their designator ("Cải thiện dinh dưỡng"). */
  readonly entries: readonly Entry[];
}

function entry(item: CatalogItem, kind: Entry["kind"], text: string): Entry {
  const normalised = normaliseLabel(text);
  const key = comparisonKey(parseDesignator(normalised)?.rest ?? normalised);
  return { item, kind, key, foldedKey: foldDiacritics(key) };
}

function projectOrdinalOf(program: ProgramFile, item: CatalogItem): number | undefined {
  const parent = program.catalog.find((p) => p.code === item.parent);
  return parent ? parseDesignator(normaliseLabel(parent.name))?.ordinal : undefined;
}

function designatorOf(program: ProgramFile, item: CatalogItem): Designator | undefined {
  const own = parseDesignator(normaliseLabel(item.name));
  if (!own || !item.parent) return own;
  const projectOrdinal = projectOrdinalOf(program, item);
  return projectOrdinal === undefined ? own : { ...own, projectOrdinal };
}

const indexes = new WeakMap<ProgramFile, CatalogIndex>();

function indexOf(program: ProgramFile): CatalogIndex {
  const known = indexes.get(program);
  if (known) return known;
  const index: CatalogIndex = {
    items: program.catalog.map((item) => ({ item, designator: designatorOf(program, item) })),
    entries: program.catalog.flatMap((item) => [
      entry(item, "name", item.name),
      ...item.variants.map((v) => entry(item, "variant", v)),
    ]),
  };
  indexes.set(program, index);
  return index;
}

/** A label cut short with "…" must still be three words long to stand for a name. */
const MIN_TRUNCATED_WORDS = 3;

function sameText(entryKey: string, key: string, truncated: boolean): boolean {
  if (!truncated) return entryKey === key;
  return key.split(" ").length >= MIN_TRUNCATED_WORDS && entryKey.startsWith(key);
}

/** Items whose name or a variant reads as `text`; exact diacritics first, folded otherwise. */
function itemsNamed(index: CatalogIndex, text: string, truncated: boolean): CatalogMatch[] {
  const forms = [text, text.replace(/\s*\([^)]*\)$/, "")].map(comparisonKey).filter((k) => k !== "");
  const exact = index.entries.filter((e) => forms.some((k) => sameText(e.key, k, truncated)));
  const folded = exact.length
    ? []
    : index.entries.filter((e) => forms.some((k) => sameText(e.foldedKey, foldDiacritics(k), truncated)));
  const found = (exact.length ? exact : folded).map((e) => ({
    item: e.item,
    kind: e.kind,
    diacriticsIgnored: !exact.length,
  }));
  return found
    .filter((m, i) => found.findIndex((o) => o.item === m.item) === i)
    .sort((a, b) => rank(a) - rank(b));
}

function rank(match: CatalogMatch): number {
  return ["name", "variant", "abbreviation", "number"].indexOf(match.kind);
}

function cleanNumber(text: string | undefined): string | undefined {
  const trimmed = text?.trim().replace(/\.$/, "");
  return trimmed && /^\d+(?:\.\d+)*$/.test(trimmed) ? trimmed : undefined;
}

function byNumber(program: ProgramFile, text: string | undefined): CatalogMatch | undefined {
  const number = cleanNumber(text);
  const item = program.catalog.find((i) => i.number === number);
  return item && { item, kind: "number", diacriticsIgnored: false };
}

/** Several items read the same (Dự án 1 and its Tiểu dự án 1): the row's context decides. */
function pickOne(matches: readonly CatalogMatch[], context: MatchContext): CatalogMatch | undefined {
  if (matches.length <= 1) return matches[0];
  const number = cleanNumber(context.number);
  const byRowNumber = matches.filter((m) => m.item.number === number);
  if (byRowNumber.length === 1) return byRowNumber[0];
  const underParent = matches.filter(
    (m) => context.parentCode !== undefined && m.item.parent === context.parentCode,
  );
  return underParent.length === 1 ? underParent[0] : undefined;
}

function parentFilter(
  program: ProgramFile,
  d: Designator,
  context: MatchContext,
): (item: CatalogItem, ordinal?: number) => boolean {
  if (d.projectOrdinal !== undefined) return (_item, ordinal) => ordinal === d.projectOrdinal;
  if (context.parentCode !== undefined) return (item) => item.parent === context.parentCode;
  const topNumber = cleanNumber(context.number)?.split(".")[0];
  const parent = program.catalog.find((i) => !i.parent && i.number === topNumber);
  return parent ? (item) => item.parent === parent.code : () => true;
}

function designatorCandidates(program: ProgramFile, d: Designator, context: MatchContext): CatalogItem[] {
  const underParent = parentFilter(program, d, context);
  return indexOf(program)
    .items.filter(({ item, designator }) => {
      if (designator?.level !== d.level || designator.ordinal !== d.ordinal) return false;
      return d.level === "project" || underParent(item, designator.projectOrdinal);
    })
    .map(({ item }) => item);
}

/** The designator decides, unless the text after it names a different item. */
function byDesignator(
  program: ProgramFile,
  d: Designator,
  truncated: boolean,
  context: MatchContext,
): CatalogMatch | undefined {
  const candidates = designatorCandidates(program, d, context);
  const named = d.rest ? itemsNamed(indexOf(program), d.rest, truncated) : [];
  if (named.length) {
    const agreeing = named.filter((m) => candidates.includes(m.item));
    return agreeing.length === 1 ? agreeing[0] : undefined;
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return only && { item: only, kind: "abbreviation", diacriticsIgnored: d.folded };
}

const OUTLINE_NUMBER = /^(?:[-+•*]\s*|\d+(?:\.\d+)*[.)]?\s+|[ivxlc]+\.\s+)(?=\S)/;

/**
 * The catalog item a row label stands for, or undefined when the label names nothing in
 * this program, names something that does not exist ("Dự án 8"), or is ambiguous without
 * the context (a bare "Tiểu dự án 2" with no parentCode).
 */
export function matchCatalogItem(
  program: ProgramFile,
  label: string,
  context: MatchContext = {},
): CatalogMatch | undefined {
  const truncated = /(?:\u2026|\.\.)\s*$/.test(label);
  const text = normaliseLabel(label).replace(OUTLINE_NUMBER, "");
  if (text === "" || cleanNumber(text)) return byNumber(program, cleanNumber(text) ?? context.number);
  const byCode = program.catalog.find((i) => i.code.toLowerCase() === text.replace(/ /g, ""));
  if (byCode) return { item: byCode, kind: "abbreviation", diacriticsIgnored: false };
  const designator = parseDesignator(text);
  if (designator) return byDesignator(program, designator, truncated, context);
  const named = itemsNamed(indexOf(program), text, truncated);
  return named.length ? pickOne(named, context) : byNumber(program, context.number);
}
