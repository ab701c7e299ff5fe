/**
 * Each budget level's share of the counterpart as the province splits it (a setting, e.g.
 * 10% tỉnh + 5% xã in seed 004), over the levels the plan has. A level is short when its
 * TỔNG CỘNG amount is below NSTW × its share rounded down to the rounding unit: for whole
 * triệu đồng that is exactly "a shortfall of a whole unit or more" against the unrounded
 * share (domain.md §4 accepts less). A warning: the split is the province's, not the law's.
 */
import { toA1 } from "../../address/cell-address";
import { requiredCounterpart } from "../../counterpart";
import type { LevelSplit } from "../../settings";
import {
  counterpartAmountsBroken,
  fundsTotals,
  levelName,
  planSettings,
  planSplit,
  roundingOf,
  type FundsTotals,
  type LevelAmount,
} from "../checks/counterpart-inputs";
import { cleanNumber, fundsTables } from "../checks/funds-table";
import type { Issue } from "../issue";
import { cellIssue } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "level-split",
  kind: "counterpart",
  severity: "warning",
  description: {
    vi: "Vốn đối ứng theo cấp: NS tỉnh, NS huyện, NS xã phải đạt phần NSTW mà tỉnh phân cho từng cấp (theo Thông tin chung), làm tròn xuống đến triệu đồng.",
    en: "Counterpart by level: the provincial, district and commune budgets must reach the share of the central budget the province assigns to each (from the general information), rounded down to whole million dong.",
  },
  messages: {
    "level-split/short": {
      vi: "Ô {cell}: {level} ghi {actual} triệu đồng, thấp hơn phần {level} phải đối ứng: {sharePercent} của NSTW {nstw} triệu đồng, làm tròn xuống là {minimum} triệu đồng; còn thiếu {missing} triệu đồng.",
      en: "Cell {cell}: {levelEn} is {actual} million dong, below its counterpart share: {sharePercent} of the central budget of {nstw} million dong, rounded down, is {minimum} million dong; {missing} million dong are missing.",
    },
  },
};

/** Float noise of the share (100 × 0,29) must never make a level look short. */
const NOISE = 1e-6;

function levelMinimum(
  ctx: RuleContext,
  totals: FundsTotals,
  split: Partial<LevelSplit>,
  level: keyof LevelSplit,
) {
  const share = split[level] ?? 0;
  const minRatio = Object.values(split).reduce((sum, s) => sum + s, 0);
  const rounding = roundingOf(ctx.program);
  const result = requiredCounterpart({ nstw: totals.nstw, nsdp: 0, minRatio, split, ...rounding });
  return result.levelMinimums?.[level] ?? cleanNumber(totals.nstw * share);
}

function shortLevel(
  ctx: RuleContext,
  totals: FundsTotals,
  split: Partial<LevelSplit>,
  found: LevelAmount,
): Issue[] {
  const share = split[found.level] ?? 0;
  if (share <= 0) return [];
  const minimum = levelMinimum(ctx, totals, split, found.level);
  if (found.amount >= minimum - NOISE) return [];
  const name = levelName(found.level);
  const data = {
    cell: toA1(found.cell),
    level: name.vi,
    levelEn: name.en,
    actual: found.amount,
    sharePercent: share,
    nstw: totals.nstw,
    minimum,
    missing: cleanNumber(minimum - found.amount),
  };
  return [cellIssue(meta, found.cell, "level-split/short", data)];
}

function check(ctx: RuleContext): Issue[] {
  const settings = planSettings(ctx);
  if (!settings) return [];
  const split = planSplit(settings);
  return fundsTables(ctx).flatMap((table) => {
    const totals = fundsTotals(ctx, table);
    // While the sums disagree, the arithmetic findings come first (see counterpart-ratio).
    if (!totals || totals.nstw <= 0 || counterpartAmountsBroken(ctx, table)) return [];
    return totals.levels.filter((l) => l.level in split).flatMap((l) => shortLevel(ctx, totals, split, l));
  });
}

export const rule: Rule = { meta, check };
