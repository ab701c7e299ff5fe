/**
 * The household identities of domain.md §5 on Biểu 02, for poor and near-poor households
 * alike: cuối năm = đầu năm − thoát + tái + phát sinh, and each rate = its count ÷ tổng số
 * hộ (within the rounding the rate was written with). A wrong year-end count is reported
 * once: the year-end rate computed from it is not reported again. Errors for near-poor
 * households too: their count may rise (target-reduction only warns), but never by other
 * arithmetic, and the plan's text copies these figures ("giảm còn 5,57%"), so a checker
 * must not sign off a table that contradicts itself. A typed year-end count that agrees
 * is only constant-total's note.
 */
import { toA1 } from "../../address/cell-address";
import { B02_ROWS, type B02Row } from "../../templates/column-keys";
import {
  COUNT_NOISE,
  expectedEnd,
  householdColumns,
  rateFraction,
  rateTolerance,
  type HouseholdColumn,
} from "../checks/households";
import { percentData } from "../checks/message-values";
import { targetTables, type TargetNumber } from "../checks/target-cells";
import type { Fix, Issue } from "../issue";
import { cellIssue, fixOf, valueEdit } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "household-identity",
  kind: "targets",
  severity: "error",
  description: {
    vi: "Biểu 02: số hộ cuối năm = đầu năm − thoát + tái + phát sinh mới; tỷ lệ = số hộ ÷ tổng số hộ dân cư.",
    en: "Biểu 02: households at year end = start − exits + returns + new; each rate = households ÷ all households.",
  },
  messages: {
    "household-identity/year-end": {
      vi: "Ô {cell}: số {group} cuối năm ghi {actual} nhưng đầu năm − thoát + tái + phát sinh mới = {start} − {exits} + {returns} + {added} = {expected}.",
      en: "Cell {cell}: {groupEn} at year end are {actual} but start − exits + returns + new = {start} − {exits} + {returns} + {added} = {expected}.",
    },
    "household-identity/rate": {
      vi: "Ô {cell}: tỷ lệ {group} {moment} ghi {actualPercent} nhưng {count} hộ ÷ {total} hộ = {expectedPercent}.",
      en: "Cell {cell}: the rate of {groupEn} {momentEn} is {actualPercent} but {count} ÷ {total} households = {expectedPercent}.",
    },
    "household-identity/set-value": { vi: "Sửa ô {cell} thành {value}", en: "Change cell {cell} to {value}" },
    "household-identity/set-rate": {
      vi: "Sửa ô {cell} thành {valuePercent}",
      en: "Change cell {cell} to {valuePercent}",
    },
  },
};

function setValue(
  number: TargetNumber,
  value: number,
  messageId: string,
  shown: Record<string, number>,
): Fix[] {
  if (number.formula) return [];
  const data = { cell: toA1(number.cell), ...shown };
  return [fixOf(messageId, data, [valueEdit(number.cell, value)])];
}

function yearEndIssue(column: HouseholdColumn): Issue[] {
  const end = column.figure(B02_ROWS.end);
  const expected = expectedEnd(column);
  if (!end || expected === null || Math.abs(end.value - expected) <= COUNT_NOISE) return [];
  const count = (key: B02Row) => column.figure(key)?.value ?? 0;
  const data = {
    cell: toA1(end.cell),
    group: column.group.vi,
    groupEn: column.group.en,
    actual: end.value,
    start: count(B02_ROWS.start),
    exits: count(B02_ROWS.exits),
    returns: count(B02_ROWS.returns),
    added: count(B02_ROWS.added),
    expected,
  };
  const suggestions = setValue(end, expected, "household-identity/set-value", { value: expected });
  return [cellIssue(meta, end.cell, "household-identity/year-end", data, { suggestions })];
}

const MOMENTS = [
  { rate: B02_ROWS.startRate, count: B02_ROWS.start, vi: "đầu năm", en: "at the start of the year" },
  { rate: B02_ROWS.endRate, count: B02_ROWS.end, vi: "cuối năm", en: "at year end" },
] as const;

function rateIssue(column: HouseholdColumn, moment: (typeof MOMENTS)[number]): Issue[] {
  const rate = column.figure(moment.rate);
  const count = column.figure(moment.count);
  const total = column.total;
  if (!rate || !count || !total || total.value <= 0) return [];
  const actual = rateFraction(rate);
  const tolerance = rateTolerance(rate);
  const expected = count.value / total.value;
  if (Math.abs(actual - expected) <= tolerance) return [];
  // A rate that matches the year-end count the movements imply belongs to that count's finding.
  const implied = moment.count === B02_ROWS.end ? expectedEnd(column) : null;
  if (implied !== null && Math.abs(actual - implied / total.value) <= tolerance) return [];
  const data = {
    cell: toA1(rate.cell),
    group: column.group.vi,
    groupEn: column.group.en,
    moment: moment.vi,
    momentEn: moment.en,
    actualPercent: percentData(actual, 4),
    count: count.value,
    total: total.value,
    expectedPercent: percentData(expected),
  };
  const value = rate.fraction ? expected : expected * 100;
  const shown = { valuePercent: percentData(expected) };
  const suggestions = setValue(rate, value, "household-identity/set-rate", shown);
  return [cellIssue(meta, rate.cell, "household-identity/rate", data, { suggestions })];
}

function check(ctx: RuleContext): Issue[] {
  return targetTables(ctx)
    .flatMap((table) => householdColumns(ctx, table))
    .flatMap((column) => [
      ...yearEndIssue(column),
      ...MOMENTS.flatMap((moment) => rateIssue(column, moment)),
    ]);
}

export const rule: Rule = { meta, check };
