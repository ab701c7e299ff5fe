/**
 * A quick test that rules out row labels that cannot name a catalog item, so the
 * thousands of activity rows of a long table ("- Hỗ trợ …") skip the full matcher of
 * programs/names.ts, which compares a label with every name in several forms. It never
 * rules out a label with a Dự án / Tiểu dự án designator, a code, a number of the catalog,
 * or words that begin a catalog name or variant (or are begun by one): those go to the matcher.
 */
import type { ProgramFile } from "../programs/types";
import { textKey } from "./text-key";

const DESIGNATOR = /\b(?:du an|tieu du an|tieu da|tda|da) ?\d/;
const LEADING_DESIGNATORS = /^(?:(?:tieu du an|tieu da|tda|du an|da) ?\d+ ?)+/;

interface Prefilter {
  /** Names and variants as text keys, without their designators. */
  readonly names: readonly string[];
  readonly codes: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

const prefilters = new WeakMap<ProgramFile, Prefilter>();

function prefilterOf(program: ProgramFile): Prefilter {
  const known = prefilters.get(program);
  if (known) return known;
  const texts = program.catalog.flatMap((item) => [item.name, ...item.variants]);
  const made: Prefilter = {
    names: texts.map((text) => textKey(text).replace(LEADING_DESIGNATORS, "").trim()).filter((k) => k !== ""),
    codes: new Set(program.catalog.map((item) => item.code.toLowerCase().replace(/\./g, ""))),
    numbers: new Set(program.catalog.map((item) => item.number)),
  };
  prefilters.set(program, made);
  return made;
}

function prefixRelated(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** `key` is the label's text key without its numbering; `number` its arabic TT number, if any. */
export function mayNameCatalogItem(program: ProgramFile, key: string, number: string | undefined): boolean {
  const words = key.replace(/^(?:\d+ )+/, "");
  if (words === "" || /^[\d ]+$/.test(words) || DESIGNATOR.test(key)) return true;
  const filter = prefilterOf(program);
  if ((number !== undefined && filter.numbers.has(number)) || filter.codes.has(words.replace(/ /g, "")))
    return true;
  return filter.names.some((name) => prefixRelated(words, name));
}
