/**
 * The "Cài đặt" form without React: ratios typed as "15" or "15,5" mean percent and must lie
 * in 0–100, the tolerance is triệu đồng or empty for the automatic one, a group must be
 * chosen unless a ratio is typed, NS huyện is read only while the plan has a district
 * level, and a split that does not add up to the ratio is pointed out.
 */
import { editableSettings, type EditableSettings } from "../../src/domain/own-sheets/settings-edits";
import { translate } from "../../src/taskpane/i18n/translate";
import {
  parsePercent,
  parseTolerance,
  readSettingsForm,
  settingsForm,
  splitMismatch,
  withProgram,
  type SettingsForm,
} from "../../src/taskpane/state/settings-form";
import { settingsOfGrid } from "../../src/taskpane/state/settings";
import { planToGrid } from "../detect/support/grid";
import { GIAM_NGHEO, NONG_THON_MOI, planAll, planOf, TWO_TIER_2025 } from "../templates/support/fixtures";

const PROGRAMS = [GIAM_NGHEO, NONG_THON_MOI];

function current(): EditableSettings {
  const load = settingsOfGrid(
    planToGrid([planOf(planAll(GIAM_NGHEO, TWO_TIER_2025.settings(GIAM_NGHEO)), "thong-tin-chung")]),
  );
  if (load.kind !== "loaded") throw new Error(load.kind);
  return editableSettings(load.loaded.reading);
}

const BASE = current();
const FORM = settingsForm(BASE);

function read(patch: Partial<SettingsForm>, districtLevel = false) {
  return readSettingsForm({ ...FORM, ...patch }, BASE, PROGRAMS, districtLevel);
}

describe("percent and tolerance as typed", () => {
  test.each([
    ["15", 0.15],
    ["15,5", 0.155],
    ["15.5", 0.155],
    ["15%", 0.15],
    [" 0 ", 0],
    ["100", 1],
  ])("%s means %s", (text, fraction) => {
    expect(parsePercent(text)).toBe(fraction);
  });

  test.each(["101", "-1", "mười lăm", ""])("%s is not a ratio", (text) => {
    expect(parsePercent(text)).toBeUndefined();
  });

  test("the tolerance: 0,5 triệu đồng, empty for automatic, no negative numbers or words", () => {
    expect([parseTolerance("0,5"), parseTolerance(""), parseTolerance("-1"), parseTolerance("nửa")]).toEqual([
      0.5,
      null,
      undefined,
      undefined,
    ]);
  });
});

describe("the form as it opens", () => {
  test("shows the sheet's settings the Vietnamese way: shares 10 and 5, the automatic tolerance empty", () => {
    expect(FORM).toMatchObject({
      programId: GIAM_NGHEO.id,
      ratioMode: "group",
      provinceGroup: GIAM_NGHEO.defaultGroup,
      splitTinh: "10",
      splitXa: "5",
      tolerance: "",
      language: "vi",
    });
  });

  test("a typed 15,5% and a tolerance of 0,5 show as 15,5 and 0,5", () => {
    const form = settingsForm({ ...BASE, customRatio: 0.155, tolerance: 0.5 });
    expect([form.ratioMode, form.customRatio, form.tolerance]).toEqual(["custom", "15,5", "0,5"]);
  });
});

describe("reading the form", () => {
  test("an untouched form asks for exactly what the sheet holds", () => {
    expect(read({})).toEqual({ ok: true, settings: BASE });
  });

  test("a typed ratio of 15,5 becomes the fraction 0.155, keeping the group on the sheet", () => {
    const result = read({ ratioMode: "custom", customRatio: "15,5", tolerance: "0,5", language: "en" });
    expect(result).toEqual({
      ok: true,
      settings: { ...BASE, customRatio: 0.155, tolerance: 0.5, language: "en" },
    });
  });

  test("a ratio above 100 or a word is refused with a Vietnamese message", () => {
    const result = read({ ratioMode: "custom", customRatio: "150", splitXa: "năm", tolerance: "-2" });
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(Object.keys(errors).sort()).toEqual(["customRatio", "splitXa", "tolerance"]);
    expect(translate("vi", errors.customRatio!)).toBe("Nhập tỷ lệ từ 0 đến 100, ví dụ 15 hoặc 15,5.");
  });

  test("the group mode needs one of the program's groups", () => {
    const result = read({ provinceGroup: null });
    expect(result.ok ? null : translate("vi", result.errors.provinceGroup!)).toBe(
      "Chọn nhóm tỉnh, hoặc chọn Tự nhập tỷ lệ.",
    );
  });

  test("NS huyện is read only while the plan has a district level", () => {
    const withoutDistrict = read({ splitHuyen: "3" });
    const withDistrict = read({ splitHuyen: "3" }, true);
    expect(withoutDistrict.ok && withoutDistrict.settings.levelSplit.huyen).toBe(BASE.levelSplit.huyen);
    expect(withDistrict.ok && withDistrict.settings.levelSplit.huyen).toBe(0.03);
  });

  test("choosing the 2026-2035 program, which has no groups yet, switches to a typed ratio", () => {
    const form = withProgram(FORM, NONG_THON_MOI);
    expect([form.programId, form.ratioMode]).toEqual([NONG_THON_MOI.id, "custom"]);
    const result = readSettingsForm({ ...form, customRatio: "12" }, BASE, PROGRAMS, false);
    expect(result.ok && [result.settings.programId, result.settings.programName]).toEqual([
      NONG_THON_MOI.id,
      NONG_THON_MOI.name,
    ]);
  });
});

describe("a split that does not add up to the ratio", () => {
  test("10% + 5% against the 15% group adds up, so nothing is said", () => {
    expect(splitMismatch(FORM, GIAM_NGHEO, false)).toBeNull();
  });

  test("10% + 4% against 15% is pointed out with both figures", () => {
    expect(splitMismatch({ ...FORM, splitXa: "4" }, GIAM_NGHEO, false)).toEqual({ sum: 0.14, ratio: 0.15 });
  });
});
