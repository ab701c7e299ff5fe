/**
 * The in-memory Excel the Excel-mode tests inject before the pane's own script runs
 * (addInitScript): host.ts finds it in globalThis.__KHGN_FAKE_EXCEL__ and the pane works on it
 * as on the workbook open in Excel. The same object stays reachable, typed as the fake, under
 * __KHGN_FAKE_EXCEL_INSPECT__, so a test reads its sheets, selection and write log, or types
 * into it as a user would, through page.evaluate.
 */
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";

declare global {
  var __KHGN_FAKE_EXCEL_INSPECT__: FakeExcel | undefined;
}

const fake = createFakeExcel({ title: "Kế hoạch 2025.xlsx" });
globalThis.__KHGN_FAKE_EXCEL__ = fake;
globalThis.__KHGN_FAKE_EXCEL_INSPECT__ = fake;
