/**
 * The only file of the pane that touches the `Office` and `Excel` globals. It finds out
 * whether the pane runs inside Excel and hands back our ExcelApi port, so everything else
 * works unchanged against the in-memory fake. Office.onReady never settles when office.js
 * is blocked, so waiting is capped: after the timeout the pane carries on without Excel.
 */
import type { ExcelApi, RequirementSetSupport } from "../adapters/office/excel-api";

/** The colours Office uses for its own panes (Office.context.officeTheme). */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme?: boolean;
}

/** An Excel to work in, with the API sets it supports (the adapter checks them first). */
export interface ExcelConnection {
  readonly excel: ExcelApi;
  readonly requirements: RequirementSetSupport;
}

export type Host =
  | (ExcelConnection & {
      readonly kind: "excel";
      /** Null outside Office (the browser-test fake) or on hosts without theme support. */
      readonly theme: OfficeThemeColours | null;
    })
  | { readonly kind: "none" };

/** What browser tests inject: the in-memory fake brings its own requirement sets. */
export type InjectedExcel = ExcelApi & { readonly requirements?: RequirementSetSupport };

declare global {
  /** Browser tests set this to the in-memory Excel fake before the pane loads. */
  var __KHGN_FAKE_EXCEL__: InjectedExcel | undefined;
}

/** An injected Excel that does not say otherwise is taken to support every API set. */
const EVERY_SET_SUPPORTED: RequirementSetSupport = { isSetSupported: () => true };

export const OFFICE_READY_TIMEOUT_MS = 3000;

function officeTheme(): OfficeThemeColours | null {
  try {
    return Office.context?.officeTheme ?? null;
  } catch {
    // Hosts without theme support throw on access instead of returning undefined.
    return null;
  }
}

function excelHost(): Host {
  if (typeof Excel === "undefined") return { kind: "none" };
  const excel: ExcelApi = Excel;
  return { kind: "excel", excel, theme: officeTheme(), requirements: Office.context.requirements };
}

/** Office.onReady, or "timeout" when it has not settled within `ms`. */
async function officeReady(ms: number): Promise<{ host: Office.HostType | null } | "timeout"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([Office.onReady(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once Office has answered or the timeout has passed; never rejects. */
export async function connectToHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Host> {
  const fake = globalThis.__KHGN_FAKE_EXCEL__;
  if (fake)
    return {
      kind: "excel",
      excel: fake,
      theme: null,
      requirements: fake.requirements ?? EVERY_SET_SUPPORTED,
    };
  if (typeof Office === "undefined") return { kind: "none" };
  try {
    const info = await officeReady(timeoutMs);
    return info !== "timeout" && info.host === Office.HostType.Excel ? excelHost() : { kind: "none" };
  } catch {
    // A broken office.js leaves the pane usable as a form; Excel features say why they are off.
    return { kind: "none" };
  }
}
