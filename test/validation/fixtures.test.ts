/**
 * The validator on workbooks laid out the way offices lay them out (test/fixtures/, made by
 * scripts/make-fixtures.ts): it must find at least 95% of the planted defects, each at the
 * cell its answer key names (same rule, or a rule of the same family: test/fixtures/
 * scoring.ts), and raise no error or warning at any cell without a planted defect — on the
 * two clean workbooks, none at all. The per-fixture table goes to
 * test-artifacts/fixtures-report.md.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { loadPrograms } from "../../src/adapters/node/load-programs";
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { validateWorkbook } from "../../src/domain/validation/engine";
import { answerKeyPath, workbookPath, type AnswerKey } from "../fixtures/build/answer-key";
import { FIXTURE_DIR, FIXTURES } from "../fixtures/build/index";
import { fixturesReport } from "../fixtures/report";
import { describeDefect, describeIssue, scoreFixture, type FixtureScore } from "../fixtures/scoring";

const REQUIRED_RECALL = 0.95;
const REPORT = "test-artifacts/fixtures-report.md";

async function score(name: string, programs: ReturnType<typeof loadPrograms>): Promise<FixtureScore> {
  const key = JSON.parse(await readFile(answerKeyPath(FIXTURE_DIR, name), "utf8")) as AnswerKey;
  const file = workbookPath(FIXTURE_DIR, name);
  const grid = readWorkbookGrid(await readWorkbookFile(file), basename(file));
  const { issues } = validateWorkbook(grid, { programs });
  return scoreFixture(name, key, issues);
}

const scores = new Map<string, FixtureScore>();

beforeAll(async () => {
  const programs = loadPrograms();
  for (const fixture of FIXTURES) scores.set(fixture.name, await score(fixture.name, programs));
  await mkdir("test-artifacts", { recursive: true });
  await writeFile(REPORT, fixturesReport([...scores.values()]));
});

function scoreOf(name: string): FixtureScore {
  const found = scores.get(name);
  if (!found) throw new Error(`No score for ${name}`);
  return found;
}

test("finds at least 95% of the planted defects across all fixtures, each at its answer key's cell", () => {
  const all = [...scores.values()];
  const planted = all.reduce((n, s) => n + s.planted.length, 0);
  const found = all.reduce((n, s) => n + s.found.length, 0);
  const missed = all.flatMap((s) => s.missed.map((d) => `${s.name}: ${describeDefect(d)}`));
  const verdict =
    found / planted >= REQUIRED_RECALL
      ? "recall met"
      : `${found}/${planted} found; missed:\n${missed.join("\n")}`;
  expect(verdict).toBe("recall met");
});

test.each(FIXTURES.map((f) => f.name))(
  "%s: no error or warning at a cell without a planted defect",
  (name) => {
    expect(scoreOf(name).falseAlarms.map(describeIssue)).toEqual([]);
  },
);
