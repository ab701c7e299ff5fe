/**
 * `npm run bench`: every benchmark of the project, printed as a Markdown table (the README
 * quotes it). Figures depend on the machine; the README says which one produced them.
 */
import { benchInsert } from "./bench/insert";
import { table } from "./bench/measure";
import { benchNarrative } from "./bench/narrative";
import { benchValidate } from "./bench/validate";

async function main(): Promise<void> {
  const rows = [...(await benchInsert()), ...(await benchValidate()), ...(await benchNarrative())];
  process.stdout.write(`${table(rows)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
