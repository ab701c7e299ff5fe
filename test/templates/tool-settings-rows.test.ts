/**
 * The two rows of "Thông tin chung" that set the tools rather than the plan: the tolerance
 * of sums (triệu đồng, empty for the automatic 0,001) and the task pane's language (a pick
 * list of "Tiếng Việt" and "English"). Both are yellow input cells the user may change on a
 * protected sheet, with Vietnamese labels, notes and error alerts.
 */
import type { PlannedCell, SheetPlan } from "../../src/domain/sheet-plan";
import { SETTING_KEYS, TTC_COLUMNS } from "../../src/domain/templates/column-keys";
import { cellByKeys, GIAM_NGHEO, isUnlocked, planAll, planOf, TWO_TIER_2025 } from "./support/fixtures";

const settings = TWO_TIER_2025.settings(GIAM_NGHEO);

function ttc(overrides = {}): SheetPlan {
  return planOf(planAll(GIAM_NGHEO, { ...settings, ...overrides }), "thong-tin-chung");
}

function validationOf(plan: SheetPlan, cell: PlannedCell) {
  const { row, col } = cell.address;
  return plan.validations.find(
    (v) =>
      v.range.start.row <= row &&
      row <= v.range.end.row &&
      v.range.start.col <= col &&
      col <= v.range.end.col,
  );
}

describe("Thông tin chung: tolerance and language rows", () => {
  const plan = ttc();
  const label = (key: string) => cellByKeys(plan, key, TTC_COLUMNS.label).value;
  const value = (key: string) => cellByKeys(plan, key, TTC_COLUMNS.value);

  test("are labelled in Vietnamese, the tolerance's note naming the automatic 0,001 triệu đồng", () => {
    expect(label(SETTING_KEYS.tolerance)).toBe("Sai số cho phép khi cộng tổng (triệu đồng)");
    expect(label(SETTING_KEYS.language)).toBe("Ngôn ngữ của ngăn tác vụ");
    expect(cellByKeys(plan, SETTING_KEYS.tolerance, TTC_COLUMNS.note).value).toContain(
      "để trống để dùng mức tự động 0,001 triệu đồng (1.000 đồng)",
    );
  });

  test("a new plan leaves the tolerance empty (automatic) and sets the pane to Tiếng Việt", () => {
    expect(value(SETTING_KEYS.tolerance).value).toBeNull();
    expect(value(SETTING_KEYS.language).value).toBe("Tiếng Việt");
  });

  test("a plan's own tolerance and English are written as typed", () => {
    const own = ttc({ tolerance: 0.5, language: "en" });
    expect(cellByKeys(own, SETTING_KEYS.tolerance, TTC_COLUMNS.value).value).toBe(0.5);
    expect(cellByKeys(own, SETTING_KEYS.language, TTC_COLUMNS.value).value).toBe("English");
  });

  test("both are unlocked inputs; the tolerance shows decimals such as 0,5 and 0,001", () => {
    expect(isUnlocked(plan, value(SETTING_KEYS.tolerance))).toBe(true);
    expect(isUnlocked(plan, value(SETTING_KEYS.language))).toBe(true);
    expect(plan.styles[value(SETTING_KEYS.tolerance).style ?? ""]?.numberFormat).toBe("#,##0.0####");
  });

  test("the tolerance accepts numbers from 0 up, the language only its two labels", () => {
    const tolerance = validationOf(plan, value(SETTING_KEYS.tolerance));
    expect(tolerance?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(tolerance?.errorMessage).toBe(
      "Nhập một số không âm, đơn vị tính triệu đồng, ví dụ 0,5; để trống để dùng mức tự động.",
    );
    const language = validationOf(plan, value(SETTING_KEYS.language));
    expect(language?.rule).toEqual({ kind: "list", items: ["Tiếng Việt", "English"] });
    expect(language?.errorMessage).toBe("Chọn “Tiếng Việt” hoặc “English” trong danh sách.");
  });
});
