/**
 * Building the tree is instant next to reading the workbook: for a plan funding all seven
 * Dự án (every Tiểu dự án, with targets and assignments) it takes well under 50 ms. The
 * measured time is printed so a slowdown shows in the log before it fails the test.
 */
import { buildNarrative, narrativeInputFromOwnSheets, type NarrativeInput } from "../../src/domain/narrative";
import { PL01_COLUMNS } from "../../src/domain/templates/column-keys";
import { PROGRAMS } from "../templates/support/fixtures";
import { computedGrid, planBook, PROGRAM, seed004Entries, SEED_004_SETTINGS } from "./support/plans";

const RUNS = 20;

let input: NarrativeInput;

beforeAll(async () => {
  const leaves = PROGRAM.catalog.filter(
    (item) => !PROGRAM.catalog.some((child) => child.parent === item.code),
  );
  const extra = leaves
    .filter((item) => !seed004Entries().some((e) => e.row === item.code))
    .map((item) => ({ template: "phu-luc-01" as const, row: item.code, col: PL01_COLUMNS.sn, value: 100 }));
  const grid = await computedGrid(planBook(SEED_004_SETTINGS, [...seed004Entries(), ...extra]).workbook);
  input = narrativeInputFromOwnSheets(grid, PROGRAMS);
});

test(`building the narrative of a seven-project plan takes well under 50 ms (median of ${RUNS} runs)`, () => {
  const times: number[] = [];
  let sections = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const doc = buildNarrative(input);
    times.push(performance.now() - start);
    sections = doc.blocks.filter(
      (b) =>
        b.kind === "paragraph" && b.style === "heading-2" && /^\d+\. Dự án/.test(b.content[0]?.text ?? ""),
    ).length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(RUNS / 2)] ?? Infinity;
  process.stdout.write(
    `narrative build: median ${median.toFixed(2)} ms, first ${times[0]?.toFixed(2)} ms, max ${sorted[RUNS - 1]?.toFixed(2)} ms\n`,
  );
  expect(sections).toBe(7);
  expect(median).toBeLessThan(50);
});
