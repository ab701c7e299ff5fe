/**
 * Debian's Chromium driven by playwright-core, the one browser the end-to-end tests and the
 * first-render benchmark use (Playwright's own browser downloads do not work here). Without
 * /usr/bin/chromium a suite is skipped with one line saying how to install it, never passed.
 */
import * as fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);

/**
 * No sandbox (CI runs as root in a container), no GPU, /tmp instead of a small /dev/shm, and
 * none of Chromium's own background traffic (updates, first-run pages), so every request a
 * test sees comes from the page.
 */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--no-first-run",
  "--disable-extensions",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export const MISSING_CHROMIUM = `${CHROMIUM} is not installed (Debian/Ubuntu: apt-get install chromium)`;

/** `describe` when Chromium is installed; otherwise a skipped suite and one line saying why. */
export function describeWithChromium(name: string, suite: () => void): void {
  if (HAS_CHROMIUM) return describe(name, suite);
  console.warn(`skipped "${name}": ${MISSING_CHROMIUM}`);
  describe.skip(name, suite);
}
