/**
 * The report `kehoach validate` prints for people: findings grouped by sheet, errors
 * before warnings before notes, one line each with the cell, the severity and the
 * sentence (plus what a fix would do), then the counts. Vietnamese unless --lang en.
 */
import { rangeToA1 } from "../../domain/address/cell-address";
import type { IssueSummary, RenderedIssue, ValidationResult } from "../../domain/validation/engine";
import type { Severity } from "../../domain/validation/issue";
import { renderMessage, type Lang, type MessageId } from "../messages";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

type CountKey = keyof IssueSummary;

/** Sheets in the order their first finding comes (the engine's reading order). */
function groupBySheet(rendered: readonly RenderedIssue[]): Map<string, RenderedIssue[]> {
  const groups = new Map<string, RenderedIssue[]>();
  for (const item of rendered) {
    const group = groups.get(item.issue.sheet) ?? [];
    group.push(item);
    groups.set(item.issue.sheet, group);
  }
  return groups;
}

function bySeverity(items: readonly RenderedIssue[]): RenderedIssue[] {
  return SEVERITIES.flatMap((severity) => items.filter((item) => item.issue.severity === severity));
}

/** What applying the finding would do: the fix, else the suggestions the user must confirm. */
function remedy(lang: Lang, item: RenderedIssue): string {
  if (item.fix !== null) return ` ${renderMessage(lang, "report.fix", { fix: item.fix })}`;
  if (item.suggestions.length === 0) return "";
  return ` ${renderMessage(lang, "report.suggestion", { suggestion: item.suggestions.join("; ") })}`;
}

function widest(texts: readonly string[]): number {
  return Math.max(0, ...texts.map((text) => text.length));
}

function sheetLines(lang: Lang, sheet: string, items: readonly RenderedIssue[]): string[] {
  const cells = items.map((item) => rangeToA1(item.issue.range));
  const labels = SEVERITIES.map((severity) => renderMessage(lang, `severity.${severity}`));
  const cellWidth = widest(cells);
  const labelWidth = widest(labels);
  const lines = bySeverity(items).map((item) => {
    const cell = rangeToA1(item.issue.range).padEnd(cellWidth);
    const label = renderMessage(lang, `severity.${item.issue.severity}`).padEnd(labelWidth);
    return `  ${cell}  ${label}  ${item.message}${remedy(lang, item)}`;
  });
  return [renderMessage(lang, "report.sheet", { sheet }), ...lines];
}

function countPhrase(lang: Lang, key: CountKey, count: number): string {
  const id: MessageId = count === 1 ? `count.${key}.one` : `count.${key}.other`;
  return renderMessage(lang, id, { count });
}

export function summaryLine(lang: Lang, summary: IssueSummary): string {
  const keys: readonly CountKey[] = ["errors", "warnings", "infos"];
  return keys.map((key) => countPhrase(lang, key, summary[key])).join(", ");
}

export function formatTextReport(file: string, result: ValidationResult, lang: Lang): string {
  const groups = [...groupBySheet(result.rendered)];
  const body =
    groups.length === 0
      ? [renderMessage(lang, "report.none")]
      : groups.flatMap(([sheet, items], i) => [...(i > 0 ? [""] : []), ...sheetLines(lang, sheet, items)]);
  return [
    renderMessage(lang, "report.header", { file }),
    "",
    ...body,
    "",
    summaryLine(lang, result.summary),
  ].join("\n");
}
