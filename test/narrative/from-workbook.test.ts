/**
 * One entry point for every workbook: ours is read by key exactly as before, an office's
 * own layout through recognition, and a mixed one (our "Thông tin chung" with the office's
 * own Phụ lục 01) gets the office's funds with our settings. Validation the caller already
 * ran is reused, recognition included; without it, unreadable cells are still listed.
 */
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { recognise } from "../../src/domain/detect";
import { computeValues, type ComputedGrid } from "../../src/domain/grid-values";
import {
  buildNarrative,
  narrativeInputFromOwnSheets,
  narrativeInputFromRecognition,
  narrativeInputFromWorkbook,
  renderText,
  type NarrativeInput,
} from "../../src/domain/narrative";
import type { PlanSettings } from "../../src/domain/settings";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { validateWorkbook } from "../../src/domain/validation/engine";
import { workbookPath } from "../fixtures/build/answer-key";
import { FIXTURE_DIR } from "../fixtures/build/index";
import { newPlanWorkbook, savedAndRead } from "../own-sheets/support/plan-workbook";
import { PROGRAMS } from "../templates/support/fixtures";
import { addFundsSheet, seed003Funds, seed004Funds } from "./support/foreign-workbooks";
import { computedGrid, planBook, PROGRAM, seed004Entries, SEED_004_SETTINGS } from "./support/plans";

const textOf = (input: NarrativeInput): string => renderText(buildNarrative(input));

async function fixture(name: string): Promise<ComputedGrid> {
  return computeValues(readWorkbookGrid(await readWorkbookFile(workbookPath(FIXTURE_DIR, name)), name));
}

const MIXED_SETTINGS: PlanSettings = {
  ...defaultSettings(PROGRAM, {
    year: 2025,
    level: "xa",
    unitName: "xã Ba Dinh",
    province: "Quảng Ngãi",
    planNumber: "15/KH-UBND",
    planDate: "2025-08-20",
  }),
  signer: { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "Đinh Văn Hùng" },
};

test("a workbook made with our templates gives exactly what our own sheets give", async () => {
  const grid = await computedGrid(planBook(SEED_004_SETTINGS, seed004Entries()).workbook);
  expect(textOf(narrativeInputFromWorkbook(grid, PROGRAMS))).toBe(
    textOf(narrativeInputFromOwnSheets(grid, PROGRAMS)),
  );
});

test("an office's own workbook goes through recognition", async () => {
  const grid = await fixture("12-sach-xa-2025-seed-004");
  const recognised = narrativeInputFromRecognition(grid, recognise(grid, PROGRAMS), PROGRAMS);
  expect(textOf(narrativeInputFromWorkbook(grid, PROGRAMS))).toBe(textOf(recognised));
});

describe("our Thông tin chung with the office's own Phụ lục 01", () => {
  let input: NarrativeInput;
  let text: string;

  beforeAll(async () => {
    const book = newPlanWorkbook(PROGRAM, MIXED_SETTINGS, ["thong-tin-chung"]);
    addFundsSheet(book.workbook, seed004Funds(PROGRAM));
    input = narrativeInputFromWorkbook(await savedAndRead(book.workbook), PROGRAMS);
    text = textOf(input);
  });

  test("the settings are ours: number, date and signer the titles do not give", () => {
    expect(text).toContain("Số: 15/KH-UBND");
    expect(text).toContain("Ba Dinh, ngày 20 tháng 8 năm 2025");
    expect(text).toContain("Đinh Văn Hùng");
  });

  test("the funds are the office's table's, converted from đồng", () => {
    expect(text).toContain(
      "năm 2025 là: 1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng (vốn sự nghiệp)",
    );
    expect(input.funds?.total?.tong?.sources).toEqual([{ sheet: "PL01", address: { row: 7, col: 3 } }]);
  });
});

test("our own Phụ lục 01 wins over another funds table in the same workbook", async () => {
  const book = planBook(SEED_004_SETTINGS, seed004Entries());
  addFundsSheet(book.workbook, seed003Funds(PROGRAM));
  const lines = textOf(narrativeInputFromWorkbook(await computedGrid(book.workbook), PROGRAMS)).split("\n");
  const iv = lines[lines.indexOf("IV. KINH PHÍ THỰC HIỆN") + 1];
  expect(iv).toContain("năm 2025 là: 1.001 triệu đồng");
  expect(lines.filter((line) => line.includes("8.345 triệu đồng") && !line.startsWith("- "))).toEqual([]);
});

test("our settings and Biểu 02 without any funds table: our sheets, and the line about our missing Phụ lục 01", async () => {
  const book = newPlanWorkbook(PROGRAM, SEED_004_SETTINGS, ["thong-tin-chung", "bieu-02"]);
  const input = narrativeInputFromWorkbook(await computedGrid(book.workbook), PROGRAMS);
  expect(input.funds).toBeNull();
  expect(input.errors.join("\n")).toContain("Không tìm thấy trang Phụ lục 01 (kinh phí) của kế hoạch");
});

test("validation the caller ran is reused, with its recognition", async () => {
  const grid = await fixture("12-sach-xa-2025-seed-004");
  const validation = validateWorkbook(grid, { programs: PROGRAMS });
  const withoutBieu03 = {
    ...validation,
    recognition: {
      ...validation.recognition,
      tables: validation.recognition.tables.filter((t) => t.kind !== "bieu-03"),
    },
  };
  const input = narrativeInputFromWorkbook(grid, PROGRAMS, { validation: withoutBieu03 });
  expect(input.indicators).toEqual([]);
  expect(input.households?.poor.end?.value).toBe(528);
});

test("without validation, the cells that cannot be read are still listed above the plan", async () => {
  const grid = await fixture("01-huyen-2023-tieu-de-hai-dong");
  const input = narrativeInputFromWorkbook(grid, PROGRAMS, { validation: null });
  expect(input.errors).toContain("PL01 Kinh phí: ô K9 báo lỗi #REF!.");
  expect(input.errors.join("\n")).not.toContain("SUM(");
});

test("a workbook whose sheets were renamed by hand still reads: nothing depends on sheet names", async () => {
  const workbook = new ExcelJS.Workbook();
  addFundsSheet(workbook, { ...seed004Funds(PROGRAM), sheet: "Sheet3" });
  const input = narrativeInputFromWorkbook(await savedAndRead(workbook), PROGRAMS);
  expect(input.funds?.total?.tong?.value).toBe(1001);
});
