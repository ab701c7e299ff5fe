/**
 * The plan's settings when the workbook has no "Thông tin chung": issuer, level and year
 * from the titles, number and date from the "Kèm theo Kế hoạch số …" line, the district
 * level as the plan's kind; what no title says takes a neutral value and a line telling
 * the officer what to fill in. Odd cells never stop the plan; only a workbook with nothing
 * of a plan in it gives no narrative.
 */
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import {
  buildNarrative,
  narrativeInputFromWorkbook,
  NarrativeInputError,
  renderText,
} from "../../src/domain/narrative";
import type { WorkbookGrid } from "../../src/domain/workbook";
import { workbookPath } from "../fixtures/build/answer-key";
import { FIXTURE_DIR } from "../fixtures/build/index";
import { savedAndRead } from "../own-sheets/support/plan-workbook";
import { PROGRAMS } from "../templates/support/fixtures";
import { addFundsSheet, seed004Funds } from "./support/foreign-workbooks";
import { PROGRAM } from "./support/plans";

async function fixture(name: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(await readWorkbookFile(workbookPath(FIXTURE_DIR, name)), name);
}

function headerOf(text: string): string[] {
  return text.split("\n").slice(0, 6);
}

test("a district's table: the header names the district, the plan's number and its date", async () => {
  const input = narrativeInputFromWorkbook(await fixture("01-huyen-2023-tieu-de-hai-dong"), PROGRAMS);
  const text = renderText(buildNarrative(input));
  const lines = text.split("\n");
  const header = lines.slice(lines.indexOf("ỦY BAN NHÂN DÂN"), lines.indexOf("ỦY BAN NHÂN DÂN") + 6);
  expect(header).toEqual([
    "ỦY BAN NHÂN DÂN",
    "HUYỆN HẬU LỘC",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 152/KH-UBND",
    "Hậu Lộc, ngày 20 tháng 6 năm 2023",
  ]);
  expect(text).toContain("- Thường trực Huyện ủy, HĐND huyện (báo cáo);");
  expect(input.errors.join("\n")).not.toContain("Chưa rõ");
});

test("a commune's table typed without diacritics still names the commune and the plan", async () => {
  const text = renderText(
    buildNarrative(narrativeInputFromWorkbook(await fixture("05-xa-2024-khong-dau"), PROGRAMS)),
  );
  expect(text).toContain(
    "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024\ntrên địa bàn xã Thieu Duy",
  );
  expect(text).toContain("Số: 25/KH-UBND");
  expect(text).toContain("Thieu Duy, ngày 10 tháng 3 năm 2024");
});

test("a plan not yet numbered or dated keeps the blanks, as seed 004 does", async () => {
  const text = renderText(
    buildNarrative(narrativeInputFromWorkbook(await fixture("12-sach-xa-2025-seed-004"), PROGRAMS)),
  );
  expect(headerOf(text)).toEqual([
    "ỦY BAN NHÂN DÂN",
    "XÃ BA DINH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số:      /KH-UBND",
    "Ba Dinh, ngày      tháng      năm 2025",
  ]);
});

describe("a funds table whose titles name neither the year nor the unit", () => {
  let errors: readonly string[];
  let text: string;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    addFundsSheet(workbook, { ...seed004Funds(PROGRAM), titles: ["PHU LUC 01"] });
    const input = narrativeInputFromWorkbook(await savedAndRead(workbook), PROGRAMS);
    errors = input.errors;
    text = renderText(buildNarrative(input));
  });

  test("the plan is still written, with its funds", () => {
    expect(text).toContain("1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng");
  });

  test("plain lines say which settings are missing, what the plan used and what to fill in", () => {
    expect(errors).toEqual(
      expect.arrayContaining([
        "Chưa rõ năm kế hoạch: tiêu đề các bảng không ghi “… năm 20…”, nên kế hoạch tạm ghi năm 2025. Hãy chèn trang Thông tin chung và điền năm kế hoạch.",
        expect.stringMatching(/^Chưa rõ tên đơn vị: .*Hãy chèn trang Thông tin chung và điền tên đơn vị/),
      ]),
    );
  });
});

test("odd cells (an error, a word, TRUE) are left out and listed; the plan is still written", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = addFundsSheet(workbook, seed004Funds(PROGRAM));
  sheet.getCell("C8").value = "chưa có";
  sheet.getCell("D9").value = true;
  sheet.getCell("E10").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  const input = narrativeInputFromWorkbook(await savedAndRead(workbook), PROGRAMS, { validation: null });
  expect(input.errors).toEqual(
    expect.arrayContaining([
      "PL01: ô C8 chứa “chưa có”, không phải một số.",
      "PL01: ô D9 chứa “true”, không phải một số.",
      "PL01: ô E10 báo lỗi #DIV/0!.",
    ]),
  );
  expect(input.funds?.rows.find((row) => row.code === "DA2")?.amounts.tong).toBeUndefined();
  expect(() => buildNarrative(input)).not.toThrow();
});

test("a workbook with no table of the plan and no settings gives no narrative, and says why", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Danh sách").getCell("A1").value = "Danh sách hộ nghèo thôn 3";
  const grid = await savedAndRead(workbook);
  const thrown = ((): unknown => {
    try {
      return narrativeInputFromWorkbook(grid, PROGRAMS);
    } catch (error) {
      return error;
    }
  })();
  expect(thrown).toBeInstanceOf(NarrativeInputError);
  expect(thrown).toMatchObject({
    problem: "no-plan-tables",
    message: expect.stringMatching(/^Không tìm thấy bảng nào của kế hoạch/) as unknown,
  });
});
