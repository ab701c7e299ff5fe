/**
 * Turns the funds analysis into issues for one arithmetic rule: the wrong cell, the amounts
 * in triệu đồng (as numbers: the renderer writes them the reader's way), what the row is
 * called in both languages, and, when the cell holds a typed number, a suggestion to type the expected one
 * (a suggestion, never a fix: it changes a number the user typed). A wrong formula gets no
 * suggestion here; rewriting formulas belongs to the formula rules.
 */
import { toA1 } from "../../address/cell-address";
import { gridCell } from "../grid-access";
import type { Issue, MessageData } from "../issue";
import { cellIssue, fixOf, rowList, valueEdit, type CellRef } from "../issue-builders";
import type { Bilingual, RuleContext, RuleMeta } from "../rule";
import { analyseFunds, type FundsEvidence, type FundsFinding, type FundsRuleId } from "./funds-analysis";
import { cleanNumber, columnName, inTrieu, partsName, rowName } from "./funds-table";

/** Message ids every arithmetic rule declares, prefixed with its id. */
export const FUNDS_MESSAGES = {
  mismatch: "mismatch",
  cell: "cell",
  childrenEmpty: "children-empty",
  setValue: "set-value",
} as const;

export function fundsMessageId(rule: FundsRuleId, message: keyof typeof FUNDS_MESSAGES): string {
  return `${rule}/${FUNDS_MESSAGES[message]}`;
}

function bilingual(name: string, text: Bilingual): Record<string, string> {
  return { [name]: text.vi, [`${name}En`]: text.en };
}

/** Why a located cell is the wrong one, in words. */
function reason(evidence: FundsEvidence): Bilingual {
  if (evidence.kind === "parent") {
    const parent = rowName(evidence.parent);
    return {
      vi: `các số khác cùng dòng và với số tổng ở ${parent.vi}`,
      en: `the other amounts of its row and with the total in ${parent.en}`,
    };
  }
  if (evidence.kind === "pair") {
    const outer = columnName(evidence.outer.target);
    const parts = partsName(evidence.inner.parts);
    return {
      vi: `cả ${outer.vi} lẫn ${parts.vi} của dòng`,
      en: `both ${outer.en} and ${parts.en} of its row`,
    };
  }
  if (evidence.kind === "pattern") {
    return {
      vi: `các số khác cùng dòng (công thức của ô khác mẫu với hai ô bên cạnh; theo mẫu, ô này là ${evidence.formula})`,
      en: `the other amounts of its row (its formula differs from its neighbours'; following them, it would be ${evidence.formula})`,
    };
  }
  return { vi: "", en: "" };
}

function evidenceData(evidence: FundsEvidence): Record<string, string> {
  switch (evidence.kind) {
    case "identity":
      return bilingual("parts", partsName(evidence.identity.parts));
    case "children":
    case "children-empty":
      return { rows: rowList(evidence.rows) };
    case "parent":
    case "pair":
    case "pattern":
      return bilingual("reason", reason(evidence));
  }
}

function messageOf(finding: FundsFinding): keyof typeof FUNDS_MESSAGES {
  switch (finding.evidence.kind) {
    case "identity":
    case "children":
      return "mismatch";
    case "children-empty":
      return "childrenEmpty";
    case "parent":
    case "pair":
    case "pattern":
      return "cell";
  }
}

function dataOf(finding: FundsFinding, at: CellRef): MessageData {
  const { table } = finding;
  return {
    cell: toA1(at),
    ...bilingual("row", rowName(finding.row)),
    ...bilingual("column", columnName(finding.column)),
    actual: inTrieu(table, finding.actual),
    expected: inTrieu(table, finding.expected),
    difference: inTrieu(table, Math.abs(finding.actual - finding.expected)),
    ...evidenceData(finding.evidence),
  };
}

function suggestion(ctx: RuleContext, finding: FundsFinding, at: CellRef) {
  if (finding.evidence.kind === "children-empty") return [];
  if (gridCell(ctx.grid, at.sheet, at.row, at.col)?.formula) return [];
  const value = cleanNumber(finding.expected);
  const data = { cell: toA1(at), value };
  return [fixOf(fundsMessageId(finding.rule, "setValue"), data, [valueEdit(at, value)])];
}

function issueOf(ctx: RuleContext, meta: RuleMeta, finding: FundsFinding): Issue {
  const at: CellRef = {
    sheet: finding.table.sheet,
    row: finding.row.row,
    col: finding.table.columns.get(finding.column) ?? 1,
  };
  const messageId = fundsMessageId(finding.rule, messageOf(finding));
  return cellIssue(meta, at, messageId, dataOf(finding, at), { suggestions: suggestion(ctx, finding, at) });
}

/** The issues of one arithmetic rule. */
export function fundsIssues(ctx: RuleContext, meta: RuleMeta, rule: FundsRuleId): Issue[] {
  return analyseFunds(ctx)
    .filter((finding) => finding.rule === rule)
    .map((finding) => issueOf(ctx, meta, finding));
}
