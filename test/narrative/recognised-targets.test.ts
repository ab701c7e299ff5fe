/**
 * Targets and leads from the offices' own Biểu 02, Biểu 03 and Phân công: a workbook with
 * only Biểu 02 still gives a plan with its household targets and a plain line saying the
 * funds table is missing; rates typed as 0,82 formatted %, as 75 or as the text "82,5%"
 * all print as percentages; a "Phân công" table names the office of each project.
 */
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import {
  buildNarrative,
  narrativeInputFromWorkbook,
  renderText,
  type NarrativeInput,
} from "../../src/domain/narrative";
import type { WorkbookGrid } from "../../src/domain/workbook";
import { workbookPath } from "../fixtures/build/answer-key";
import { FIXTURE_DIR } from "../fixtures/build/index";
import { PROGRAMS } from "../templates/support/fixtures";
import { fundingLineUnder } from "./support/plans";

async function fixture(name: string, sheets?: readonly string[]): Promise<WorkbookGrid> {
  const grid = readWorkbookGrid(await readWorkbookFile(workbookPath(FIXTURE_DIR, name)), name);
  const kept = sheets ? grid.sheets.filter((s) => sheets.includes(s.name.normalize("NFC"))) : grid.sheets;
  return { ...grid, sheets: kept };
}

const textOf = (input: NarrativeInput): string => renderText(buildNarrative(input));

describe("a workbook with only the office's Biểu 02 (households across, as the annual review lays it out)", () => {
  let input: NarrativeInput;
  let text: string;

  beforeAll(async () => {
    input = narrativeInputFromWorkbook(await fixture("09-xa-2024-chi-tieu", ["Biểu 02"]), PROGRAMS);
    text = textOf(input);
  });

  test("II states the household targets with the sheet's figures", () => {
    expect(text).toContain(
      "Phấn đấu giảm tỷ lệ hộ cận nghèo toàn xã từ 0,82% xuống còn 0,68% theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025; số hộ cận nghèo từ 18 hộ xuống còn 15 hộ; trong năm có 6 hộ thoát cận nghèo.",
    );
    expect(text).toContain("(Cụ thể theo Biểu số 02 đính kèm).");
  });

  test("the plan opens with a plain line saying the funds table is missing and what to add", () => {
    expect(input.funds).toBeNull();
    expect(input.errors).toContain(
      "Không tìm thấy bảng kinh phí (Phụ lục 01) trong bảng tính: phần kinh phí của kế hoạch chưa có số liệu. Hãy thêm bảng kinh phí theo từng Dự án, Tiểu dự án (hoặc chèn trang Phụ lục 01) và điền kinh phí.",
    );
    expect(text).toMatch(/^CẢNH BÁO: /);
    expect(text).not.toContain("Tổng kinh phí dự kiến");
  });

  test("the unit, year, number and date come from the sheet's titles", () => {
    expect(input.settings).toMatchObject({
      year: 2024,
      unitName: "xã Hưng Chính",
      planNumber: "20/KH-UBND",
      planDate: "2024-03-15",
    });
  });
});

test.each([
  ["09-xa-2024-chi-tieu", "+ 75% hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp vệ sinh."],
  [
    "10-xa-2025-nhieu-sheet-nfd",
    "- Về y tế: 100% người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế.",
  ],
  [
    "16-xa-2024-chi-tieu-go-chu",
    "+ 82,5% hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận sử dụng các dịch vụ viễn thông, internet.",
  ],
])("%s: Biểu 03's rates print as percentages, whichever way they are typed", async (name, line) => {
  const text = textOf(narrativeInputFromWorkbook(await fixture(name), PROGRAMS));
  expect(text.split("\n")).toContain(line);
});

test("Biểu 02 rates typed as the text “0,82%” read as 0,82%", async () => {
  const text = textOf(narrativeInputFromWorkbook(await fixture("16-xa-2024-chi-tieu-go-chu"), PROGRAMS));
  expect(text).toContain("Phấn đấu giảm tỷ lệ hộ nghèo toàn xã từ 0,82% xuống còn 0,53%");
});

test("a Phân công table names the lead and partners of each project", async () => {
  const input = narrativeInputFromWorkbook(await fixture("10-xa-2025-nhieu-sheet-nfd"), PROGRAMS);
  const lines = textOf(input).split("\n");
  const heading = lines.findIndex((line) => line.endsWith("Tiểu dự án 2: Cải thiện dinh dưỡng"));
  const section = lines.slice(heading, heading + 20);
  const assigned = section.indexOf("e) Phân công thực hiện:");
  expect(assigned).toBeGreaterThan(0);
  expect(section[assigned + 1]).toMatch(/^- Phòng Văn hóa - Xã hội: Chủ trì/);
  expect(section[assigned + 2]).toMatch(/^- UBMTTQ Việt Nam xã và các tổ chức chính trị - xã hội: Phối hợp/);
});

test("without a Phân công table, the funds table's “Đơn vị chủ trì” column names the leads", async () => {
  const input = narrativeInputFromWorkbook(await fixture("14-xa-2023-cot-dao-thu-tu"), PROGRAMS);
  expect(input.assignments).toContainEqual({ code: "DA3.2", lead: "Trạm Y tế xã", partners: "" });
  expect(fundingLineUnder(textOf(input), "Tiểu dự án 2: Cải thiện dinh dưỡng")).toBeDefined();
});
