/**
 * Plan validation rules as ExcelJS data validations: decimal and whole-number minimums
 * (or ranges), pick lists and earliest dates, each stopping wrong input with the plan's
 * Vietnamese title and message. Blank cells stay allowed, as in Excel's own dialog.
 */
import type ExcelJS from "exceljs";
import { rangeToA1 } from "../../domain/address/cell-address";
import type { PlannedValidation, ValidationRule } from "../../domain/sheet-plan";
import { dataValidationTable } from "./exceljs-internals";

/** Excel refuses to open a file whose in-cell list source is longer than this. */
const MAX_LIST_SOURCE = 255;

type RuleFields = Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae">;

function bounds(type: "decimal" | "whole", min: number, max: number | undefined): RuleFields {
  return max === undefined
    ? { type, operator: "greaterThanOrEqual", formulae: [min] }
    : { type, operator: "between", formulae: [min, max] };
}

/** An in-cell list is one quoted, comma-separated string with no escape for a comma. */
function listSource(items: readonly string[]): string {
  const withComma = items.find((item) => item.includes(","));
  if (withComma !== undefined) throw new Error(`A pick-list item cannot contain a comma: "${withComma}"`);
  const source = items.join(",");
  if (source.length > MAX_LIST_SOURCE) {
    throw new Error(`A pick list may hold at most ${MAX_LIST_SOURCE} characters, got ${source.length}`);
  }
  return `"${source}"`;
}

/** ExcelJS turns the text into a Date and writes its serial number; a bad date would write "NaN". */
function isoDate(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new Error(`A date validation needs an ISO date (YYYY-MM-DD), got "${text}"`);
  }
  return text;
}

function ruleFields(rule: ValidationRule): RuleFields {
  switch (rule.kind) {
    case "decimal":
    case "whole":
      return bounds(rule.kind, rule.min, rule.max);
    case "list":
      return { type: "list", formulae: [listSource(rule.items)] };
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", formulae: [isoDate(rule.min)] };
  }
}

export function excelJsValidation(validation: PlannedValidation): ExcelJS.DataValidation {
  return {
    ...ruleFields(validation.rule),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validation.errorTitle,
    error: validation.errorMessage,
  };
}

/** A1 range and ExcelJS validation per plan entry, built before any sheet is touched. */
export type ValidationEntry = readonly [address: string, validation: ExcelJS.DataValidation];

export function validationEntries(validations: readonly PlannedValidation[]): ValidationEntry[] {
  return validations.map((v) => [rangeToA1(v.range), excelJsValidation(v)]);
}

export function addValidations(sheet: ExcelJS.Worksheet, entries: readonly ValidationEntry[]): void {
  const table = dataValidationTable(sheet);
  for (const [address, validation] of entries) table.add(address, validation);
}
