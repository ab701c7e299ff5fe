/**
 * `npm run bench`: every benchmark of the project, printed as Markdown tables (the README
 * quotes them): timings, then the sizes of the pane's production build, which is made once
 * into a temporary folder and also serves the first-render benchmark in Chromium. Figures
 * depend on the machine; the README says which one produced them.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildPane } from "../test/e2e/support/build";
import { benchBundle, sizeTable } from "./bench/bundle";
import { benchFirstRender } from "./bench/first-render";
import { benchInsert } from "./bench/insert";
import { table } from "./bench/measure";
import { benchNarrative } from "./bench/narrative";
import { benchValidate } from "./bench/validate";

async function main(): Promise<void> {
  const rows = [...(await benchInsert()), ...(await benchValidate()), ...(await benchNarrative())];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bench-"));
  try {
    const build = buildPane(root);
    rows.push(...(await benchFirstRender(build.dist)));
    process.stdout.write(`${table(rows)}\n\n${sizeTable(benchBundle(build))}\n`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
