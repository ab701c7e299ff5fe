/**
 * The local counterpart of domain.md §4: NSĐP of TỔNG CỘNG must reach the minimum share of
 * NSTW set by the province group (QĐ 02/2022/QĐ-TTg) or typed in the plan's settings,
 * with each level's share rounded down to whole triệu đồng as real plans do, so seed 004
 * (NSTW 871, NS tỉnh 87, NS xã 43: 14,93%) passes. The finding gives the exact ratio and
 * the missing amount; without a known minimum it says the check could not be made, and
 * while NSTW or NSĐP amounts break the sums of Phụ lục 01 it waits for those to be fixed
 * (a typed-over Dự án total would otherwise show up again as a shortfall).
 */
import { requiredCounterpart } from "../../counterpart";
import { toA1 } from "../../address/cell-address";
import {
  counterpartAmountsBroken,
  fundsTotals,
  minimumRatio,
  planSettings,
  planSplit,
  roundingOf,
  type FundsTotals,
} from "../checks/counterpart-inputs";
import { fundsTables } from "../checks/funds-table";
import { ratioData } from "../checks/message-values";
import type { Issue } from "../issue";
import { cellIssue } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "counterpart-ratio",
  kind: "counterpart",
  severity: "error",
  description: {
    vi: "Vốn đối ứng: NSĐP phải đạt tỷ lệ tối thiểu so với NSTW theo nhóm tỉnh (Quyết định số 02/2022/QĐ-TTg), phần của từng cấp ngân sách được làm tròn xuống đến triệu đồng.",
    en: "Local counterpart: the local budget must reach the minimum share of the central budget for the province group (Decision 02/2022/QĐ-TTg), each budget level's share rounded down to whole million dong.",
  },
  messages: {
    "counterpart-ratio/short": {
      vi: "Ô {cell}: vốn đối ứng chưa đủ. NSĐP {nsdp} triệu đồng mới bằng {ratioPercent} NSTW ({nstw} triệu đồng), trong khi mức tối thiểu là {minRatioPercent}, tức {minimum} triệu đồng; còn thiếu {missing} triệu đồng.",
      en: "Cell {cell}: the local counterpart is short. The local budget of {nsdp} million dong is {ratioPercent} of the central budget ({nstw} million dong), while the minimum is {minRatioPercent}, that is {minimum} million dong; {missing} million dong are missing.",
    },
    "counterpart-ratio/sums-first": {
      vi: "Chưa kiểm tra được vốn đối ứng: các số NSTW, NSĐP của Phụ lục 01 chưa khớp với nhau (xem các lỗi cộng tổng). Sửa các lỗi đó rồi kiểm tra lại.",
      en: "The local counterpart could not be checked: the central and local budget amounts of Phụ lục 01 do not add up (see the sum errors). Correct those and check again.",
    },
    "counterpart-ratio/unknown-ratio": {
      vi: "Chưa kiểm tra được vốn đối ứng: Thông tin chung chưa chọn nhóm tỉnh hoặc chưa nhập tỷ lệ đối ứng tối thiểu. Hiện NSĐP {nsdp} triệu đồng bằng {ratioPercent} NSTW ({nstw} triệu đồng).",
      en: "The local counterpart could not be checked: the general information has no province group or minimum counterpart ratio. The local budget of {nsdp} million dong is now {ratioPercent} of the central budget ({nstw} million dong).",
    },
  },
};

function baseData(totals: FundsTotals, minRatio: number | null) {
  return {
    cell: toA1(totals.nsdpCell),
    nstw: totals.nstw,
    nsdp: totals.nsdp,
    ratioPercent: ratioData(totals.nsdp / totals.nstw, minRatio),
  };
}

function checkTable(ctx: RuleContext, totals: FundsTotals): Issue[] {
  const settings = planSettings(ctx);
  const minRatio = minimumRatio(settings, ctx.program);
  if (minRatio === null || !settings) {
    const data = baseData(totals, null);
    return [cellIssue(meta, totals.nsdpCell, "counterpart-ratio/unknown-ratio", data, { severity: "info" })];
  }
  const result = requiredCounterpart({
    nstw: totals.nstw,
    nsdp: totals.nsdp,
    minRatio,
    split: planSplit(settings),
    ...roundingOf(ctx.program),
  });
  if (result.passes) return [];
  const data = {
    ...baseData(totals, minRatio),
    minRatioPercent: minRatio,
    minimum: result.minimum,
    missing: result.missing,
  };
  return [cellIssue(meta, totals.nsdpCell, "counterpart-ratio/short", data)];
}

function check(ctx: RuleContext): Issue[] {
  return fundsTables(ctx).flatMap((table) => {
    const totals = fundsTotals(ctx, table);
    // Nothing to match while no central funds are planned.
    if (!totals || totals.nstw <= 0) return [];
    if (!counterpartAmountsBroken(ctx, table)) return checkTable(ctx, totals);
    return [cellIssue(meta, totals.nsdpCell, "counterpart-ratio/sums-first", {}, { severity: "info" })];
  });
}

export const rule: Rule = { meta, check };
