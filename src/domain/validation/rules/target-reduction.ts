/**
 * A reduction target goes down (domain.md §5: "giảm tỷ lệ hộ nghèo từ X% xuống Y%" needs
 * Y < X): the year-end rate of Biểu 02 below the start rate (counts when no rates are
 * written), a Biểu 03 indicator worded "giảm xuống / giảm còn" planned below last year's
 * result, and any "từ X% xuống Y%" written in the targets' cells. Near-poor households may
 * rise as poor households leave poverty, so for them it is a warning. A year-end count
 * that breaks the household identity is that rule's finding, not reported again here.
 */
import { toA1 } from "../../address/cell-address";
import type { RecognisedTable } from "../../detect/table";
import { parseNumberText } from "../../format/parse-number";
import { plainWord } from "../../own-sheets/setting-parsers";
import { B02_ROWS, B03_COLUMNS } from "../../templates/column-keys";
import { householdColumns, yearEndBroken, type HouseholdColumn } from "../checks/households";
import { percentData } from "../checks/message-values";
import {
  indicatorRows,
  labelText,
  percentPoints,
  rowUnitKind,
  shortLabel,
  targetNumber,
  targetTables,
} from "../checks/target-cells";
import type { Issue } from "../issue";
import { cellIssue } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";
import { bodyRows } from "../table-cells";

const meta: RuleMeta = {
  id: "target-reduction",
  kind: "targets",
  severity: "error",
  description: {
    vi: 'Chỉ tiêu giảm ("giảm tỷ lệ hộ nghèo từ X% xuống Y%") phải có Y nhỏ hơn X.',
    en: 'A reduction target ("reduce the poverty rate from X% to Y%") needs Y below X.',
  },
  messages: {
    "target-reduction/rate": {
      vi: "Ô {cell}: tỷ lệ {group} cuối năm {endPercent} không thấp hơn đầu năm {startPercent}; chỉ tiêu giảm nghèo cần tỷ lệ cuối năm thấp hơn đầu năm.",
      en: "Cell {cell}: the year-end rate of {groupEn} ({endPercent}) is not below the start-of-year rate ({startPercent}); a reduction target needs a lower year-end rate.",
    },
    "target-reduction/count": {
      vi: "Ô {cell}: số {group} cuối năm {end} không ít hơn đầu năm {start}; chỉ tiêu giảm nghèo cần số cuối năm ít hơn đầu năm.",
      en: "Cell {cell}: {groupEn} at year end ({end}) are not fewer than at the start of the year ({start}); a reduction target needs fewer at year end.",
    },
    "target-reduction/indicator": {
      vi: "Ô {cell} ({indicator}): chỉ tiêu giảm nhưng kế hoạch {planPercent} không thấp hơn năm trước {previousPercent}.",
      en: "Cell {cell} ({indicator}): a reduction target, but the plan ({planPercent}) is not below last year's result ({previousPercent}).",
    },
    "target-reduction/text": {
      vi: "Ô {cell}: ghi giảm từ {fromPercent} xuống {toPercent}, nhưng {toPercent} không thấp hơn {fromPercent}.",
      en: "Cell {cell}: says a reduction from {fromPercent} to {toPercent}, but {toPercent} is not below {fromPercent}.",
    },
  },
};

/** Percent points as message data: a fraction with the two decimals plans write (5,57%). */
const percentOf = (points: number) => percentData(points / 100);

function householdIssues(column: HouseholdColumn): Issue[] {
  if (yearEndBroken(column)) return [];
  const severity = column.strict ? "error" : "warning";
  const group = { group: column.group.vi, groupEn: column.group.en };
  const startRate = column.figure(B02_ROWS.startRate);
  const endRate = column.figure(B02_ROWS.endRate);
  if (startRate && endRate) {
    const [start, end] = [percentPoints(startRate), percentPoints(endRate)];
    if (start <= 0 || end < start) return [];
    const data = {
      cell: toA1(endRate.cell),
      ...group,
      startPercent: percentOf(start),
      endPercent: percentOf(end),
    };
    return [cellIssue(meta, endRate.cell, "target-reduction/rate", data, { severity })];
  }
  const start = column.figure(B02_ROWS.start);
  const end = column.figure(B02_ROWS.end);
  if (!start || !end || start.value <= 0 || end.value < start.value) return [];
  const data = {
    cell: toA1(end.cell),
    ...group,
    start: start.value,
    end: end.value,
  };
  return [cellIssue(meta, end.cell, "target-reduction/count", data, { severity })];
}

/** "… giảm xuống còn", "giảm còn", "giảm tỷ lệ …": the indicator is meant to go down. */
const REDUCTION_WORDING = /\bgiam (xuong|con)\b|\bgiam ty le\b/;

function indicatorIssues(ctx: RuleContext, table: RecognisedTable): Issue[] {
  if (table.kind !== "bieu-03") return [];
  return indicatorRows(table).flatMap((row) => {
    const label = labelText(ctx, table, row);
    if (!REDUCTION_WORDING.test(plainWord(label)) || rowUnitKind(ctx, table, row) !== "percent") return [];
    const previous = targetNumber(ctx, table, row.row, B03_COLUMNS.previous);
    const plan = targetNumber(ctx, table, row.row, B03_COLUMNS.plan);
    if (!previous || !plan) return [];
    const [before, after] = [percentPoints(previous), percentPoints(plan)];
    if (before <= 0 || after < before) return [];
    const data = {
      cell: toA1(plan.cell),
      indicator: shortLabel(label),
      previousPercent: percentOf(before),
      planPercent: percentOf(after),
    };
    return [cellIssue(meta, plan.cell, "target-reduction/indicator", data)];
  });
}

const FROM_TO = /\btu\s+(\d[\d.,]*)\s*%\s*(?:xuong con|xuong|con)\s+(\d[\d.,]*)\s*%/g;

function textIssues(ctx: RuleContext, table: RecognisedTable): Issue[] {
  const issues: Issue[] = [];
  for (const row of bodyRows(table)) {
    for (const col of new Set(table.columns.values())) {
      const value = ctx.value(table.sheet, row.row, col);
      if (typeof value !== "string") continue;
      for (const match of plainWord(value).matchAll(FROM_TO)) {
        const from = parseNumberText(match[1] ?? "")?.value;
        const to = parseNumberText(match[2] ?? "")?.value;
        if (from === undefined || to === undefined || to < from) continue;
        const at = { sheet: table.sheet, row: row.row, col };
        const data = { cell: toA1(at), fromPercent: percentOf(from), toPercent: percentOf(to) };
        issues.push(cellIssue(meta, at, "target-reduction/text", data));
      }
    }
  }
  return issues;
}

function check(ctx: RuleContext): Issue[] {
  return targetTables(ctx).flatMap((table) => [
    ...householdColumns(ctx, table).flatMap(householdIssues),
    ...indicatorIssues(ctx, table),
    ...textIssues(ctx, table),
  ]);
}

export const rule: Rule = { meta, check };
