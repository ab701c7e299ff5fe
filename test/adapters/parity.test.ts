/**
 * The same plans give the same workbook whichever way they are written: into the open
 * workbook through the Excel JS API (here the in-memory Excel) or into an .xlsx file
 * through ExcelJS. Both start from a workbook that already has a "Phụ lục 01" and its
 * marker name, so renaming is compared too. Beyond the shared snapshot (values,
 * formulas, number formats, bold, locks, merges, validations, widths, protection, print,
 * names) every cell's look is compared: font, size, italics, alignment, wrap, fill and
 * borders.
 */
import ExcelJS from "exceljs";
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";
import { insertTemplates, type InsertionPlanner } from "../../src/adapters/office/insert-templates";
import { loadProgramRegistry } from "../../src/adapters/node/load-programs";
import { insertTemplatesIntoWorkbook } from "../../src/adapters/xlsx/insert-templates";
import type { InsertRequest } from "../../src/domain/insertion";
import type { SettingsOverrides } from "../../src/domain/templates/default-settings";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { snapshotExcelJsWorkbook } from "../support/exceljs-snapshot";
import { snapshotFake } from "../support/fake-snapshot";
import type { WorkbookSnapshot } from "../support/sheet-snapshot";
import { samplePlanner, sampleRequest } from "./office/sample-plans";

const OLD_SHEET = "Phụ lục 01";
const OLD_MARKER = { name: "KHGN_PL01", reference: "'Phụ lục 01'!$A$4:$G$8" };

interface Written {
  readonly snapshot: WorkbookSnapshot;
  /** A1 -> a one-line description of the cell's look, for cells that differ from Excel's default. */
  readonly looks: Record<string, Record<string, string>>;
}

const DEFAULT_LOOK = "Calibri 11 | General/Bottom | no wrap | no fill | locked | no borders";

function look(parts: {
  font: string;
  size: number;
  bold: boolean;
  italic: boolean;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  fill: string | null;
  locked: boolean;
  borders: string;
}): string {
  const font = `${parts.font} ${parts.size}${parts.bold ? " bold" : ""}${parts.italic ? " italic" : ""}`;
  const align = `${parts.horizontal}/${parts.vertical}`;
  const wrap = parts.wrap ? "wrap" : "no wrap";
  return `${font} | ${align} | ${wrap} | ${parts.fill ?? "no fill"} | ${parts.locked ? "locked" : "unlocked"} | ${parts.borders || "no borders"}`;
}

function withoutDefaults(entries: [string, string][]): Record<string, string> {
  return Object.fromEntries(entries.filter(([, text]) => text !== DEFAULT_LOOK));
}

async function throughOffice(request: InsertRequest, planner: InsertionPlanner): Promise<Written> {
  const fake: FakeExcel = createFakeExcel({
    sheets: [{ name: OLD_SHEET, cells: { A1: "KINH PHÍ NĂM 2024" } }],
    names: [{ name: OLD_MARKER.name, formula: `=${OLD_MARKER.reference}` }],
  });
  const { inserted } = await insertTemplates(fake, request, planner, fake.requirements);
  const names = inserted.map((s) => s.sheetName);
  const looks = names.map((name) => {
    const cells = Object.entries(fake.sheet(name).cells).map(([address, c]): [string, string] => {
      const borders = (["top", "bottom", "left", "right"] as const)
        .filter((edge) => c.borders[edge] !== undefined)
        .map((edge) => `${edge} ${c.borders[edge]?.weight.toLowerCase()} ${c.borders[edge]?.color}`)
        .join(", ");
      return [address, look({ font: c.fontName, ...c, borders })];
    });
    return [name, withoutDefaults(cells)] as const;
  });
  return { snapshot: snapshotFake(fake, names), looks: Object.fromEntries(looks) };
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

function throughXlsx(request: InsertRequest, planner: InsertionPlanner): Written {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(OLD_SHEET).getCell("A1").value = "KINH PHÍ NĂM 2024";
  workbook.definedNames.add(OLD_MARKER.reference, OLD_MARKER.name);
  const { inserted } = insertTemplatesIntoWorkbook(workbook, request, planner);
  const names = inserted.map((s) => s.sheetName);
  const looks = names.map((name) => {
    const cells: [string, string][] = [];
    workbook
      .getWorksheet(name)
      ?.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, excelJsLook(cell)])),
      );
    return [name, withoutDefaults(cells)] as const;
  });
  return { snapshot: snapshotExcelJsWorkbook(workbook, names), looks: Object.fromEntries(looks) };
}

async function expectParity(request: InsertRequest, planner: InsertionPlanner): Promise<void> {
  const office = await throughOffice(request, planner);
  const xlsx = throughXlsx(request, planner);
  expect(office.snapshot.sheets.map((s) => s.name)).toContain("Phụ lục 01 (2)");
  expect(office.snapshot).toEqual(xlsx.snapshot);
  expect(office.looks).toEqual(xlsx.looks);
}

test("hand-built plans of all five templates give the same workbook through both adapters", async () => {
  await expectParity(sampleRequest(), samplePlanner);
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
    await expectParity(request, planInsertion);
  });
});
