/**
 * Groups the rendered findings the way the "Kiểm tra" page lists them: by sheet in the
 * order the engine gives (sheet tabs), then by severity, most severe first, keeping the
 * reading order of cells inside each group.
 */
import { rangeToA1 } from "../../domain/address/cell-address";
import type { RenderedIssue } from "../../domain/validation/engine";
import type { Severity } from "../../domain/validation/issue";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingView {
  readonly rendered: RenderedIssue;
  /** The cell or range as Excel writes it without the sheet ("C12", "B5:N5"). */
  readonly cell: string;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly FindingView[];
}

export interface SheetGroup {
  readonly sheet: string;
  readonly severities: readonly SeverityGroup[];
}

function bySeverity(items: readonly RenderedIssue[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: items
      .filter((r) => r.issue.severity === severity)
      .map((rendered) => ({ rendered, cell: rangeToA1(rendered.issue.range) })),
  })).filter((group) => group.findings.length > 0);
}

export function groupFindings(rendered: readonly RenderedIssue[]): SheetGroup[] {
  const sheets = [...new Set(rendered.map((r) => r.issue.sheet))];
  return sheets.map((sheet) => ({
    sheet,
    severities: bySeverity(rendered.filter((r) => r.issue.sheet === sheet)),
  }));
}
