/**
 * A workbook that carries its "Thuyết minh" sheet checks and reads as before: the sheet is
 * known as ours by its marker, recognition reads no table in it, validation reports nothing
 * on it and the plan written from the workbook is unchanged. Without its marker the same
 * sheet would be taken for a table whose header is missing, which is what the marker is for.
 */
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { insertSheetsIntoWorkbook } from "../../src/adapters/xlsx/insert-templates";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { computeValues } from "../../src/domain/grid-values";
import { buildNarrative, narrativeInputFromOwnSheets, renderText } from "../../src/domain/narrative";
import { planNarrativeSheet } from "../../src/domain/narrative/render/sheet";
import { findOwnSheets } from "../../src/domain/own-sheets";
import { validateWorkbook } from "../../src/domain/validation/engine";
import type { WorkbookGrid } from "../../src/domain/workbook";
import { PROGRAMS } from "../templates/support/fixtures";

const EXAMPLE = "examples/ke-hoach-2025-xa-ba-dinh.xlsx";
const SHEET = "Thuyết minh";

let original: WorkbookGrid;
let withSheet: WorkbookGrid;

/** The example with the sheet added twice (a rerun adds "Thuyết minh (2)"), saved and read back. */
async function exampleWithNarrative(): Promise<WorkbookGrid> {
  const workbook = await readWorkbookFile(EXAMPLE);
  const doc = buildNarrative(narrativeInputFromOwnSheets(readWorkbookGrid(workbook, EXAMPLE), PROGRAMS));
  for (let run = 0; run < 2; run++)
    insertSheetsIntoWorkbook(workbook, (existing) => [planNarrativeSheet(doc, existing)]);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(await workbook.xlsx.writeBuffer());
  return readWorkbookGrid(saved, EXAMPLE);
}

beforeAll(async () => {
  original = readWorkbookGrid(await readWorkbookFile(EXAMPLE), EXAMPLE);
  withSheet = await exampleWithNarrative();
});

function issuesOn(grid: WorkbookGrid, sheet: string): string[] {
  return validateWorkbook(grid, { programs: PROGRAMS })
    .rendered.filter((r) => r.issue.sheet === sheet)
    .map((r) => r.message);
}

describe("a workbook with its Thuyết minh sheets", () => {
  it("lists them as the narrative, not as tables, and not among the data sheets", () => {
    const recognition = validateWorkbook(withSheet, { programs: PROGRAMS }).recognition;
    expect(recognition.sheets.slice(-2)).toEqual([
      { name: SHEET, kind: "thuyet-minh" },
      { name: `${SHEET} (2)`, kind: "thuyet-minh" },
    ]);
    expect(recognition.tables.filter((t) => t.sheet.startsWith(SHEET))).toEqual([]);
    expect(findOwnSheets(withSheet).map((s) => s.sheet)).toEqual(findOwnSheets(original).map((s) => s.sheet));
  });

  it.each([
    ["as read", (grid: WorkbookGrid) => grid],
    ["with its formulas computed", computeValues],
  ])("validates %s with the same findings as without them, none on the narrative", (_, prepare) => {
    const before = validateWorkbook(prepare(original), { programs: PROGRAMS });
    const after = validateWorkbook(prepare(withSheet), { programs: PROGRAMS });
    expect(after.rendered.map((r) => r.message)).toEqual(before.rendered.map((r) => r.message));
    expect(after.issues.filter((i) => i.sheet.startsWith(SHEET))).toEqual([]);
    expect(after.recognition.settings).toEqual(before.recognition.settings);
  });

  it("gives the same plan as the workbook without them", () => {
    const plan = (grid: WorkbookGrid) =>
      renderText(buildNarrative(narrativeInputFromOwnSheets(grid, PROGRAMS)));
    expect(plan(withSheet)).toBe(plan(original));
  });

  it("would have the sheet reported as a table without a header if its marker were gone", () => {
    const unmarked = { ...withSheet, names: withSheet.names.filter((n) => !n.name.startsWith("KHGN_TM")) };
    expect(issuesOn(withSheet, SHEET)).toEqual([]);
    expect(issuesOn(unmarked, SHEET)).not.toEqual([]);
  });
});
