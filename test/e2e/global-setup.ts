/**
 * Runs once before the e2e suites of a test run (jest runs a project's globalSetup only when
 * one of its tests is selected): builds the pane and the Excel fake, and hands the folder to the
 * suites through the environment. Pictures of an earlier run are removed so none is mistaken
 * for this one's. Without Chromium there is nothing to test, so no build.
 */
import * as fs from "node:fs";
import { buildForE2e, E2E_BUILD_ENV } from "./support/build";
import { HAS_CHROMIUM } from "./support/chromium";
import { ARTIFACTS } from "./support/screenshots";

export default function buildOnceForTheRun(): void {
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  if (HAS_CHROMIUM) process.env[E2E_BUILD_ENV] = buildForE2e();
}
