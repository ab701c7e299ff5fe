/**
 * Counted targets are whole numbers of at least zero (domain.md §5): households, people,
 * workers, models. A fraction usually comes from a rate applied to a count (50% of 41
 * workers); the officer decides how to round, so the rule only says where.
 */
import { toA1 } from "../../address/cell-address";
import {
  indicatorRows,
  labelText,
  rowUnit,
  rowUnitKind,
  shortLabel,
  targetNumber,
  targetTables,
  valueKeys,
} from "../checks/target-cells";
import type { Issue } from "../issue";
import { cellIssue } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "target-count-whole",
  kind: "targets",
  severity: "error",
  // A year-end count computed from a fractional number of exits is the same slip, reported once.
  dependentsExplained: true,
  description: {
    vi: "Chỉ tiêu đếm theo hộ, người, lao động… phải là số nguyên không âm.",
    en: "Targets counted in households, people, workers… must be whole numbers of at least zero.",
  },
  messages: {
    "target-count-whole/fraction": {
      vi: "Ô {cell} ({indicator}): {value} {unit} không phải số nguyên; số hộ, số người phải là số nguyên.",
      en: "Cell {cell} ({indicator}): {value} {unit} is not a whole number; households and people are counted in whole numbers.",
    },
    "target-count-whole/negative": {
      vi: "Ô {cell} ({indicator}): {value} {unit} là số âm; chỉ tiêu đếm không thể nhỏ hơn 0.",
      en: "Cell {cell} ({indicator}): {value} {unit} is negative; a counted target cannot be below 0.",
    },
  },
};

/** Float noise of formulas (0,1 × 30 = 3,0000000000000004) is not a fraction. */
const NOISE = 1e-9;

function check(ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const table of targetTables(ctx)) {
    for (const row of indicatorRows(table)) {
      if (rowUnitKind(ctx, table, row) !== "count") continue;
      const unit = rowUnit(ctx, table, row).toLowerCase();
      for (const key of valueKeys(table)) {
        const number = targetNumber(ctx, table, row.row, key);
        if (!number) continue;
        const fraction = Math.abs(number.value - Math.round(number.value)) > NOISE;
        const negative = number.value < -NOISE;
        if (!fraction && !negative) continue;
        const messageId = negative ? "target-count-whole/negative" : "target-count-whole/fraction";
        const data = {
          cell: toA1(number.cell),
          indicator: shortLabel(labelText(ctx, table, row)),
          value: number.value,
          unit,
        };
        issues.push(cellIssue(meta, number.cell, messageId, data));
      }
    }
  }
  return issues;
}

export const rule: Rule = { meta, check };
