/**
 * Data validation of the fake: one record per validated area holding Excel's rule object
 * and error alert. A rule must name exactly one kind, with the operands its operator
 * needs, or Excel rejects it (InvalidArgument); so does the fake.
 */
import type {
  BasicDataValidation,
  DataValidationErrorAlert,
  DataValidationOperator,
  DataValidationRule,
  DateDataValidation,
} from "../office/excel-api";
import { containsArea, sameArea, type Area } from "./areas";
import type { PropertySpec } from "./client-object";
import { invalidArgument } from "./fake-errors";
import { assertCanFormat } from "./protection-guard";
import type { RangeTarget } from "./range-target";
import type { SheetState, ValidationState } from "./workbook-state";

export const DEFAULT_ERROR_ALERT: DataValidationErrorAlert = {
  showAlert: true,
  style: "Stop",
  title: "",
  message: "",
};

const OPERATORS: readonly DataValidationOperator[] = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function validOperands(rule: BasicDataValidation | DateDataValidation): boolean {
  if (!OPERATORS.includes(rule.operator) || rule.formula1 === undefined) return false;
  const ternary = rule.operator === "Between" || rule.operator === "NotBetween";
  return !ternary || rule.formula2 !== undefined;
}

function validRule(rule: unknown): rule is DataValidationRule {
  if (typeof rule !== "object" || rule === null) return false;
  const r = rule as DataValidationRule;
  const kinds = [r.decimal, r.wholeNumber, r.date, r.list].filter((k) => k !== undefined);
  if (kinds.length !== 1) return false;
  if (r.list) return typeof r.list.source === "string" && r.list.source !== "";
  const basic = r.decimal ?? r.wholeNumber ?? r.date;
  return basic !== undefined && validOperands(basic);
}

function validAlert(alert: unknown): alert is DataValidationErrorAlert {
  if (typeof alert !== "object" || alert === null) return false;
  const a = alert as DataValidationErrorAlert;
  return (
    typeof a.showAlert === "boolean" &&
    ["Stop", "Warning", "Information"].includes(a.style) &&
    typeof a.title === "string" &&
    typeof a.message === "string"
  );
}

/** The record for exactly this area; records inside it are replaced, as Excel does. */
function recordFor(sheet: SheetState, area: Area): ValidationState {
  const existing = sheet.validations.find((v) => sameArea(v.area, area));
  if (existing) return existing;
  const created: ValidationState = { area, rule: null, errorAlert: { ...DEFAULT_ERROR_ALERT } };
  sheet.validations = [...sheet.validations.filter((v) => !containsArea(area, v.area)), created];
  return created;
}

function recordCovering(sheet: SheetState, area: Area): ValidationState | undefined {
  return sheet.validations.find((v) => containsArea(v.area, area));
}

function operandAsFormula(operand: BasicDataValidation["formula1"]): BasicDataValidation["formula1"] {
  return typeof operand === "number" ? `=${operand}` : operand;
}

function withFormulaOperands(basic: BasicDataValidation): BasicDataValidation {
  const read = { ...basic, formula1: operandAsFormula(basic.formula1) };
  if (basic.formula2 !== undefined) read.formula2 = operandAsFormula(basic.formula2);
  return read;
}

/** Excel reads number operands back as formulas: 0 -> "=0". */
function asFormulas(rule: DataValidationRule): DataValidationRule {
  if (rule.decimal) return { decimal: withFormulaOperands(rule.decimal) };
  if (rule.wholeNumber) return { wholeNumber: withFormulaOperands(rule.wholeNumber) };
  return rule;
}

export const ruleSpec: PropertySpec<RangeTarget> = {
  read: ({ sheet, area }) => {
    const rule = recordCovering(sheet, area)?.rule;
    return rule ? asFormulas(rule) : {};
  },
  write: ({ sheet, area }, value) => {
    if (!validRule(value)) throw invalidArgument("DataValidation.rule");
    assertCanFormat(sheet, "cells", "DataValidation.rule");
    recordFor(sheet, area).rule = value;
  },
};

export const errorAlertSpec: PropertySpec<RangeTarget> = {
  read: ({ sheet, area }) => recordCovering(sheet, area)?.errorAlert ?? DEFAULT_ERROR_ALERT,
  write: ({ sheet, area }, value) => {
    if (!validAlert(value)) throw invalidArgument("DataValidation.errorAlert");
    assertCanFormat(sheet, "cells", "DataValidation.errorAlert");
    recordFor(sheet, area).errorAlert = { ...value };
  },
};
