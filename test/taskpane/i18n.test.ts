/**
 * The pane's message catalogues: English must cover every Vietnamese key (a missing one
 * would show a raw id), and the Vietnamese text must be real Vietnamese with diacritics.
 */
import { catalogues, type MessageId } from "../../src/taskpane/i18n/messages";
import { translate } from "../../src/taskpane/i18n/translate";

const viKeys = Object.keys(catalogues.vi).sort();
const enKeys = Object.keys(catalogues.en).sort();

/** Letters that only Vietnamese with diacritics has (ASCII-only text has none of them). */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Messages that are the same in every language (numbers and names only). */
const LANGUAGE_NEUTRAL: readonly MessageId[] = ["programOption"];

describe("task pane messages", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(enKeys).toEqual(viKeys);
  });

  it("has no empty message in either language", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const [key, text] of Object.entries(catalogues[lang]))
        expect([key, text.trim()]).not.toEqual([key, ""]);
    }
  });

  it("writes every Vietnamese message with diacritics, in NFC", () => {
    const plain = viKeys.filter(
      (key) =>
        !LANGUAGE_NEUTRAL.includes(key as MessageId) &&
        !VIETNAMESE_LETTER.test(catalogues.vi[key as MessageId]),
    );
    expect(plain).toEqual([]);
    for (const text of Object.values(catalogues.vi)) expect(text).toBe(text.normalize("NFC"));
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of viKeys as MessageId[]) {
      expect([key, placeholders(catalogues.en[key])]).toEqual([key, placeholders(catalogues.vi[key])]);
    }
  });

  it("names the button and the five templates exactly as the plans do", () => {
    expect(translate("vi", "insertButton")).toBe("Chèn biểu mẫu");
    expect(translate("vi", "pageBieuMau")).toBe("Biểu mẫu");
    expect(
      (["thong-tin-chung", "phu-luc-01", "bieu-02", "bieu-03", "phan-cong"] as const).map((id) =>
        translate("vi", `template.${id}`),
      ),
    ).toEqual(["Thông tin chung", "Phụ lục 01", "Biểu 02", "Biểu 03", "Phân công"]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("vi", "insertedTitle", { count: 5 })).toBe("Đã chèn 5 trang:");
    expect(translate("en", "insertedTitle")).toBe("Inserted {count} sheets:");
  });
});
