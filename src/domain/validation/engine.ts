/**
 * Validates a workbook: recognises the plan's tables (unless the caller already did), runs
 * every registered rule over one shared context, keeps each problem only where it starts,
 * and returns the findings in reading order (sheet tabs, rows, columns, most severe first)
 * with their sentences. Totals are compared within the tolerance the plan sets on "Thông
 * tin chung", else the automatic one. Odd input never throws: a rule that fails becomes one note.
 */
import { recognise } from "../detect/recognise";
import type { Recognition } from "../detect/table";
import type { ProgramFile } from "../programs/types";
import { AUTOMATIC_TOLERANCE, type PlanSettings } from "../settings";
import type { WorkbookGrid } from "../workbook";
import { createRuleContext } from "./context";
import { RECOGNITION_FAILED, RULE_FAILED } from "./engine-messages";
import { sheetOrder } from "./grid-access";
import { RULE_IDS, type Issue, type MessageData, type RuleId, type Severity } from "./issue";
import { renderFixMessage, renderIssueMessage, type Lang } from "./messages";
import { RULES } from "./registry";
import { dropExplained } from "./root-causes";
import type { Rule, RuleContext } from "./rule";

/** Amounts closer than this (triệu đồng, i.e. 1.000 đồng) are equal unless the plan sets a tolerance. */
export const DEFAULT_TOLERANCE = AUTOMATIC_TOLERANCE;

export interface ValidateOptions {
  readonly programs: readonly ProgramFile[];
  /** Tables recognised beforehand (the pane keeps them between runs); recognised here when absent. */
  readonly recognition?: Recognition;
  /** The plan's settings; otherwise those recognition found. */
  readonly settings?: PlanSettings | null;
  /**
   * Triệu đồng; wins over the plan's own tolerance setting (a caller's explicit choice), which
   * wins over DEFAULT_TOLERANCE.
   */
  readonly tolerance?: number;
  /** Language of `rendered`; Vietnamese by default. */
  readonly lang?: Lang;
  /** The rules to run; all registered rules by default. */
  readonly rules?: readonly Rule[];
}

export interface IssueSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** An issue with its sentences in the requested language. */
export interface RenderedIssue {
  readonly issue: Issue;
  readonly message: string;
  readonly fix: string | null;
  readonly suggestions: readonly string[];
}

export interface ValidationResult {
  readonly recognition: Recognition;
  readonly issues: readonly Issue[];
  readonly summary: IssueSummary;
  /** The same issues, in the same order, as text. */
  readonly rendered: readonly RenderedIssue[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function note(grid: WorkbookGrid, ruleId: RuleId, messageId: string, data: MessageData): Issue {
  const start = { row: 1, col: 1 };
  return {
    ruleId,
    severity: "info",
    messageId,
    data,
    sheet: grid.sheets[0]?.name ?? "",
    range: { start, end: start },
  };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function emptyRecognition(grid: WorkbookGrid): Recognition {
  const sheets = grid.sheets.map((sheet) => ({ name: sheet.name, kind: "unknown" as const }));
  return { sheets, tables: [], settings: null, programId: null, notes: [] };
}

function recognitionOf(grid: WorkbookGrid, options: ValidateOptions, failures: Issue[]): Recognition {
  if (options.recognition) return options.recognition;
  try {
    return recognise(grid, options.programs);
  } catch (error) {
    failures.push(note(grid, "unrecognised", RECOGNITION_FAILED, { reason: reason(error) }));
    return emptyRecognition(grid);
  }
}

function programOf(
  options: ValidateOptions,
  recognition: Recognition,
  settings: PlanSettings | null,
): ProgramFile | null {
  const id = settings?.programId ?? recognition.programId;
  const byId = options.programs.find((program) => program.id === id);
  if (byId) return byId;
  const year = settings?.year;
  const byYear =
    year === undefined
      ? undefined
      : options.programs.find((p) => p.period.from <= year && year <= p.period.to);
  return byYear ?? null;
}

function runRule(rule: Rule, ctx: RuleContext): Issue[] {
  try {
    return rule.check(ctx);
  } catch (error) {
    return [note(ctx.grid, rule.meta.id, RULE_FAILED, { rule: rule.meta.id, reason: reason(error) })];
  }
}

function sortIssues(grid: WorkbookGrid, issues: Issue[]): Issue[] {
  const order = sheetOrder(grid);
  const ruleRank = (id: RuleId) => RULE_IDS.indexOf(id);
  return issues.sort(
    (a, b) =>
      (order.get(a.sheet) ?? order.size) - (order.get(b.sheet) ?? order.size) ||
      a.range.start.row - b.range.start.row ||
      a.range.start.col - b.range.start.col ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      ruleRank(a.ruleId) - ruleRank(b.ruleId),
  );
}

function summarise(issues: readonly Issue[]): IssueSummary {
  const count = (severity: Severity) => issues.filter((issue) => issue.severity === severity).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}

function render(issue: Issue, lang: Lang): RenderedIssue {
  return {
    issue,
    message: renderIssueMessage(issue, lang),
    fix: issue.fix ? renderFixMessage(issue.fix, lang) : null,
    suggestions: (issue.suggestions ?? []).map((fix) => renderFixMessage(fix, lang)),
  };
}

export function validateWorkbook(grid: WorkbookGrid, options: ValidateOptions): ValidationResult {
  const failures: Issue[] = [];
  const recognition = recognitionOf(grid, options, failures);
  const settings = options.settings ?? recognition.settings;
  const rules = options.rules ?? RULES;
  const ctx = createRuleContext({
    grid,
    recognition,
    program: programOf(options, recognition, settings),
    settings,
    tolerance: options.tolerance ?? settings?.tolerance ?? DEFAULT_TOLERANCE,
  });
  const found = rules.flatMap((rule) => runRule(rule, ctx));
  const issues = sortIssues(grid, [...failures, ...dropExplained(ctx, rules, found)]);
  const lang = options.lang ?? "vi";
  return {
    recognition,
    issues,
    summary: summarise(issues),
    rendered: issues.map((issue) => render(issue, lang)),
  };
}
