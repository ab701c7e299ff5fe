/**
 * Writes the validator's fixture workbooks and their answer keys into test/fixtures/:
 * office layouts with planted defects, and clean ones (test/fixtures/build/ describes
 * each). Formula results come from LibreOffice, so soffice must be on PATH. The content is
 * the same on every run; only the zip entries' timestamps differ.
 * Usage: node -r ./scripts/ts-register.js scripts/make-fixtures.ts [NAME…]
 */
import { writeFile } from "node:fs/promises";
import { format, resolveConfig } from "prettier";
import { answerKeyPath, workbookPath, type AnswerKey } from "../test/fixtures/build/answer-key";
import { FixtureBook } from "../test/fixtures/build/fixture";
import { FIXTURE_DIR, FIXTURES } from "../test/fixtures/build/index";
import { saveFixture } from "../test/fixtures/build/save";

async function make(name: string): Promise<void> {
  const fixture = FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`No fixture ${name}`);
  const book = new FixtureBook();
  fixture.build(book);
  await saveFixture(book, fixture.saver, workbookPath(FIXTURE_DIR, fixture.name));
  const key: AnswerKey = { description: fixture.description, defects: book.defects };
  const file = answerKeyPath(FIXTURE_DIR, fixture.name);
  /** Formatted with the repository's Prettier settings, so `npm run lint` passes on generated keys. */
  const json = await format(JSON.stringify(key), { ...(await resolveConfig(file)), filepath: file });
  await writeFile(file, json);
  console.log(`${fixture.name}: ${book.defects.length} planted defect(s)`);
}

async function main(names: readonly string[]): Promise<void> {
  for (const name of names.length > 0 ? names : FIXTURES.map((f) => f.name)) await make(name);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
