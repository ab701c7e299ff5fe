/**
 * Small makers for the paragraphs the sections write: headings of three levels, body text,
 * "- " and "+ " list items, and labelled paragraphs ("a) Mục tiêu: …"). Plain strings
 * become text runs; figures pass through untouched.
 */
import { paragraph, text, type Inline, type Paragraph, type TextStyle } from "./document";

export type Part = string | Inline;

/** Runs from strings and figures, dropping empty strings. */
export function runs(parts: readonly Part[]): Inline[] {
  return parts.filter((part) => part !== "").map((part) => (typeof part === "string" ? text(part) : part));
}

function styled(style: TextStyle, parts: readonly Part[]): Paragraph {
  return paragraph(style, ...runs(parts));
}

export const heading1 = (...parts: Part[]): Paragraph => styled("heading-1", parts);
export const heading2 = (...parts: Part[]): Paragraph => styled("heading-2", parts);
export const heading3 = (...parts: Part[]): Paragraph => styled("heading-3", parts);
export const body = (...parts: Part[]): Paragraph => styled("body", parts);

export function item(...parts: Part[]): Paragraph {
  return styled("list", parts);
}

export function subItem(...parts: Part[]): Paragraph {
  return { ...styled("list", parts), marker: "+" };
}

/** Vietnamese enumeration letters: a) b) c) d) đ) e) g) h) i) k). */
const LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"] as const;

export function letter(index: number): string {
  return `${LETTERS[index] ?? String(index + 1)})`;
}

/** The part of a catalog name before its colon: "Tiểu dự án 1" of "Tiểu dự án 1: Giảm nghèo về thông tin". */
export function designation(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(0, colon).trim();
}

/** Ends a sentence with one full stop, whatever the text ended with. */
export function sentence(textValue: string): string {
  return `${textValue.trim().replace(/[.;:,]+$/, "")}.`;
}
