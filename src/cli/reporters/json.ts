/**
 * The machine-readable report of `kehoach validate --json`: exactly one JSON object with
 * the file, the program recognised, each sheet's kind, every finding with its A1 place,
 * sentence and one-click fix, and the counts. Scripts and CI read this, so its shape is a
 * contract: keys are only ever added, never renamed.
 */
import { rangeToA1, toA1 } from "../../domain/address/cell-address";
import type { SheetKind } from "../../domain/detect/table";
import type { RenderedIssue, IssueSummary, ValidationResult } from "../../domain/validation/engine";
import type { Severity } from "../../domain/validation/issue";
import type { CellEdit } from "../../domain/workbook";

export interface JsonEdit {
  readonly sheet: string;
  readonly cell: string;
  /** Present when the fix writes a formula; then `value` is absent. */
  readonly formula?: string;
  /** Present when the fix writes a constant; null empties the cell. */
  readonly value?: number | string | boolean | null;
}

export interface JsonFix {
  readonly description: string;
  readonly edits: readonly JsonEdit[];
}

export interface JsonIssue {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly fix: JsonFix | null;
}

export interface JsonReport {
  readonly file: string;
  /** The program's id, or "" when it could not be recognised. */
  readonly program: string;
  readonly sheets: readonly { readonly name: string; readonly kind: SheetKind }[];
  readonly issues: readonly JsonIssue[];
  readonly summary: IssueSummary;
}

/** A formula wins over a value, as in CellEdit itself. */
function jsonEdit(edit: CellEdit): JsonEdit {
  const place = { sheet: edit.sheet, cell: toA1(edit.address) };
  if (edit.formula !== undefined) return { ...place, formula: edit.formula };
  return { ...place, value: edit.value ?? null };
}

function jsonIssue({ issue, message, fix }: RenderedIssue): JsonIssue {
  return {
    rule: issue.ruleId,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: rangeToA1(issue.range),
    message,
    fix: issue.fix ? { description: fix ?? "", edits: issue.fix.edits.map(jsonEdit) } : null,
  };
}

export function toJsonReport(file: string, result: ValidationResult): JsonReport {
  const { recognition, summary } = result;
  return {
    file,
    program: recognition.programId ?? "",
    sheets: recognition.sheets.map(({ name, kind }) => ({ name, kind })),
    issues: result.rendered.map(jsonIssue),
    summary: { errors: summary.errors, warnings: summary.warnings, infos: summary.infos },
  };
}

/** Pretty-printed with two spaces: still one JSON value for `jq` and JSON.parse. */
export function formatJsonReport(file: string, result: ValidationResult): string {
  return JSON.stringify(toJsonReport(file, result), null, 2);
}
