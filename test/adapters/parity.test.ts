/**
 * The same plans give the same workbook whichever way they are written: into the open
 * workbook through the Excel JS API (here the in-memory Excel) or into an .xlsx file
 * through ExcelJS. Both start from a workbook that already has a "Phụ lục 01" and its
 * marker name, and a "Thuyết minh" with its marker, so renaming is compared too. Beyond
 * the shared snapshot (values, formulas, number formats, bold, locks, merges,
 * validations, widths, protection, print, names) every cell's look is compared (font,
 * size, colour, italics, alignment, wrap, fill and borders) and each sheet's print area.
 * The plans are the five templates (hand-built and from the real planner) and the
 * narrative sheet "Thuyết minh" of the example workbook, with and without its warning.
 */
import ExcelJS from "exceljs";
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";
import {
  insertSheets,
  type InsertionPlanner,
  type SheetPlanner,
} from "../../src/adapters/office/insert-templates";
import { loadProgramRegistry } from "../../src/adapters/node/load-programs";
import { insertSheetsIntoWorkbook } from "../../src/adapters/xlsx/insert-templates";
import type { InsertRequest } from "../../src/domain/insertion";
import { planNarrativeSheet } from "../../src/domain/narrative/render/sheet";
import type { SettingsOverrides } from "../../src/domain/templates/default-settings";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { snapshotExcelJsWorkbook } from "../support/exceljs-snapshot";
import { examplePlan, samplePlan } from "../support/docx-sample-plan";
import { snapshotFake } from "../support/fake-snapshot";
import type { WorkbookSnapshot } from "../support/sheet-snapshot";
import { samplePlanner, sampleRequest } from "./office/sample-plans";

/** Sheets already in the workbook, each with its marker name, so the plans must pick free names. */
const OLD_SHEETS = [
  { sheet: "Phụ lục 01", marker: "KHGN_PL01", reference: "'Phụ lục 01'!$A$4:$G$8" },
  { sheet: "Thuyết minh", marker: "KHGN_TM", reference: "'Thuyết minh'!$A$1:$C$9" },
] as const;
const OLD_TEXT = "KINH PHÍ NĂM 2024";

interface Written {
  readonly snapshot: WorkbookSnapshot;
  /** A1 -> a one-line description of the cell's look, for cells that differ from Excel's default. */
  readonly looks: Record<string, Record<string, string>>;
  /** Sheet -> its print area without "$", or null. */
  readonly printAreas: Record<string, string | null>;
}

const DEFAULT_LOOK = "Calibri 11 #000000 | General/Bottom | no wrap | no fill | locked | no borders";

function look(parts: {
  font: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  fill: string | null;
  locked: boolean;
  borders: string;
}): string {
  const font = `${parts.font} ${parts.size} ${parts.color}${parts.bold ? " bold" : ""}${parts.italic ? " italic" : ""}`;
  const align = `${parts.horizontal}/${parts.vertical}`;
  const wrap = parts.wrap ? "wrap" : "no wrap";
  return `${font} | ${align} | ${wrap} | ${parts.fill ?? "no fill"} | ${parts.locked ? "locked" : "unlocked"} | ${parts.borders || "no borders"}`;
}

function withoutDefaults(entries: [string, string][]): Record<string, string> {
  return Object.fromEntries(entries.filter(([, text]) => text !== DEFAULT_LOOK));
}

const withoutDollars = (area: string | null | undefined) => area?.replace(/\$/g, "") ?? null;

async function throughOffice(planner: SheetPlanner): Promise<Written> {
  const fake: FakeExcel = createFakeExcel({
    sheets: OLD_SHEETS.map(({ sheet }) => ({ name: sheet, cells: { A1: OLD_TEXT } })),
    names: OLD_SHEETS.map(({ marker, reference }) => ({ name: marker, formula: `=${reference}` })),
  });
  const plans = await insertSheets(fake, planner, fake.requirements);
  const names = plans.map((p) => p.sheetName);
  const looks = names.map((name) => {
    const cells = Object.entries(fake.sheet(name).cells).map(([address, c]): [string, string] => {
      const borders = (["top", "bottom", "left", "right"] as const)
        .filter((edge) => c.borders[edge] !== undefined)
        .map((edge) => `${edge} ${c.borders[edge]?.weight.toLowerCase()} ${c.borders[edge]?.color}`)
        .join(", ");
      return [address, look({ font: c.fontName, color: c.fontColor, ...c, borders })];
    });
    return [name, withoutDefaults(cells)] as const;
  });
  const printAreas = names.map((name) => [name, withoutDollars(fake.sheet(name).page.printArea)] as const);
  return {
    snapshot: snapshotFake(fake, names),
    looks: Object.fromEntries(looks),
    printAreas: Object.fromEntries(printAreas),
  };
}

const EXCELJS_HORIZONTAL: Readonly<Record<string, string>> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
};
const EXCELJS_VERTICAL: Readonly<Record<string, string>> = { top: "Top", middle: "Center", bottom: "Bottom" };

function excelJsLook(cell: ExcelJS.Cell): string {
  const { font, alignment, fill, border, protection } = cell.style;
  const borders = (["top", "bottom", "left", "right"] as const)
    .filter((edge) => border?.[edge]?.style !== undefined)
    .map((edge) => `${edge} ${border?.[edge]?.style} #${border?.[edge]?.color?.argb?.slice(2)}`)
    .join(", ");
  const solid =
    fill?.type === "pattern" && fill.pattern === "solid" ? `#${fill.fgColor?.argb?.slice(2)}` : null;
  return look({
    font: font?.name ?? "Calibri",
    size: font?.size ?? 11,
    color: `#${font?.color?.argb?.slice(2) ?? "000000"}`,
    bold: font?.bold === true,
    italic: font?.italic === true,
    horizontal: EXCELJS_HORIZONTAL[alignment?.horizontal ?? ""] ?? "General",
    vertical: EXCELJS_VERTICAL[alignment?.vertical ?? ""] ?? "Bottom",
    wrap: alignment?.wrapText === true,
    fill: solid,
    locked: protection?.locked !== false,
    borders,
  });
}

function throughXlsx(planner: SheetPlanner): Written {
  const workbook = new ExcelJS.Workbook();
  for (const { sheet, marker, reference } of OLD_SHEETS) {
    workbook.addWorksheet(sheet).getCell("A1").value = OLD_TEXT;
    workbook.definedNames.add(reference, marker);
  }
  const plans = insertSheetsIntoWorkbook(workbook, planner);
  const names = plans.map((p) => p.sheetName);
  const looks = names.map((name) => {
    const cells: [string, string][] = [];
    workbook
      .getWorksheet(name)
      ?.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, excelJsLook(cell)])),
      );
    return [name, withoutDefaults(cells)] as const;
  });
  const printAreas = names.map(
    (name) => [name, withoutDollars(workbook.getWorksheet(name)?.pageSetup.printArea)] as const,
  );
  return {
    snapshot: snapshotExcelJsWorkbook(workbook, names),
    looks: Object.fromEntries(looks),
    printAreas: Object.fromEntries(printAreas),
  };
}

async function expectParity(planner: SheetPlanner, renamed: string): Promise<Written> {
  const office = await throughOffice(planner);
  const xlsx = throughXlsx(planner);
  expect(office.snapshot.sheets.map((s) => s.name)).toContain(renamed);
  expect(office.snapshot).toEqual(xlsx.snapshot);
  expect(office.looks).toEqual(xlsx.looks);
  expect(office.printAreas).toEqual(xlsx.printAreas);
  return office;
}

async function expectTemplateParity(request: InsertRequest, planner: InsertionPlanner): Promise<void> {
  await expectParity((existing) => planner(request, existing), "Phụ lục 01 (2)");
}

test("hand-built plans of all five templates give the same workbook through both adapters", async () => {
  await expectTemplateParity(sampleRequest(), samplePlanner);
});

describe("the narrative sheet", () => {
  test("of the example workbook is written alike by both adapters, beside the old one", async () => {
    const doc = await examplePlan();
    const office = await expectParity((existing) => [planNarrativeSheet(doc, existing)], "Thuyết minh (2)");
    expect(office.snapshot.names).toHaveProperty("KHGN_TM_2");
    expect(office.printAreas["Thuyết minh (2)"]).toMatch(/^A1:C\d+$/);
  });

  test("with the validation warning, in red, is written alike by both adapters", async () => {
    const doc = samplePlan({ warning: true });
    const office = await expectParity((existing) => [planNarrativeSheet(doc, existing)], "Thuyết minh (2)");
    expect(office.looks["Thuyết minh (2)"]?.["A1"]).toMatch(/^Times New Roman 14 #C00000 bold \|/);
  });
});

const programs = loadProgramRegistry().programs;

const SCENARIOS: readonly (readonly [string, string, SettingsOverrides])[] = [
  [
    "giam-ngheo-2021-2025",
    "a commune plan of 2024 (with the district level)",
    { year: 2024, unitName: "Xuân Giang", province: "Thanh Hóa" },
  ],
  [
    "giam-ngheo-2021-2025",
    "a commune plan of 2025 (two levels)",
    { year: 2025, unitName: "Ba Dinh", province: "Quảng Ngãi", planDate: "2025-08-12" },
  ],
  [
    "giam-ngheo-2021-2025",
    "a district plan of 2023",
    { year: 2023, level: "huyen", unitName: "Hậu Lộc", province: "Thanh Hóa" },
  ],
  [
    "nong-thon-moi-giam-ngheo-dtts-2026-2035",
    "a commune plan of 2026 under the merged program",
    { year: 2026, unitName: "Ba Dinh", province: "Quảng Ngãi" },
  ],
];

describe.each(SCENARIOS)("the real planner over every template, %s:", (programId, what, overrides) => {
  test(`${what} gives the same workbook through both adapters`, async () => {
    const program = programs.find((p) => p.id === programId);
    if (!program) throw new Error(`no program file ${programId}`);
    const request: InsertRequest = {
      templates: TEMPLATE_IDS,
      program,
      settings: defaultSettings(program, overrides),
    };
    await expectTemplateParity(request, planInsertion);
  });
});
