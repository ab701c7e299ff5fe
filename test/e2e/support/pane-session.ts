/**
 * One user's visit to the pane in a fresh browser context: every request the page makes is
 * recorded and anything not addressed to the pane's own server is refused, so a test can
 * assert that nothing leaves the machine without the network deciding it. Uncaught errors
 * of the page are kept too: a crash in the pane is a failure even when the screen looks fine.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { StaticServer } from "./static-server";

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for, its own server's included, in order. */
  readonly requests: readonly string[];
  /** Uncaught errors thrown in the page. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  /** A script run before the page's own scripts in every document (the injected Excel fake). */
  readonly initScript?: string;
  /** The pane's width in CSS pixels; Excel's task pane is 320 px wide by default. */
  readonly width?: number;
}

/** Patience for the pane's own work (a check, a download); far above what a user would wait. */
const ACTION_TIMEOUT_MS = 20_000;

/** office.js (o15apptofilemappingtable.js) starts its telemetry frame this long after it loads. */
const OFFICE_JS_DELAYED_START_MS = 3000;

/**
 * Waits until the page has been open longer than office.js waits before its delayed work, so
 * a test asserting what the page requested also sees requests made late, not only at load.
 */
export async function outlastOfficeJsTimers(page: Page): Promise<void> {
  await page.waitForFunction((ms) => performance.now() > ms, OFFICE_JS_DELAYED_START_MS + 1000);
}

/** Requests to anywhere but `origin`; data: and blob: URLs never leave the browser. */
export function leavingTheMachine(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    const { protocol, origin: target } = new URL(url);
    return protocol !== "data:" && protocol !== "blob:" && target !== origin;
  });
}

export async function openSession(
  browser: Browser,
  server: StaticServer,
  options: SessionOptions = {},
): Promise<PaneSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 450, height: 800 },
    locale: "vi-VN",
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return leavingTheMachine([url], server.origin).length === 0 ? route.continue() : route.abort();
  });
  if (options.initScript) await context.addInitScript({ path: options.initScript });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  return { context, page, requests, pageErrors, close: () => context.close() };
}
