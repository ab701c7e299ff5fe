/**
 * Benchmark of the narrative: from a computed seven-project plan (seed 004's figures plus
 * every other Tiểu dự án funded), building the document tree and rendering the .docx bytes
 * must take under 200 ms together.
 */
import { renderDocx } from "../../src/adapters/docx/render-docx";
import { loadPrograms } from "../../src/adapters/node/load-programs";
import { buildNarrative, narrativeInputFromOwnSheets } from "../../src/domain/narrative";
import { PL01_COLUMNS } from "../../src/domain/templates/column-keys";
import {
  computedGrid,
  planBook,
  PROGRAM,
  seed004Entries,
  SEED_004_SETTINGS,
} from "../../test/narrative/support/plans";
import { measure, type Measurement } from "./measure";

export async function benchNarrative(): Promise<Measurement[]> {
  const leaves = PROGRAM.catalog.filter(
    (item) => !PROGRAM.catalog.some((child) => child.parent === item.code),
  );
  const extra = leaves
    .filter((item) => !seed004Entries().some((e) => e.row === item.code))
    .map((item) => ({ template: "phu-luc-01" as const, row: item.code, col: PL01_COLUMNS.sn, value: 100 }));
  const grid = await computedGrid(planBook(SEED_004_SETTINGS, [...seed004Entries(), ...extra]).workbook);
  const input = narrativeInputFromOwnSheets(grid, loadPrograms(), { validation: null });
  return [
    await measure("build the narrative tree of a 7-project plan", 20, () => buildNarrative(input)),
    await measure(
      "build it and render the .docx bytes",
      20,
      () => renderDocx(buildNarrative(input)),
      "limit 200 ms",
    ),
  ];
}
