/**
 * How the pane decides whether it runs inside Excel: the browser-test fake wins, Excel is
 * used when Office says so, and a blocked office.js (onReady never settles) does not keep
 * the pane waiting forever.
 */
import type { ExcelApi } from "../../src/adapters/office/excel-api";
import { connectToHost, type InjectedExcel } from "../../src/taskpane/host";

type Globals = { Office?: unknown; Excel?: unknown; __KHGN_FAKE_EXCEL__?: InjectedExcel };
const globals = globalThis as Globals;

const fakeExcel: ExcelApi = { run: () => Promise.reject(new Error("not used")) };
const theme = {
  bodyBackgroundColor: "#1f1f1f",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#2b2b2b",
  controlForegroundColor: "#ffffff",
  isDarkTheme: true,
};

function installOffice(onReady: () => Promise<{ host: string | null }>): void {
  globals.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady,
    context: { officeTheme: theme, requirements: { isSetSupported: () => true } },
  };
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  delete globals.__KHGN_FAKE_EXCEL__;
});

describe("connectToHost", () => {
  it("reports no Office when office.js is not loaded at all", async () => {
    await expect(connectToHost(50)).resolves.toEqual({ kind: "none" });
  });

  it("uses the injected fake Excel before looking at Office", async () => {
    globals.__KHGN_FAKE_EXCEL__ = fakeExcel;
    installOffice(() => new Promise(() => undefined));
    const host = await connectToHost(50);
    expect(host).toMatchObject({ kind: "excel", excel: fakeExcel, theme: null });
    expect(host.kind === "excel" && host.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  it("keeps the requirement sets an injected fake declares (an old Excel in browser tests)", async () => {
    const oldExcel = { ...fakeExcel, requirements: { isSetSupported: () => false } };
    globals.__KHGN_FAKE_EXCEL__ = oldExcel;
    const host = await connectToHost(50);
    expect(host.kind === "excel" && host.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("returns Excel, its theme and its requirement sets inside Excel", async () => {
    installOffice(() => Promise.resolve({ host: "Excel" }));
    globals.Excel = fakeExcel;
    const host = await connectToHost(50);
    expect(host).toMatchObject({ kind: "excel", excel: fakeExcel, theme });
    expect(host.kind === "excel" && host.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  it("gives up after the timeout when Office.onReady never settles", async () => {
    installOffice(() => new Promise(() => undefined));
    const started = Date.now();
    await expect(connectToHost(100)).resolves.toEqual({ kind: "none" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reports no Excel in a plain browser and in another Office application", async () => {
    installOffice(() => Promise.resolve({ host: null }));
    await expect(connectToHost(50)).resolves.toEqual({ kind: "none" });
    installOffice(() => Promise.resolve({ host: "Word" }));
    await expect(connectToHost(50)).resolves.toEqual({ kind: "none" });
  });

  it("reports no Excel when office.js itself fails", async () => {
    installOffice(() => Promise.reject(new Error("office.js broke")));
    await expect(connectToHost(50)).resolves.toEqual({ kind: "none" });
  });
});
