/**
 * The "Biểu mẫu" form's defaults and checks: what a user sees before pressing the button
 * and the Vietnamese messages that tell them what to fix.
 */
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { translate } from "../../src/taskpane/i18n/translate";
import {
  checkForm,
  formErrors,
  initialForm,
  toggleTemplate,
  updateForm,
  type InsertForm,
} from "../../src/taskpane/state/form";
import { FIXTURE_PROGRAMS, GIAM_NGHEO, HOP_NHAT } from "./program-fixtures";

const filled: InsertForm = { ...initialForm(FIXTURE_PROGRAMS, new Date(2025, 2, 1)), unitName: "xã Ba Dinh" };

function viErrors(form: InsertForm): Record<string, string> {
  const errors = formErrors(form, FIXTURE_PROGRAMS);
  return Object.fromEntries(Object.entries(errors).map(([field, id]) => [field, translate("vi", id)]));
}

describe("Biểu mẫu form", () => {
  it("starts with every template ticked, this year, commune level and the program covering the year", () => {
    const form = initialForm(FIXTURE_PROGRAMS, new Date(2025, 2, 1));
    expect(form.templates).toEqual(TEMPLATE_IDS);
    expect(form).toMatchObject({
      year: "2025",
      level: "xa",
      programId: GIAM_NGHEO.id,
      unitName: "",
      planDate: "",
    });
    expect(initialForm(FIXTURE_PROGRAMS, new Date(2027, 0, 5)).programId).toBe(HOP_NHAT.id);
  });

  it("switches the program with the year until the user picks one", () => {
    const later = updateForm(filled, { year: "2027" }, FIXTURE_PROGRAMS);
    expect(later.programId).toBe(HOP_NHAT.id);
    const halfTyped = updateForm(later, { year: "20" }, FIXTURE_PROGRAMS);
    expect(halfTyped).toMatchObject({ year: "20", programId: HOP_NHAT.id });
    const picked = updateForm(later, { programId: GIAM_NGHEO.id }, FIXTURE_PROGRAMS);
    expect(updateForm(picked, { year: "2026" }, FIXTURE_PROGRAMS).programId).toBe(GIAM_NGHEO.id);
  });

  it("takes the level from a unit name that starts with xã or huyện", () => {
    expect(updateForm(filled, { unitName: "huyện Hậu Lộc" }, FIXTURE_PROGRAMS).level).toBe("huyen");
    const district = { ...filled, level: "huyen" as const };
    expect(updateForm(district, { unitName: "Xã Xuân Giang" }, FIXTURE_PROGRAMS).level).toBe("xa");
    expect(updateForm(district, { unitName: "Hưng Chính" }, FIXTURE_PROGRAMS).level).toBe("huyen");
  });

  it("asks for the unit name in Vietnamese when it is empty or only spaces", () => {
    expect(viErrors({ ...filled, unitName: "   " })).toEqual({
      unitName: "Nhập tên đơn vị, ví dụ: xã Ba Dinh.",
    });
  });

  it.each(["2020", "2041", "20255", "năm nay", ""])("rejects the year %p with the allowed range", (year) => {
    expect(viErrors({ ...filled, year })).toEqual({ year: "Năm kế hoạch phải là số từ 2021 đến 2040." });
  });

  it.each(["2021", "2040", " 2026 "])("accepts the year %p", (year) => {
    expect(viErrors({ ...filled, year })).toEqual({});
  });

  it("rejects an impossible plan date but allows none", () => {
    expect(viErrors({ ...filled, planDate: "2025-02-30" })).toEqual({
      planDate: "Ngày không hợp lệ; chọn ngày trong lịch hoặc để trống.",
    });
    expect(viErrors({ ...filled, planDate: "" })).toEqual({});
  });

  it("needs at least one template and a known program", () => {
    const none = TEMPLATE_IDS.reduce((form, id) => toggleTemplate(form, id, false), filled);
    expect(viErrors({ ...none, programId: "khong-co" })).toEqual({
      templates: "Chọn ít nhất một biểu mẫu.",
      programId: "Chọn chương trình.",
    });
  });

  it("keeps ticked templates in the standard order whatever the click order", () => {
    const none = TEMPLATE_IDS.reduce((form, id) => toggleTemplate(form, id, false), filled);
    const picked = toggleTemplate(toggleTemplate(none, "bieu-03", true), "phu-luc-01", true);
    expect(picked.templates).toEqual(["phu-luc-01", "bieu-03"]);
  });

  it("hands the domain NFC text without stray spaces, a number year and a null date", () => {
    const check = checkForm(
      {
        ...filled,
        unitName: "  xã  Ba Dinh ".normalize("NFD"),
        province: "Quảng Ngãi".normalize("NFD"),
        year: "2025",
      },
      FIXTURE_PROGRAMS,
    );
    expect(check.ok && check.value).toMatchObject({
      unitName: "xã Ba Dinh",
      province: "Quảng Ngãi",
      year: 2025,
      planDate: null,
      program: GIAM_NGHEO,
    });
  });
});
