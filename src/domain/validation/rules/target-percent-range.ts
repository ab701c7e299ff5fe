/**
 * Percentage targets lie between 0% and 100% (domain.md §5): the rates of Biểu 02 and every
 * indicator of Biểu 03 measured in %, last year's result and this year's plan alike. A cell
 * formatted as % that holds 96 (shown 9600%) was meant as 96%: that is offered as a
 * suggestion, since it changes what the user typed.
 */
import { toA1 } from "../../address/cell-address";
import { B02_ROWS } from "../../templates/column-keys";
import {
  indicatorRows,
  labelText,
  percentPoints,
  rowUnitKind,
  shortLabel,
  targetNumber,
  targetTables,
  valueKeys,
  type TargetNumber,
} from "../checks/target-cells";
import { percentData } from "../checks/message-values";
import type { Fix, Issue } from "../issue";
import { cellIssue, fixOf, valueEdit } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "target-percent-range",
  kind: "targets",
  severity: "error",
  description: {
    vi: "Chỉ tiêu tính bằng % phải nằm trong khoảng từ 0% đến 100%.",
    en: "Targets measured in % must lie between 0% and 100%.",
  },
  messages: {
    "target-percent-range/out-of-range": {
      vi: "Ô {cell} ({indicator}): tỷ lệ {valuePercent} nằm ngoài khoảng từ 0% đến 100%.",
      en: "Cell {cell} ({indicator}): the rate {valuePercent} is outside 0% to 100%.",
    },
    "target-percent-range/divide": {
      vi: "Sửa ô {cell} thành {valuePercent}",
      en: "Change cell {cell} to {valuePercent}",
    },
  },
};

/** The reduction row of Biểu 02 may be negative; target-reduction judges it. */
const NOT_A_RATE: readonly string[] = [B02_ROWS.reduction];

function meantAsPercent(number: TargetNumber, points: number): Fix[] {
  if (!number.fraction || number.formula || points <= 100 || points > 10_000) return [];
  const data = { cell: toA1(number.cell), valuePercent: percentData(points / 10_000) };
  return [fixOf("target-percent-range/divide", data, [valueEdit(number.cell, number.value / 100)])];
}

function check(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const table of targetTables(ctx)) {
    for (const row of indicatorRows(table)) {
      if (NOT_A_RATE.includes(row.key ?? "") || rowUnitKind(ctx, table, row) !== "percent") continue;
      for (const key of valueKeys(table)) {
        const number = targetNumber(ctx, table, row.row, key);
        if (!number) continue;
        const points = percentPoints(number);
        if (points >= 0 && points <= 100) continue;
        const data = {
          cell: toA1(number.cell),
          indicator: shortLabel(labelText(ctx, table, row)),
          valuePercent: percentData(points / 100),
        };
        const suggestions = meantAsPercent(number, points);
        issues.push(cellIssue(meta, number.cell, "target-percent-range/out-of-range", data, { suggestions }));
      }
    }
  }
  return issues;
}

export const rule: Rule = { meta, check };
