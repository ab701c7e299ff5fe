/**
 * Every number in the plan points at the cell(s) it came from, and prints the value those
 * cells hold (or their sum): amounts as "1.001", rates as "5,57%", counts as "20", the
 * total in words. Checked figure by figure against the computed workbook, for both seeds,
 * and for a total the narrative has to add up itself because the table has no TỔNG CỘNG.
 */
import { formatAmount, formatNumber, formatPercent } from "../../src/domain/format/numbers";
import { trieuDongInWords } from "../../src/domain/format/words";
import type { ComputedGrid } from "../../src/domain/grid-values";
import {
  buildNarrative,
  narrativeInputFromOwnSheets,
  renderText,
  type NarrativeDocument,
} from "../../src/domain/narrative";
import { PERCENT_FORMAT } from "../../src/domain/narrative/figures";
import { PROGRAMS } from "../templates/support/fixtures";
import {
  computedGrid,
  figuresOf,
  planBook,
  PROGRAM,
  seed003Entries,
  seed004Entries,
  SEED_003_SETTINGS,
  SEED_004_SETTINGS,
  valueAt,
  type Figure,
} from "./support/plans";

function printedForms(value: number): string[] {
  return [
    formatAmount(value),
    formatNumber(value),
    formatPercent(value, PERCENT_FORMAT),
    trieuDongInWords(value),
  ];
}

function untraceable(doc: NarrativeDocument, grid: ComputedGrid): Figure[] {
  return figuresOf(doc).filter((figure) => {
    if (figure.sources.length === 0) return true;
    const sum = figure.sources.reduce((total, source) => total + valueAt(grid, source), 0);
    return !printedForms(sum).includes(figure.text);
  });
}

describe.each([
  ["seed 003 (district, 2023)", SEED_003_SETTINGS, seed003Entries, 13],
  ["seed 004 (two-tier commune, 2025)", SEED_004_SETTINGS, seed004Entries, 70],
] as const)("%s", (_name, settings, entries, atLeast) => {
  let grid: ComputedGrid;
  let doc: NarrativeDocument;

  beforeAll(async () => {
    grid = await computedGrid(planBook(settings, entries()).workbook);
    doc = buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS));
  });

  test("every figure names at least one cell and prints what its cells hold", () => {
    expect(figuresOf(doc).length).toBeGreaterThanOrEqual(atLeast);
    expect(untraceable(doc, grid)).toEqual([]);
  });

  test("no amount, rate or household count is written as plain text: each is a figure", () => {
    const withoutFigures = doc.blocks
      .flatMap((block) => (block.kind === "paragraph" ? block.content.filter((i) => i.kind === "text") : []))
      .map((inline) => inline.text)
      .join("\n");
    const amountsInText = withoutFigures.match(/\d[\d.,]*\s*(triệu đồng|%|hộ\b)/gu) ?? [];
    expect(amountsInText).toEqual([]);
  });
});

test("without a TỔNG CỘNG row, IV adds up the Dự án rows and lists every cell it added", async () => {
  const grid = await computedGrid(planBook(SEED_004_SETTINGS, seed004Entries()).workbook);
  const input = narrativeInputFromOwnSheets(grid, PROGRAMS);
  const funds = input.funds;
  if (!funds) throw new Error("no funds");
  const doc = buildNarrative({ ...input, funds: { ...funds, total: null } });
  expect(renderText(doc)).toContain(
    "là: 1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng",
  );
  const total = figuresOf(doc).find((f) => f.text === "1.001");
  expect(total?.sources.length).toBe(PROGRAM.catalog.filter((item) => !item.parent).length);
  expect(untraceable(doc, grid)).toEqual([]);
});
