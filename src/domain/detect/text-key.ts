/**
 * The form header words, titles and row labels are compared in: normalised like catalog
 * labels (NFC, accent placement, case, spacing), then without diacritics, with every
 * punctuation mark a space. Offices type "NSĐP", "Ngân sách địa phương", "ngan sach dia
 * phuong" and "Ngân sách  Địa phương:" for the same column; all four give one key.
 */
import { foldDiacritics, normaliseLabel } from "../programs/names";

/** "%" stays, as a word of its own: a column headed "%" or "Tỷ lệ (%)" holds rates. */
export function textKey(text: string): string {
  return foldDiacritics(normaliseLabel(text))
    .replace(/%/g, " % ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** Where `phrase` (a key) occurs in `key` as whole words, or -1. */
export function phraseAt(key: string, phrase: string): number {
  return ` ${key} `.indexOf(` ${phrase} `);
}

export function hasPhrase(key: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => phraseAt(key, phrase) >= 0);
}

export function startsWithPhrase(key: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => key === phrase || key.startsWith(`${phrase} `));
}

/** Four-digit years from 2000 to 2099 written in the text, in order. */
export function yearsIn(key: string): number[] {
  return [...key.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
}
