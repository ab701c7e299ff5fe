/**
 * The production pane in Chromium outside Excel (browser mode), as an officer without the
 * add-in uses it: open the example plan with a total typed over as a number, check it, see the
 * finding with its cell, apply its fix (undo it after visiting another page, apply it again),
 * check again clean, download the workbook with the formula back, and write the narrative as a
 * Word file. Nothing is fetched from anywhere but
 * the pane's own server: office.js is the build's own copy, ExcelJS and docx come as the
 * build's chunks when first needed. Every page is saved as a picture at 320 and 450 px
 * (test-artifacts/e2e/browser-*.png), with the Word file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Download, Locator, Page } from "playwright-core";
import { e2eBuild } from "./support/build";
import { describeWithChromium, launchChromium } from "./support/chromium";
import {
  leavingTheMachine,
  openSession,
  outlastOfficeJsTimers,
  type PaneSession,
} from "./support/pane-session";
import { exampleWithConstantTotal, formulaOf, PLANTED } from "./support/planted-workbook";
import { ARTIFACTS, screenshot, screenshotEveryPage } from "./support/screenshots";
import { startStaticServer, type StaticServer } from "./support/static-server";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FILE_NAME = "ke-hoach-2025-xa-ba-dinh.xlsx";
/** The control that saves the opened workbook, with the pane's changes, back to the computer. */
const DOWNLOAD_WORKBOOK = "Tải sổ làm việc";
const TEST_TIMEOUT_MS = 120_000;

/** The main text part of a .docx, which is a zip package. */
async function documentXml(docx: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(fs.readFileSync(docx));
  return zip.file("word/document.xml")?.async("string");
}

async function downloadFrom(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return download;
}

describeWithChromium("the pane in a plain browser, on a workbook opened from the computer", () => {
  let server: StaticServer;
  let browser: Browser;
  let session: PaneSession;

  // One visit for the whole suite: each test carries on where the one before left the pane.
  beforeAll(async () => {
    server = await startStaticServer(e2eBuild().dist);
    browser = await launchChromium();
    session = await openSession(browser, server);
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
  });

  it(
    "finds a total typed over as a number, fixes it, and then finds nothing",
    async () => {
      const { page } = session;
      await page.goto(`${server.origin}/taskpane.html?page=kiem-tra`);
      await page
        .getByLabel("Mở tệp Excel")
        .setInputFiles({ name: FILE_NAME, mimeType: XLSX_TYPE, buffer: await exampleWithConstantTotal() });
      const checkButton = page.getByRole("button", { name: "Kiểm tra", exact: true });
      await checkButton.click();
      const finding = page.locator(`[data-sheet="${PLANTED.sheet}"][data-cell="${PLANTED.cell}"]`);
      await finding.waitFor();
      expect(await screenshot(page, "browser-kiem-tra-findings")).toEqual([]);

      const fix = () =>
        page.getByRole("listitem").filter({ has: finding }).getByRole("button", { name: "Sửa", exact: true });
      await fix().click();
      await finding.waitFor({ state: "detached" });

      // The fix can be undone after visiting another page: the batch lives until the pane closes.
      await page.getByRole("tab", { name: "Thuyết minh" }).click();
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      await page.getByRole("button", { name: "Hoàn tác", exact: true }).click();
      await finding.waitFor();
      await fix().click();
      await finding.waitFor({ state: "detached" });

      await checkButton.click();
      await page.getByText("Không phát hiện lỗi nào trong sổ làm việc.").waitFor();
      expect(await page.locator("[data-sheet][data-cell]").count()).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "downloads the workbook with the fixed total holding its formula again",
    async () => {
      const download = await downloadFrom(
        session.page,
        session.page.getByRole("button", { name: DOWNLOAD_WORKBOOK }),
      );
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const total = workbook.getWorksheet(PLANTED.sheet)?.getCell(PLANTED.cell);
      expect(total && formulaOf(total)?.replace(/^=/, "")).toBe(PLANTED.formula);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "writes the plan's narrative and downloads it as a Word file",
    async () => {
      const { page } = session;
      await page.getByRole("tab", { name: "Thuyết minh" }).click();
      await page.getByRole("button", { name: "Tạo thuyết minh" }).click();
      const download = await downloadFrom(page, page.getByRole("button", { name: "Tải tệp Word (.docx)" }));
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const saved = path.join(ARTIFACTS, "browser-thuyet-minh.docx");
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await download.saveAs(saved);
      expect(await documentXml(saved)).toContain("KẾ HOẠCH");
      expect(await screenshot(page, "browser-thuyet-minh-preview")).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "shows every page within a 320 px pane",
    async () => {
      expect(await screenshotEveryPage(session.page, "browser")).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it("loads its own files and office.js from its server only, without a script error", async () => {
    await outlastOfficeJsTimers(session.page);
    expect(server.requested).toEqual(expect.arrayContaining(["/taskpane.html", "/office-js/office.js"]));
    // ExcelJS and docx came on demand, as chunks of the build, not from a CDN.
    expect(server.requested.filter((file) => /^\/(exceljs|docx)\.[0-9a-f]+\.js$/.test(file)).sort()).toEqual([
      expect.stringMatching(/^\/docx\./),
      expect.stringMatching(/^\/exceljs\./),
    ]);
    expect(leavingTheMachine(session.requests, server.origin)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
