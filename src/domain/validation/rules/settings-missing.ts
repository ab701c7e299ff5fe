/**
 * The plan's year and issuing body must be known (domain.md §6): the title, the header,
 * the district check of 1/7/2025 and the narrative all need them. Reported at their cells
 * on "Thông tin chung", or at the start of the workbook when no settings were found at all.
 */
import { toA1 } from "../../address/cell-address";
import type { PlanSettings } from "../../settings";
import { SETTING_KEYS } from "../../templates/column-keys";
import { PLAN_YEARS } from "../../templates/render/validations";
import { planSettings } from "../checks/counterpart-inputs";
import { settingCell, workbookStart } from "../checks/settings-cells";
import type { Issue } from "../issue";
import { cellIssue } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "settings-missing",
  kind: "settings",
  severity: "warning",
  description: {
    vi: "Thông tin chung của kế hoạch phải có năm kế hoạch và cơ quan ban hành.",
    en: "The plan's general information must give the plan year and the issuing body.",
  },
  messages: {
    "settings-missing/none": {
      vi: "Không tìm thấy thông tin chung của kế hoạch (năm kế hoạch, cơ quan ban hành). Hãy chèn trang Thông tin chung và điền các thông tin này.",
      en: "The plan's general information (plan year, issuing body) was not found. Insert the general information sheet and fill it in.",
    },
    "settings-missing/year": {
      vi: "Ô {cell}: chưa có năm kế hoạch (hoặc năm không hợp lệ); nhập năm từ {min} đến {max}.",
      en: "Cell {cell}: the plan year is missing (or not valid); enter a year from {min} to {max}.",
    },
    "settings-missing/issuing-body": {
      vi: 'Ô {cell}: chưa có cơ quan ban hành kế hoạch (ví dụ "Ủy ban nhân dân xã Ba Dinh").',
      en: 'Cell {cell}: the issuing body of the plan is missing (for example "Ủy ban nhân dân xã Ba Dinh").',
    },
  },
};

function yearKnown(settings: PlanSettings): boolean {
  const { year } = settings;
  return Number.isInteger(year) && year >= PLAN_YEARS.min && year <= PLAN_YEARS.max;
}

function missing(
  ctx: RuleContext,
  key: string,
  messageId: string,
  extra: Record<string, string> = {},
): Issue {
  const at = settingCell(ctx, key) ?? workbookStart(ctx);
  return cellIssue(meta, at, messageId, { cell: toA1(at), ...extra });
}

/** Years as text: a renderer groups the digits of numbers ("2.025"). */
const YEAR_RANGE = { min: String(PLAN_YEARS.min), max: String(PLAN_YEARS.max) };

function check(ctx: RuleContext): Issue[] {
  const settings = planSettings(ctx);
  if (!settings) return [cellIssue(meta, workbookStart(ctx), "settings-missing/none", {})];
  const issues: Issue[] = [];
  if (!yearKnown(settings)) {
    issues.push(missing(ctx, SETTING_KEYS.year, "settings-missing/year", YEAR_RANGE));
  }
  if (settings.issuingBody.trim() === "") {
    issues.push(missing(ctx, SETTING_KEYS.issuingBody, "settings-missing/issuing-body"));
  }
  return issues;
}

export const rule: Rule = { meta, check };
