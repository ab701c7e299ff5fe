/**
 * The production pane in Chromium as a user in Excel uses it, with the in-memory Excel
 * injected before the page loads: insert the five templates, type a number over a total
 * formula, check the workbook, click the finding and see Excel select its cell. Checking never
 * writes to the workbook, nothing is fetched from anywhere but the pane's own server, and every
 * page, and the findings, are saved as pictures at 320 and 450 px (test-artifacts/e2e/excel-*.png).
 */
import type { Browser } from "playwright-core";
import { e2eBuild, type E2eBuild } from "./support/build";
import { describeWithChromium, launchChromium } from "./support/chromium";
import { fakeSelection, fakeSheetNames, fakeWriteCount, typeInto } from "./support/fake-excel";
import {
  leavingTheMachine,
  openSession,
  outlastOfficeJsTimers,
  type PaneSession,
} from "./support/pane-session";
import { screenshot, screenshotEveryPage } from "./support/screenshots";
import { startStaticServer, type StaticServer } from "./support/static-server";

const TEMPLATE_SHEETS = ["Thông tin chung", "Phụ lục 01", "Biểu 02", "Biểu 03", "Phân công"];
const TEST_TIMEOUT_MS = 120_000;

describeWithChromium("the pane inside Excel (in-memory Excel injected)", () => {
  let build: E2eBuild;
  let server: StaticServer;
  let browser: Browser;
  let session: PaneSession;

  // One visit for the whole suite: the later tests look at the pane the first one left behind.
  beforeAll(async () => {
    build = e2eBuild();
    server = await startStaticServer(build.dist);
    browser = await launchChromium();
    session = await openSession(browser, server, { initScript: build.fakeExcel });
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
  });

  it(
    "inserts the templates, finds a number typed over a total and selects its cell in Excel",
    async () => {
      const { page } = session;
      await page.goto(`${server.origin}/taskpane.html?page=bieu-mau`);
      await page.getByLabel("Tên đơn vị").fill("xã Ba Dinh");
      await page.getByRole("button", { name: "Chèn biểu mẫu" }).click();
      await page.getByText("Đã chèn 5 trang:").waitFor();
      expect(await fakeSheetNames(page)).toEqual(expect.arrayContaining(TEMPLATE_SHEETS));

      await typeInto(page, "Phụ lục 01", "D8", 100);
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      const writesBeforeCheck = await fakeWriteCount(page);
      await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      const planted = page.locator('[data-sheet="Phụ lục 01"][data-cell="D8"]');
      await planted.first().waitFor();
      expect(await fakeWriteCount(page)).toBe(writesBeforeCheck);

      const finding = planted.first();
      const target = {
        sheet: await finding.getAttribute("data-sheet"),
        address: await finding.getAttribute("data-cell"),
      };
      await finding.click();
      await page.waitForFunction(
        (cell) => globalThis.__KHGN_FAKE_EXCEL_INSPECT__?.selection()?.address === cell,
        target.address,
      );
      expect(await fakeSelection(page)).toEqual(target);
      expect(await screenshot(page, "excel-kiem-tra-findings")).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "shows every page within a 320 px pane",
    async () => {
      expect(await screenshotEveryPage(session.page, "excel")).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it("loads its own files and office.js from its server only, without a script error", async () => {
    await outlastOfficeJsTimers(session.page);
    expect(server.requested).toEqual(expect.arrayContaining(["/taskpane.html", "/office-js/office.js"]));
    expect(leavingTheMachine(session.requests, server.origin)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
