/**
 * The numbering of a table row, from its TT/STT cell or from the start of its label:
 * capital letters (A, B) and roman numerals (I, II) head groups or Dự án; arabic numbers
 * (1, 1.1, 1.1.2) follow the catalog; lower-case letters (a, b) and marks ("-", "+", "*")
 * list the activities under an item. A TT cell stored as a number (1.1) reads as written.
 */

export type NumberingStyle = "letter" | "roman" | "arabic" | "small-letter" | "mark" | "none";

export interface Numbering {
  readonly style: NumberingStyle;
  /** As written without its trailing "." or ")": "II", "4.3", "a", "-". */
  readonly text: string;
  /** Parts of an arabic number ("4.3" -> 2); 1 otherwise. */
  readonly depth: number;
}

const ROMAN = /^(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const MARKS = /^[-+*•–—·∙○◦>]+$/;

function styleOf(token: string): NumberingStyle | null {
  if (/^\d+(?:\.\d+)*$/.test(token)) return "arabic";
  if (ROMAN.test(token)) return "roman";
  if (/^[A-ZĐ]$/.test(token)) return "letter";
  if (/^[a-zđ]$/.test(token)) return "small-letter";
  if (MARKS.test(token)) return "mark";
  return null;
}

/** A whole TT cell: "1", "1.1.", "(2)", "II", "a)", "-"; null when it is not a numbering. */
export function parseNumbering(value: string | number | null | undefined): Numbering | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value > 0 ? arabic(String(value)) : null;
  const token = value
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .replace(/[.):]+$/, "")
    .trim();
  const style = styleOf(token);
  if (style === null) return null;
  return style === "arabic" ? arabic(token) : { style, text: token, depth: 1 };
}

function arabic(text: string): Numbering {
  return { style: "arabic", text, depth: text.split(".").length };
}

const LEADING = /^\s*(\(?(?:\d+(?:\.\d+)*|[IVXLC]+|[A-ZĐa-zđ])[.)]|\d+(?:\.\d+)+|[-+*•–—·∙○◦>]+)\s+(?=\S)/u;

/** Numbering written at the start of a label ("1.1. Tiểu dự án 1", "- Tập huấn"), and the rest. */
export function leadingNumbering(
  label: string,
): { readonly numbering: Numbering; readonly rest: string } | null {
  const match = LEADING.exec(label);
  if (!match) return null;
  const numbering = parseNumbering(match[1] ?? "");
  return numbering ? { numbering, rest: label.slice(match[0].length) } : null;
}

/** Styles that head a group of rows rather than an item of the catalog. */
export function isGroupStyle(numbering: Numbering): boolean {
  return numbering.style === "letter" || numbering.style === "roman";
}
