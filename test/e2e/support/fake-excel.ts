/**
 * What an Excel-mode test reads from, or does to, the in-memory Excel inside the page
 * (test/e2e/fake-excel-entry.ts): its sheets, where its selection is, how many changes it has
 * logged, and a user typing a number into a cell. Each call runs in the page (page.evaluate).
 */
import type { Page } from "playwright-core";
import type { FakeExcel } from "../../../src/adapters/memory/excel-fake";

const NO_FAKE = "the page has no injected Excel fake (addInitScript with fake-excel.js)";

function injected<T>(value: T | undefined): T {
  if (value === undefined) throw new Error(NO_FAKE);
  return value;
}

export async function fakeSheetNames(page: Page): Promise<string[]> {
  return injected(await page.evaluate(() => globalThis.__KHGN_FAKE_EXCEL_INSPECT__?.sheetNames()));
}

export async function fakeSelection(page: Page): Promise<ReturnType<FakeExcel["selection"]>> {
  return injected(await page.evaluate(() => globalThis.__KHGN_FAKE_EXCEL_INSPECT__?.selection()));
}

/** How many changes the fake has applied so far (reading never adds one). */
export async function fakeWriteCount(page: Page): Promise<number> {
  return injected(await page.evaluate(() => globalThis.__KHGN_FAKE_EXCEL_INSPECT__?.writeLog.length));
}

/**
 * Types `value` into a cell, as a user does over a total formula: the template's sheets are
 * protected (without a password) against exactly that, so the user unprotects first.
 */
export async function typeInto(page: Page, sheet: string, cell: string, value: number): Promise<void> {
  const typed = await page.evaluate(
    async ({ sheet, cell, value }) => {
      return globalThis.__KHGN_FAKE_EXCEL_INSPECT__?.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.protection.unprotect();
        worksheet.getRange(cell).values = [[value]];
        await context.sync();
        return true;
      });
    },
    { sheet, cell, value },
  );
  injected(typed);
}
