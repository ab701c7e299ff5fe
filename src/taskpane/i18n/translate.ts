/**
 * Turns a message id and its values into text in the pane's language. Pure, so state
 * code and tests use it without React; components get it through I18nContext.
 */
import { catalogues, type Lang, type MessageId } from "./messages";

export type MessageValues = Readonly<Record<string, string | number>>;

/** A message to show later, kept as data so the language can change after it was made. */
export interface Message {
  readonly id: MessageId;
  readonly values?: MessageValues;
}

export type Translate = (id: MessageId, values?: MessageValues) => string;

/** Unknown placeholders stay visible ("{count}") rather than vanishing, so a typo shows. */
export function translate(lang: Lang, id: MessageId, values: MessageValues = {}): string {
  return catalogues[lang][id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function translator(lang: Lang): Translate {
  return (id, values) => translate(lang, id, values);
}
