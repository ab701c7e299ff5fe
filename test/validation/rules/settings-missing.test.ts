/**
 * The plan's year and issuing body must be known: seed 004's settings pass; an empty year
 * or issuing body is reported at its cell on "Thông tin chung"; a workbook where no
 * settings were found gets one finding at its first sheet.
 */
import { SETTING_KEYS } from "../../../src/domain/templates/column-keys";
import type { PlanSettings } from "../../../src/domain/settings";
import type { GridValue } from "../../../src/domain/workbook";
import { rule } from "../../../src/domain/validation/rules/settings-missing";
import {
  contextOf,
  located,
  render,
  SEED_004_SETTINGS,
  settingsSheet,
  SETTINGS_SHEET,
  sheetOf,
} from "./support-arith";

const FUNDS = sheetOf("Phụ lục 01", { B1: "PHỤ LỤC 01" });

/** A workbook whose "Thông tin chung" shows `shown` and whose settings read as `settings`. */
function workbook(settings: PlanSettings | null, shown: Record<string, GridValue> | null) {
  const own = shown && settingsSheet(shown);
  const ctx = contextOf({
    sheets: own ? [own.sheet, FUNDS] : [FUNDS],
    names: own ? [own.name] : [],
    tables: [],
    settings,
  });
  return { ctx, cell: (key: string) => own?.cell(key) ?? "A1" };
}

const SHOWN = {
  [SETTING_KEYS.year]: 2025,
  [SETTING_KEYS.level]: "xã",
  [SETTING_KEYS.unitName]: "xã Ba Dinh",
  [SETTING_KEYS.issuingBody]: "Ủy ban nhân dân xã Ba Dinh",
};

describe("settings-missing", () => {
  it("seed 004's settings have a year and an issuing body", () => {
    expect(SEED_004_SETTINGS.issuingBody).toBe("Ủy ban nhân dân xã Ba Dinh");
    expect(rule.check(workbook(SEED_004_SETTINGS, SHOWN).ctx)).toEqual([]);
  });

  it("a missing year is reported at the year cell of Thông tin chung", () => {
    const plan = workbook({ ...SEED_004_SETTINGS, year: 0 }, { ...SHOWN, [SETTING_KEYS.year]: null });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`settings-missing/year@${plan.cell(SETTING_KEYS.year)}`]);
    expect(issues[0]?.sheet).toBe(SETTINGS_SHEET);
    expect(issues[0]?.data).toMatchObject({ min: "2021", max: "2040" });
  });

  it("a missing issuing body is reported at its cell", () => {
    const plan = workbook(
      { ...SEED_004_SETTINGS, issuingBody: " " },
      { ...SHOWN, [SETTING_KEYS.issuingBody]: " " },
    );
    expect(located(rule.check(plan.ctx))).toEqual([
      `settings-missing/issuing-body@${plan.cell(SETTING_KEYS.issuingBody)}`,
    ]);
  });

  it("no settings at all: one finding at the start of the workbook", () => {
    const issues = rule.check(workbook(null, null).ctx);
    expect(located(issues)).toEqual(["settings-missing/none@A1"]);
    expect(issues[0]?.sheet).toBe("Phụ lục 01");
  });

  it("settings inferred from titles, without a settings sheet, point at the first sheet", () => {
    const issues = rule.check(workbook({ ...SEED_004_SETTINGS, issuingBody: "" }, null).ctx);
    expect(located(issues)).toEqual(["settings-missing/issuing-body@A1"]);
  });
});

describe("settings-missing: the message", () => {
  it("reads plainly", () => {
    const plan = workbook({ ...SEED_004_SETTINGS, year: 0 }, { ...SHOWN, [SETTING_KEYS.year]: null });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      `Ô ${plan.cell(SETTING_KEYS.year)}: chưa có năm kế hoạch (hoặc năm không hợp lệ); nhập năm từ 2021 đến 2040.`,
    );
  });
});
