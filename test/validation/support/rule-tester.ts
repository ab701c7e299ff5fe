/**
 * The one way rule tests are written (ESLint's RuleTester): tables of valid and invalid
 * workbooks in A1 notation. Each case runs through the real engine with only the rule
 * under test; valid cases must give no issue at all, invalid ones exactly the listed
 * issues (cell, severity, message, fix or suggestion). Every message a case produces is
 * also rendered in both languages and must have no placeholder left unfilled.
 */
import { toA1 } from "../../../src/domain/address/cell-address";
import type { RecognisedTable, RecognitionNote } from "../../../src/domain/detect/table";
import giamNgheo from "../../../src/domain/programs/data/giam-ngheo-2021-2025.json";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import { validateWorkbook, type ValidationResult } from "../../../src/domain/validation/engine";
import type { Fix, Issue, MessageData, Severity } from "../../../src/domain/validation/issue";
import { renderFixMessage, renderIssueMessage } from "../../../src/domain/validation/messages";
import type { Rule } from "../../../src/domain/validation/rule";
import type { DefinedName } from "../../../src/domain/workbook";
import { workbookOf, type SheetsInput } from "./grid";
import { fixtureTables, recognitionOf } from "./plan-sheets";

export const PROGRAMS: readonly ProgramFile[] = [giamNgheo as unknown as ProgramFile];

export interface RuleCase {
  readonly name: string;
  readonly sheets: SheetsInput;
  /** Recognised tables; by default those of the fixture sheets the case has (plan-sheets.ts). */
  readonly tables?: readonly RecognisedTable[];
  readonly notes?: readonly RecognitionNote[];
  readonly names?: readonly DefinedName[];
  readonly settings?: PlanSettings;
}

/** Cell -> formula ("=SUM(E13:E15)") or value the fix writes there. */
export type ExpectedEdits = Readonly<Record<string, string | number>>;

export interface ExpectedIssue {
  readonly cell: string;
  /** Defaults to the case's first sheet. */
  readonly sheet?: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data?: Partial<MessageData>;
  /** The one-click fix's edits; null asserts there is none. */
  readonly fix?: ExpectedEdits | null;
  /** The first suggestion's edits. */
  readonly suggestion?: ExpectedEdits;
  /** The Vietnamese sentence, exactly. */
  readonly message?: string;
}

export interface InvalidCase extends RuleCase {
  readonly issues: readonly ExpectedIssue[];
}

export interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
}

export function runCase(rule: Rule, c: RuleCase): ValidationResult {
  const tables = c.tables ?? fixtureTables(c.sheets);
  return validateWorkbook(workbookOf(c.sheets, c.names), {
    programs: PROGRAMS,
    recognition: recognitionOf(c.sheets, tables, c.notes),
    ...(c.settings && { settings: c.settings }),
    rules: [rule],
  });
}

function describeIssue(issue: Issue): string {
  return `${issue.sheet}!${toA1(issue.range.start)} ${issue.severity} ${issue.messageId}`;
}

function editsOf(fix: Fix | undefined): Record<string, string | number | boolean | null> | null {
  if (!fix) return null;
  return Object.fromEntries(
    fix.edits.map((edit) => [`${edit.sheet}!${toA1(edit.address)}`, edit.formula ?? edit.value ?? null]),
  );
}

function expectedEdits(edits: ExpectedEdits, sheet: string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(edits).map(([cell, content]) => [`${sheet}!${cell}`, content]));
}

function expectRendered(issue: Issue): void {
  for (const lang of ["vi", "en"] as const) {
    const texts = [
      renderIssueMessage(issue, lang),
      ...[issue.fix, ...(issue.suggestions ?? [])].flatMap((fix) =>
        fix ? [renderFixMessage(fix, lang)] : [],
      ),
    ];
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}|^[a-z-]+\/[a-z-]+/);
  }
}

function checkExpected(issue: Issue, expected: ExpectedIssue): void {
  if (expected.data) expect(issue.data).toMatchObject(expected.data);
  if (expected.fix === null) expect(issue.fix).toBeUndefined();
  else if (expected.fix) expect(editsOf(issue.fix)).toEqual(expectedEdits(expected.fix, issue.sheet));
  if (expected.suggestion)
    expect(editsOf(issue.suggestions?.[0])).toEqual(expectedEdits(expected.suggestion, issue.sheet));
  if (expected.message) expect(renderIssueMessage(issue)).toBe(expected.message);
}

/** Declares one describe block per rule with a test per case. */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`${rule.meta.id}: valid`, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_, c) => {
      const result = runCase(rule, c);
      expect(result.issues.map(describeIssue)).toEqual([]);
    });
  });
  describe(`${rule.meta.id}: invalid`, () => {
    test.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_, c) => {
      const result = runCase(rule, c);
      const home = Object.keys(c.sheets)[0] ?? "";
      const wanted = c.issues.map((e) => ({ ...e, sheet: e.sheet ?? home }));
      expect(result.issues.map(describeIssue).sort()).toEqual(
        wanted.map((e) => `${e.sheet}!${e.cell} ${e.severity} ${e.messageId}`).sort(),
      );
      for (const expected of wanted) {
        const issue = result.issues.find(
          (i) =>
            i.sheet === expected.sheet &&
            toA1(i.range.start) === expected.cell &&
            i.messageId === expected.messageId,
        );
        checkExpected(issue as Issue, expected);
      }
      result.issues.forEach(expectRendered);
    });
  });
}
