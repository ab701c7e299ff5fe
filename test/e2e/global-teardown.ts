/** Removes the build globalSetup made for this test run. */
import * as fs from "node:fs";
import { E2E_BUILD_ENV } from "./support/build";

export default function removeTheBuild(): void {
  const root = process.env[E2E_BUILD_ENV];
  if (root) fs.rmSync(root, { recursive: true, force: true });
}
