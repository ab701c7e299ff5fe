/**
 * The "Thuyết minh" sheet printed by a real spreadsheet program: LibreOffice turns a workbook
 * written by ExcelJS into a PDF, whose pages must be A4, open with the decree's header and
 * "KẾ HOẠCH", carry seed 004's total and the total in words, end with the closing, and leave
 * out anything typed beside the print area. Page 1 of each is rendered to
 * test-artifacts/narrative/ (git-ignored), beside the .docx renderer's, for a person to
 * look at.
 */
import { mkdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { insertSheetsIntoWorkbook } from "../../src/adapters/xlsx/insert-templates";
import type { NarrativeDocument } from "../../src/domain/narrative/document";
import { planNarrativeSheet } from "../../src/domain/narrative/render/sheet";
import { examplePlan, samplePlan, SAMPLE_WARNING } from "../support/docx-sample-plan";
import {
  allText,
  convertToPdf,
  describeWithSoffice,
  firstLine,
  firstPagePng,
  pageText,
  pdfInfo,
} from "../support/soffice-pdf";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "narrative");
const NAMES = ["thuyet-minh-2025-xa-ba-dinh", "thuyet-minh-mau-co-loi"] as const;
/** Typed beside the plan, outside the print area: it must not print. */
const BESIDE = "GHI CHÚ NGOÀI VÙNG IN";

const pdfOf = (name: string) => join(ARTIFACTS, `${name}.pdf`);
const oneLine = (text: string) => text.replace(/\s+/g, " ");

async function writeSheetWorkbook(name: string, doc: NarrativeDocument): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const [plan] = insertSheetsIntoWorkbook(workbook, (existing) => [planNarrativeSheet(doc, existing)]);
  const sheet = workbook.getWorksheet(plan?.sheetName ?? "");
  if (!sheet) throw new Error("the narrative sheet was not written");
  sheet.getCell("E1").value = BESIDE;
  const path = join(ARTIFACTS, `${name}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

describeWithSoffice("the Thuyết minh sheet printed by LibreOffice", () => {
  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await Promise.all(NAMES.map((name) => rm(pdfOf(name), { force: true })));
    const paths = [
      await writeSheetWorkbook(NAMES[0], await examplePlan()),
      await writeSheetWorkbook(NAMES[1], samplePlan({ warning: true })),
    ];
    await convertToPdf(paths, ARTIFACTS);
  });

  test("prints on A4 pages", async () => {
    for (const name of NAMES) {
      const info = await pdfInfo(pdfOf(name));
      expect(info.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(info.pages).toBeGreaterThanOrEqual(2);
    }
  });

  test("page 1 opens with the decree's header and holds KẾ HOẠCH and its subject", async () => {
    const page1 = await pageText(pdfOf(NAMES[0]), 1);
    expect(firstLine(page1)).toMatch(/^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(page1).toMatch(/XÃ BA DINH\s+Độc lập - Tự do - Hạnh phúc/);
    expect(page1).toMatch(/^\s*KẾ HOẠCH\s*$/m);
    expect(oneLine(page1)).toContain("Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025");
  });

  test("the printed plan states seed 004's total and the total in words", async () => {
    const text = oneLine(await allText(pdfOf(NAMES[0])));
    expect(text).toContain(
      "năm 2025 là: 1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng",
    );
    expect(text).toContain("Một tỷ không trăm linh một triệu đồng");
  });

  test("the last page holds Nơi nhận beside the signing authority", async () => {
    const { pages } = await pdfInfo(pdfOf(NAMES[0]));
    const last = await pageText(pdfOf(NAMES[0]), pages);
    expect(last).toMatch(/Nơi nhận:\s+TM\. ỦY BAN NHÂN DÂN/);
    expect(last).toContain("- Lưu: VT, KT.");
  });

  test("nothing outside the print area is printed", async () => {
    for (const name of NAMES) expect(await allText(pdfOf(name))).not.toContain(BESIDE);
  });

  test("a plan with errors prints the warning first", async () => {
    const page1 = await pageText(pdfOf(NAMES[1]), 1);
    expect(firstLine(page1)).toBe(SAMPLE_WARNING.heading);
  });

  test("page 1 is rendered to a PNG for a person to look at", async () => {
    for (const name of NAMES) {
      const png = join(ARTIFACTS, `${name}-trang-1`);
      await firstPagePng(pdfOf(name), png);
      expect((await stat(`${png}.png`)).size).toBeGreaterThan(10_000);
    }
  });
});
