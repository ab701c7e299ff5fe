/**
 * Users write their own a), b), c) for a project in a sheet of their own (header "Mục
 * tiêu | Đối tượng | Nội dung hỗ trợ", one row per project named as they like); a filled
 * cell replaces our standing text for that part only, the rest stays ours.
 */
import { buildNarrative, narrativeInputFromOwnSheets, renderText } from "../../src/domain/narrative";
import { PROGRAMS } from "../templates/support/fixtures";
import { computedGrid, planBook, seed004Entries, SEED_004_SETTINGS } from "./support/plans";

let text: string;

beforeAll(async () => {
  const book = planBook(SEED_004_SETTINGS, seed004Entries());
  const own = book.workbook.addWorksheet("Nội dung dự án");
  own.addRows([
    ["NỘI DUNG CÁC DỰ ÁN NĂM 2025"],
    [],
    ["TT", "Dự án, tiểu dự án", "Mục tiêu", "Đối tượng", "Nội dung hỗ trợ"],
    [
      1,
      "Dự án 2",
      "Hỗ trợ 12 hộ nghèo thôn An Phú phát triển mô hình nuôi bò sinh sản",
      "- Hộ nghèo thôn An Phú\n- Hộ cận nghèo thôn An Phú",
      "",
    ],
    [2, "Dự án 3", "", "", ""],
    ["2.1", "TDA1", "", "", "Hỗ trợ giống lúa chịu hạn cho 40 hộ nghèo."],
  ]);
  const grid = await computedGrid(book.workbook);
  text = renderText(buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS)));
});

test("the user's objective and beneficiaries replace ours for Dự án 2; its support stays ours", () => {
  expect(text).toContain(
    "a) Mục tiêu: Hỗ trợ 12 hộ nghèo thôn An Phú phát triển mô hình nuôi bò sinh sản.\n",
  );
  expect(text).toContain(
    "b) Đối tượng:\n- Hộ nghèo thôn An Phú.\n- Hộ cận nghèo thôn An Phú.\nc) Nội dung hỗ trợ:\n- Xây dựng, phát triển, nhân rộng",
  );
});

test("a bare 'TDA1' under 'Dự án 3' is Tiểu dự án 1 of Dự án 3", () => {
  expect(text).toContain("c) Nội dung hỗ trợ: Hỗ trợ giống lúa chịu hạn cho 40 hộ nghèo.\n");
  expect(text).toContain("a) Mục tiêu: Hỗ trợ nâng cao năng lực sản xuất nông, lâm, ngư, diêm nghiệp;");
});
