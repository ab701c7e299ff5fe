/**
 * Plan validation rules as Excel JS API data validation: decimal and whole-number
 * minimums (or ranges), pick lists, earliest dates, each with a stopping error alert in
 * Vietnamese. A rule Excel would refuse throws while the batch is being built, before
 * the sync that writes anything.
 */
import type { PlannedValidation, ValidationRule } from "../../domain/sheet-plan";
import type { BasicDataValidation, DataValidationRule, ExcelRange } from "./excel-api";

function bounds(min: number, max: number | undefined): BasicDataValidation {
  return max === undefined
    ? { formula1: min, operator: "GreaterThanOrEqualTo" }
    : { formula1: min, formula2: max, operator: "Between" };
}

/** Excel refuses an in-cell list source longer than this. */
const MAX_LIST_SOURCE = 255;

/** Excel separates list items with commas and has no escape for a comma inside one. */
function listSource(items: readonly string[]): string {
  const withComma = items.find((item) => item.includes(","));
  if (withComma !== undefined) throw new Error(`A pick-list item cannot contain a comma: "${withComma}"`);
  const source = items.join(",");
  if (source.length > MAX_LIST_SOURCE) {
    throw new Error(`A pick list may hold at most ${MAX_LIST_SOURCE} characters, got ${source.length}`);
  }
  return source;
}

/** Excel reads the operand as an ISO 8601 date; anything else would fail at sync. */
function isoDate(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new Error(`A date validation needs an ISO date (YYYY-MM-DD), got "${text}"`);
  }
  return text;
}

export function excelRule(rule: ValidationRule): DataValidationRule {
  switch (rule.kind) {
    case "decimal":
      return { decimal: bounds(rule.min, rule.max) };
    case "whole":
      return { wholeNumber: bounds(rule.min, rule.max) };
    case "list":
      return { list: { inCellDropDown: true, source: listSource(rule.items) } };
    case "date":
      return { date: { formula1: isoDate(rule.min), operator: "GreaterThanOrEqualTo" } };
  }
}

export function applyValidation(range: ExcelRange, validation: PlannedValidation): void {
  range.dataValidation.rule = excelRule(validation.rule);
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: validation.errorTitle,
    message: validation.errorMessage,
  };
}
