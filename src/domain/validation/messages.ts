/**
 * Turns findings into sentences: each rule carries its messages in Vietnamese and English
 * with {placeholders}; numbers are written the Vietnamese way (1.001; 0,82%) or the
 * English way (1,001; 0.82%), and {cell}/{sheet} name the issue's own place ("Ô E12").
 * Data keys ending in "Percent" hold fractions and print as percentages; keys ending in
 * "year", "row" or "col" are labels, not quantities, and print without separators
 * ("năm 2025", "dòng 1024").
 */
import { rangeToA1 } from "../address/cell-address";
import { formatNumber, formatPercent } from "../format/numbers";
import { ENGINE_MESSAGES } from "./engine-messages";
import type { Fix, Issue, MessageData } from "./issue";
import { RULES } from "./registry";
import type { Bilingual } from "./rule";

export type Lang = "vi" | "en";

let catalog: ReadonlyMap<string, Bilingual> | undefined;

/** Every message id of every rule and of the engine. */
export function messageCatalog(): ReadonlyMap<string, Bilingual> {
  catalog ??= new Map([
    ...Object.entries(ENGINE_MESSAGES),
    ...RULES.flatMap((rule) => Object.entries(rule.meta.messages)),
  ]);
  return catalog;
}

/** 1001.5 -> "1.001,5" (vi) or "1,001.5" (en). */
function localised(text: string, lang: Lang): string {
  return lang === "vi" ? text : text.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}

function formatValue(key: string, value: string | number, lang: Lang): string {
  if (typeof value === "string") return value;
  if (!Number.isFinite(value) || /(year|row|col)$/i.test(key)) return String(value);
  return localised(/percent$/i.test(key) ? formatPercent(value) : formatNumber(value), lang);
}

export function renderMessage(messageId: string, data: MessageData, lang: Lang = "vi"): string {
  const template = messageCatalog().get(messageId)?.[lang];
  if (template === undefined) {
    const details = Object.entries(data).map(([key, value]) => `${key}=${formatValue(key, value, lang)}`);
    return [messageId, ...details].join(" ");
  }
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : formatValue(key, value, lang);
  });
}

export function renderIssueMessage(issue: Issue, lang: Lang = "vi"): string {
  const place = { cell: rangeToA1(issue.range), sheet: issue.sheet };
  return renderMessage(issue.messageId, { ...place, ...issue.data }, lang);
}

export function renderFixMessage(fix: Fix, lang: Lang = "vi"): string {
  return renderMessage(fix.messageId, fix.data, lang);
}
