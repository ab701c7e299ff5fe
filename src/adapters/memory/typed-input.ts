/**
 * How Excel reads an entry written through Range.values or Range.formulas: like text
 * typed into the cell. A leading apostrophe keeps the rest as text; "=", "+", "-" or "@"
 * start a formula; numbers, percentages, "(5)" and TRUE/FALSE become numbers and
 * booleans; a cell formatted as Text ("@") keeps the entry as typed. Dates and
 * locale-specific forms are not modelled. Modelling this lets tests catch labels such as
 * "1.1" or "- Lưu: VT" that Excel would silently turn into a number or a broken formula.
 */
import type { ExcelCellValue } from "../office/excel-api";

export type TypedContent =
  | { readonly kind: "clear" }
  | { readonly kind: "constant"; readonly value: ExcelCellValue }
  | { readonly kind: "formula"; readonly formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ACCOUNTING_NEGATIVE = /^\((\d+\.?\d*|\.\d+)\)$/;
const FORMULA_START = /^[=+\-@]/;

function numberFromText(text: string): number | null {
  if (NUMBER.test(text)) return Number(text);
  const percent = PERCENT.exec(text);
  if (percent?.[1]) return Number(percent[1]) / 100;
  const negative = ACCOUNTING_NEGATIVE.exec(text);
  if (negative?.[1]) return -Number(negative[1]);
  return null;
}

function readText(text: string): TypedContent {
  if (text === "") return { kind: "clear" };
  if (text.startsWith("'")) return { kind: "constant", value: text.slice(1) };
  const trimmed = text.trim();
  const number = numberFromText(trimmed);
  if (number !== null) return { kind: "constant", value: number };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "constant", value: trimmed.toUpperCase() === "TRUE" };
  if (FORMULA_START.test(text) && text.length > 1) {
    return { kind: "formula", formula: text.startsWith("=") ? text : `=${text}` };
  }
  return { kind: "constant", value: text };
}

export function readTypedInput(entry: ExcelCellValue, textFormat: boolean): TypedContent {
  if (typeof entry !== "string") return { kind: "constant", value: entry };
  if (textFormat) return entry === "" ? { kind: "clear" } : { kind: "constant", value: entry };
  return readText(entry);
}
