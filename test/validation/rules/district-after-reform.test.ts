/**
 * No district level from 1 July 2025: seed 004 (20/8/2025, tỉnh + xã) and seed 003 (a
 * district plan of 2023) pass; NS huyện amounts in a later plan are one finding per table,
 * a later district plan and district bodies among recipients are reported.
 */
import { PL01_COLUMNS as C, SETTING_KEYS } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/district-after-reform";
import {
  funds,
  located,
  SEED_003_LEAVES,
  SEED_003_SETTINGS,
  SEED_004_LEAVES,
  SEED_004_SETTINGS,
  SETTINGS_SHEET,
  settingsSheet,
  render,
} from "./support-arith";

const withHuyen = {
  DA2: { [C.sn]: 500, [C.tinh]: 50, [C.huyen]: 10, [C.xa]: 15 },
  "DA3.1": { [C.sn]: 371, [C.tinh]: 37, [C.xa]: 18 },
};

describe("district-after-reform", () => {
  it("seed 004 (two-tier, no NS huyện column) and seed 003 (a 2023 district plan) pass", () => {
    expect(
      rule.check(funds({ leaves: SEED_004_LEAVES, settings: SEED_004_SETTINGS, withoutDistrict: true }).ctx),
    ).toEqual([]);
    expect(rule.check(funds({ leaves: SEED_003_LEAVES, settings: SEED_003_SETTINGS }).ctx)).toEqual([]);
  });

  it("an empty NS huyện column in a later plan is fine", () => {
    expect(rule.check(funds({ leaves: SEED_004_LEAVES, settings: SEED_004_SETTINGS }).ctx)).toEqual([]);
  });

  it("NS huyện amounts in a plan dated 20/08/2025: one finding at TỔNG CỘNG's NS huyện", () => {
    const plan = funds({ leaves: withHuyen, settings: SEED_004_SETTINGS });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`district-after-reform/amounts@${plan.cell("TOTAL", C.huyen)}`]);
    expect(issues[0]?.data).toMatchObject({
      amount: 10,
      when: "ngày 20/08/2025",
      whenEn: "dated 20/08/2025",
    });
    expect(issues[0]?.severity).toBe("error");
  });

  it("the same amounts in a plan dated 30/06/2025 are fine", () => {
    const settings = {
      ...SEED_004_SETTINGS,
      planDate: "2025-06-30",
      levelSplit: { tinh: 0.1, huyen: 0.02, xa: 0.03 },
    };
    expect(rule.check(funds({ leaves: withHuyen, settings }).ctx)).toEqual([]);
  });

  it("without a TỔNG CỘNG amount, the first row with NS huyện is pointed at", () => {
    const plan = funds({
      leaves: withHuyen,
      settings: SEED_004_SETTINGS,
      overrides: { TOTAL: { [C.huyen]: null } },
    });
    expect(located(rule.check(plan.ctx))).toEqual([
      `district-after-reform/amounts@${plan.cell("DA2", C.huyen)}`,
    ]);
  });

  it("a district plan of 2026 and a district body among the recipients", () => {
    const settings = { ...SEED_004_SETTINGS, level: "huyen" as const, planDate: null, year: 2026 };
    const own = settingsSheet({
      [SETTING_KEYS.year]: 2026,
      [SETTING_KEYS.level]: "huyện",
      [`${SETTING_KEYS.recipients}.1`]: "Sở Nông nghiệp và Môi trường",
      [`${SETTING_KEYS.recipients}.2`]: "UBND huyện (báo cáo)",
    });
    const plan = funds({
      leaves: SEED_004_LEAVES,
      settings,
      withoutDistrict: true,
      extraSheets: [own.sheet],
      names: [own.name],
    });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([
      `district-after-reform/level@${own.cell(SETTING_KEYS.level)}`,
      `district-after-reform/text@${own.cell(`${SETTING_KEYS.recipients}.2`)}`,
    ]);
    expect(issues.map((issue) => issue.sheet)).toEqual([SETTINGS_SHEET, SETTINGS_SHEET]);
    expect(issues[1]?.severity).toBe("warning");
    expect(issues[1]?.data).toMatchObject({ text: "UBND huyện (báo cáo)", when: "năm 2026" });
  });

  it("recipients of a later plan written without diacritics are recognised too", () => {
    const own = settingsSheet({ [`${SETTING_KEYS.recipients}.1`]: "Uy ban nhan dan huyen Hau Loc" });
    const plan = funds({
      leaves: SEED_004_LEAVES,
      settings: SEED_004_SETTINGS,
      extraSheets: [own.sheet],
      names: [own.name],
    });
    expect(located(rule.check(plan.ctx))).toEqual([
      `district-after-reform/text@${own.cell(`${SETTING_KEYS.recipients}.1`)}`,
    ]);
  });
});

describe("district-after-reform: the message", () => {
  it("reads plainly", () => {
    const plan = funds({ leaves: withHuyen, settings: SEED_004_SETTINGS });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô I8: kế hoạch ngày 20/08/2025 lập khi đã không còn cấp huyện (chính quyền địa phương hai cấp từ ngày 01/7/2025), nhưng cột NS huyện vẫn ghi 10 triệu đồng. Chuyển số này sang NS tỉnh hoặc NS xã.",
    );
  });
});
