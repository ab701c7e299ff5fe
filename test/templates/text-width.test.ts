/**
 * The Times New Roman width model behind row heights: Vietnamese letters measured by their
 * base letter (wider only for ơ and ư), capitals and bold wider than plain text, NFC and
 * NFD alike, and line breaks that match what LibreOffice printed for our real labels.
 */
import { textWidthEm, wrappedLineCount } from "../../src/domain/templates/render/text-width";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { GIAM_NGHEO } from "./support/fixtures";

/** LibreOffice drew the columns at Excel's width in pixels; 5 px of each are margins. */
function lineEmFor(columnPixels: number, fontSize = 11): number {
  return ((columnPixels - 5) * 0.75) / fontSize;
}

describe("textWidthEm", () => {
  test("a tone mark does not widen a letter; the horn of ơ and ư does", () => {
    expect(textWidthEm("ếẹàỗ", "regular")).toBeCloseTo(textWidthEm("eeao", "regular"), 6);
    expect(textWidthEm("ợ", "regular")).toBeCloseTo(textWidthEm("ơ", "regular"), 6);
    expect(textWidthEm("ư", "regular")).toBeGreaterThan(textWidthEm("u", "regular"));
    expect(textWidthEm("Ự", "bold")).toBeGreaterThan(textWidthEm("U", "bold"));
  });

  test("text typed in NFD (letters plus combining marks) measures the same as NFC", () => {
    const text = "Tiểu dự án 2: Cải thiện dinh dưỡng";
    expect(textWidthEm(text.normalize("NFD"), "regular")).toBeCloseTo(textWidthEm(text, "regular"), 6);
  });

  test("capitals are much wider than lower case, and bold wider than regular", () => {
    const lower = "chương trình mục tiêu quốc gia";
    const upper = lower.toLocaleUpperCase("vi");
    expect(textWidthEm(upper, "regular") / textWidthEm(lower, "regular")).toBeGreaterThan(1.4);
    expect(textWidthEm(lower, "bold")).toBeGreaterThan(textWidthEm(lower, "regular"));
  });

  test("an unknown symbol counts as a full em rather than nothing", () => {
    expect(textWidthEm("★", "regular")).toBe(1);
  });
});

describe("wrappedLineCount", () => {
  test("words fill a line greedily; one more letter pushes the last word down", () => {
    const width = textWidthEm("Giám sát, đánh giá", "regular");
    expect(wrappedLineCount("Giám sát, đánh giá", width, "regular")).toBe(1);
    expect(wrappedLineCount("Giám sát, đánh giá", width - 0.01, "regular")).toBe(2);
  });

  test("a line break in the cell starts a new line, and a word wider than the line breaks inside", () => {
    expect(wrappedLineCount("Nơi nhận:\nLưu: VT", 20, "regular")).toBe(2);
    const word = "12/2022/TT-BLĐTBXH";
    expect(wrappedLineCount(word, textWidthEm(word, "regular") / 2.5, "regular")).toBe(3);
  });

  test("a column without width is a mistake, not an endless loop", () => {
    expect(() => wrappedLineCount("Dự án", 0, "regular")).toThrow(RangeError);
  });

  test("legal bases in the 322 px value column break into as many lines as LibreOffice printed", () => {
    const settings = defaultSettings(GIAM_NGHEO, {
      year: 2025,
      unitName: "xã Ba Dinh",
      province: "Quảng Ngãi",
    });
    const lines = settings.legalBases.map((text) => wrappedLineCount(text, lineEmFor(322), "regular"));
    expect(lines).toEqual([4, 3, 6, 3, 5, 4, 5]);
  });

  test.each([
    ["Phần đối ứng của ngân sách tỉnh (so với NSTW)", 280, "regular", 2],
    ["Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều", 322, "regular", 1],
    ["Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình", 322, "regular", 2],
    ["Dự án 6: Truyền thông và giảm nghèo về thông tin", 322, "bold", 1],
    ["Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", 322, "bold", 2],
    [
      "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
      322,
      "bold",
      3,
    ],
  ] as const)("%s in %i px (%s) takes %i line(s), as in LibreOffice", (text, pixels, face, expected) => {
    expect(wrappedLineCount(text, lineEmFor(pixels), face)).toBe(expected);
  });
});
