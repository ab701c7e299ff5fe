/**
 * Pictures of every page of the pane at the widths Excel gives a task pane (320 px by default,
 * wider when the user drags it), saved to test-artifacts/e2e/ (git-ignored) for a person to
 * look at. While there, it measures what a user would notice at once: a page wider than the pane.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { REPO } from "../../build/tools";

export const ARTIFACTS = path.join(REPO, "test-artifacts", "e2e");

export const PANE_WIDTHS = [320, 450] as const;

const PANE_HEIGHT = 800;

export interface Overflow {
  readonly page: string;
  readonly paneWidth: number;
  readonly contentWidth: number;
}

/** "Kiểm tra" -> "kiem-tra", for file names. */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

async function contentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * Saves the pane as it is now as `<name>-<width>.png` for every width, and returns the widths
 * at which it scrolls sideways (none, in a pane that fits).
 */
export async function screenshot(page: Page, name: string): Promise<Overflow[]> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const overflows: Overflow[] = [];
  for (const width of PANE_WIDTHS) {
    await page.setViewportSize({ width, height: PANE_HEIGHT });
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
    const actual = await contentWidth(page);
    if (actual > width) overflows.push({ page: name, paneWidth: width, contentWidth: actual });
  }
  return overflows;
}

/** Opens each tab of the pane in turn and saves it as `<prefix>-<page>-<width>.png`. */
export async function screenshotEveryPage(page: Page, prefix: string): Promise<Overflow[]> {
  const overflows: Overflow[] = [];
  const tabs = page.getByRole("tab");
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    await tab.click();
    await tab.and(page.locator('[aria-selected="true"]')).waitFor();
    overflows.push(...(await screenshot(page, `${prefix}-${slug(await tab.innerText())}`)));
  }
  return overflows;
}
