/**
 * Districts were abolished on 1 July 2025 (domain.md §8): a plan dated on or after that day
 * (or, undated, for a later year) has no NS huyện amounts, is not a district plan, and no
 * longer names district bodies among its recipients or legal bases. The amounts are
 * reported once per table, at TỔNG CỘNG's NS huyện cell or the first row that has some.
 */
import { toA1 } from "../../address/cell-address";
import type { RecognisedTable } from "../../detect/table";
import { formatShortDate } from "../../format/dates";
import { plainWord } from "../../own-sheets/setting-parsers";
import { hasDistrictLevel, type PlanSettings } from "../../settings";
import { PL01_COLUMNS, SETTING_KEYS } from "../../templates/column-keys";
import { planSettings } from "../checks/counterpart-inputs";
import { amountAt, amountRows, fundsTables, inTrieu } from "../checks/funds-table";
import { settingCell, settingLines, workbookStart } from "../checks/settings-cells";
import type { Issue } from "../issue";
import { cellIssue } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "district-after-reform",
  kind: "settings",
  severity: "error",
  description: {
    vi: "Kế hoạch lập từ ngày 01/7/2025 không còn cấp huyện: không có NS huyện, không là kế hoạch cấp huyện, không gửi hay căn cứ văn bản của cơ quan cấp huyện.",
    en: "Plans from 1 July 2025 have no district level: no district budget, no district plans, no district bodies among recipients or legal bases.",
  },
  messages: {
    "district-after-reform/amounts": {
      vi: "Ô {cell}: kế hoạch {when} lập khi đã không còn cấp huyện (chính quyền địa phương hai cấp từ ngày 01/7/2025), nhưng cột NS huyện vẫn ghi {amount} triệu đồng. Chuyển số này sang NS tỉnh hoặc NS xã.",
      en: "Cell {cell}: the plan {whenEn} comes after districts were abolished (two-level local government from 1 July 2025), yet the district budget column shows {amount} million dong. Move it to the provincial or commune budget.",
    },
    "district-after-reform/level": {
      vi: "Ô {cell}: kế hoạch {when} ghi là kế hoạch cấp huyện, nhưng từ ngày 01/7/2025 không còn cấp huyện.",
      en: "Cell {cell}: the plan {whenEn} is marked as a district plan, but there are no districts from 1 July 2025.",
    },
    "district-after-reform/text": {
      vi: 'Ô {cell}: kế hoạch {when} vẫn nhắc đến cơ quan cấp huyện ("{text}"), nhưng từ ngày 01/7/2025 không còn cấp huyện.',
      en: 'Cell {cell}: the plan {whenEn} still names a district body ("{text}"), but there are no districts from 1 July 2025.',
    },
  },
};

function when(settings: PlanSettings): Record<string, string> {
  if (settings.planDate) {
    const date = formatShortDate(settings.planDate);
    return { when: `ngày ${date}`, whenEn: `dated ${date}` };
  }
  return { when: `năm ${settings.year}`, whenEn: `for ${settings.year}` };
}

function amountIssue(ctx: RuleContext, table: RecognisedTable, settings: PlanSettings): Issue[] {
  const col = table.columns.get(PL01_COLUMNS.huyen);
  if (col === undefined) return [];
  const withAmounts = amountRows(table).filter((row) => {
    const amount = amountAt(ctx, table, row.row, PL01_COLUMNS.huyen);
    return amount !== null && amount !== 0;
  });
  const row = withAmounts.find((r) => r.role === "total") ?? withAmounts[0];
  if (!row) return [];
  const at = { sheet: table.sheet, row: row.row, col };
  const amount = inTrieu(table, amountAt(ctx, table, row.row, PL01_COLUMNS.huyen) ?? 0);
  const data = { cell: toA1(at), amount, ...when(settings) };
  return [cellIssue(meta, at, "district-after-reform/amounts", data)];
}

function levelIssue(ctx: RuleContext, settings: PlanSettings): Issue[] {
  if (settings.level !== "huyen") return [];
  const at = settingCell(ctx, SETTING_KEYS.level) ?? workbookStart(ctx);
  return [cellIssue(meta, at, "district-after-reform/level", { cell: toA1(at), ...when(settings) })];
}

/** "UBND huyện", "Ủy ban nhân dân huyện", "HĐND huyện", "Huyện ủy", with or without diacritics. */
const DISTRICT_BODY = /\b(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan) huyen\b|\bhuyen uy\b/;

function textIssues(ctx: RuleContext, settings: PlanSettings): Issue[] {
  const lines = [SETTING_KEYS.recipients, SETTING_KEYS.legalBases].flatMap((list) => settingLines(ctx, list));
  return lines
    .filter((line) => DISTRICT_BODY.test(plainWord(line.text)))
    .map((line) => {
      const data = { cell: toA1(line.cell), text: line.text, ...when(settings) };
      return cellIssue(meta, line.cell, "district-after-reform/text", data, { severity: "warning" });
    });
}

function check(ctx: RuleContext): Issue[] {
  const settings = planSettings(ctx);
  if (!settings || hasDistrictLevel(settings)) return [];
  return [
    ...levelIssue(ctx, settings),
    ...fundsTables(ctx).flatMap((table) => amountIssue(ctx, table, settings)),
    ...textIssues(ctx, settings),
  ];
}

export const rule: Rule = { meta, check };
