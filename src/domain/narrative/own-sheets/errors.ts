/**
 * The list of errors the narrative opens with: validation's errors (each with its sheet),
 * then what the readers could not read that validation does not cover (validation reports
 * an error value once where it starts, not in every total it spreads to), then a missing
 * funds table. Duplicates are dropped.
 */
import type { CellAddress } from "../../address/cell-address";
import type { ReadProblem } from "../../own-sheets";
import type { ValidationResult } from "../../validation/engine";
import { problemMessage } from "./problem-messages";

function within(
  cell: CellAddress,
  issueSheet: string,
  sheet: string,
  range: ValidationResult["issues"][number]["range"],
): boolean {
  return (
    issueSheet === sheet &&
    cell.row >= range.start.row &&
    cell.row <= range.end.row &&
    cell.col >= range.start.col &&
    cell.col <= range.end.col
  );
}

/** Kinds the validation rules check themselves (error-value, number-as-text). */
const CHECKED_BY_VALIDATION: ReadonlySet<ReadProblem["kind"]> = new Set([
  "error-value",
  "not-a-number",
  "number-as-text",
]);

function reportedByValidation(problem: ReadProblem, validation: ValidationResult | null): boolean {
  const cell = problem.cell;
  if (!validation) return false;
  if (CHECKED_BY_VALIDATION.has(problem.kind)) return true;
  return (
    cell !== null && validation.issues.some((issue) => within(cell, issue.sheet, problem.sheet, issue.range))
  );
}

export function validationErrors(validation: ValidationResult | null): string[] {
  if (!validation) return [];
  return validation.rendered
    .filter((rendered) => rendered.issue.severity === "error")
    .map((rendered) => `${rendered.issue.sheet}: ${rendered.message}`);
}

export function narrativeErrors(
  validation: ValidationResult | null,
  problems: readonly ReadProblem[],
  missing: readonly string[],
): string[] {
  const fromProblems = problems
    .filter((problem) => !reportedByValidation(problem, validation))
    .map(problemMessage)
    .filter((message): message is string => message !== null);
  return [...new Set([...validationErrors(validation), ...fromProblems, ...missing])];
}
