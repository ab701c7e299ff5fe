/**
 * Benchmark of the pane's first render in headless Chromium (Debian's /usr/bin/chromium, the
 * browser of the end-to-end tests): from the start of navigation until the "Kiểm tra" button or
 * the "Mở tệp Excel" control is visible. Beside it, the floor any task pane pays: a bare page
 * that loads office.js with the same <script> tag and shows one button. Both come from the same
 * production build (officejs=local) on the same 127.0.0.1 server. Limits: the pane's median at
 * most twice the bare page's, and under 500 ms.
 *
 * Method: an init script, which Chromium runs in each new document before any of the page's
 * own scripts, watches the DOM with a MutationObserver and stores performance.now() the first
 * time a target control is in the document with a box (Element.checkVisibility and a non-empty
 * rectangle). performance.now() counts from the navigation's start in the page's own clock, so
 * neither Playwright's round trips nor the timer resolution of Node enter the figure; the frame
 * that paints the control follows within one refresh. Each visit gets a fresh browser context
 * (empty cache, as a first opening), after one unmeasured visit of each page; the two pages
 * alternate, each going first in half of the pairs, so a busy moment on the machine hits both.
 */
import type { Browser } from "playwright-core";
import { HAS_CHROMIUM, launchChromium, MISSING_CHROMIUM } from "../../test/e2e/support/chromium";
import { startStaticServer, type StaticServer } from "../../test/e2e/support/static-server";
import type { Measurement } from "./measure";

const RUNS = 15;
const LIMIT_RATIO = 2;
const LIMIT_MS = 500;

const PANE = "/taskpane.html?page=kiem-tra";
const BARE = "/bare.html";
const BARE_PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Trang trống</title>
    <script src="office-js/office.js"></script>
  </head>
  <body>
    <button type="button">Kiểm tra</button>
  </body>
</html>
`;

declare global {
  /** Set by the benchmark's init script: ms from navigation start to the first visible target. */
  var __KHGN_FIRST_RENDER_MS__: number | undefined;
}

/** Runs inside the page (addInitScript); must not use anything from this module's scope. */
function recordFirstVisibleControl(targets: { buttons: string[]; anyControl: string[] }): void {
  const named = (element: Element) =>
    (element.getAttribute("aria-label") ?? element.textContent ?? "").trim();
  const isTarget = (element: Element) => {
    if (element.getAttribute("role") === "tab") return false;
    const name = named(element);
    return (
      (element.tagName === "BUTTON" && targets.buttons.includes(name)) || targets.anyControl.includes(name)
    );
  };
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility() && box.width > 0 && box.height > 0;
  };
  const observer = new MutationObserver(() => {
    const controls = document.querySelectorAll("button, input, label, a, [role=button]");
    if (![...controls].some((element) => isTarget(element) && visible(element))) return;
    globalThis.__KHGN_FIRST_RENDER_MS__ = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

const TARGETS = { buttons: ["Kiểm tra"], anyControl: ["Mở tệp Excel"] };

async function firstRender(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: "vi-VN" });
  try {
    await context.addInitScript(recordFirstVisibleControl, TARGETS);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(() => globalThis.__KHGN_FIRST_RENDER_MS__, null, {
      timeout: 30_000,
    });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

interface Timings {
  readonly bare: number[];
  readonly pane: number[];
}

async function visitAlternately(browser: Browser, server: StaticServer): Promise<Timings> {
  const timings: Timings = { bare: [], pane: [] };
  await firstRender(browser, server.origin + BARE);
  await firstRender(browser, server.origin + PANE);
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (["bare", "pane"] as const) : (["pane", "bare"] as const);
    for (const which of order) {
      timings[which].push(await firstRender(browser, server.origin + (which === "bare" ? BARE : PANE)));
    }
  }
  return timings;
}

function rows({ bare, pane }: Timings): Measurement[] {
  const [b, p] = [[...bare].sort((x, y) => x - y), [...pane].sort((x, y) => x - y)];
  const bareMedian = percentile(b, 0.5);
  const paneMedian = percentile(p, 0.5);
  const ratio = paneMedian / bareMedian;
  const verdict = ratio <= LIMIT_RATIO && paneMedian < LIMIT_MS ? "within" : "OVER";
  return [
    {
      name: "first render, bare page loading office.js (Chromium)",
      medianMs: bareMedian,
      runs: RUNS,
      note: `p90 ${percentile(b, 0.9).toFixed(1)} ms`,
    },
    {
      name: "first render of the pane, Kiểm tra page (Chromium)",
      medianMs: paneMedian,
      runs: RUNS,
      note: `p90 ${percentile(p, 0.9).toFixed(1)} ms; ${ratio.toFixed(2)} × the bare page, ${verdict} the limits (${LIMIT_RATIO} ×, ${LIMIT_MS} ms)`,
    },
  ];
}

/** Both pages' first render, served from `dist` (a production build with officejs=local). */
export async function benchFirstRender(dist: string): Promise<Measurement[]> {
  if (!HAS_CHROMIUM) {
    process.stderr.write(`first-render benchmark skipped: ${MISSING_CHROMIUM}\n`);
    return [];
  }
  const server = await startStaticServer(dist, { [BARE]: { body: BARE_PAGE } });
  const browser = await launchChromium();
  try {
    return rows(await visitAlternately(browser, server));
  } finally {
    await browser.close();
    await server.close();
  }
}
