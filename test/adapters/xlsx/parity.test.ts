/**
 * Both insertion paths make the same workbook: the Excel JS API adapter writing into the
 * in-memory Excel and the ExcelJS adapter writing a file (saved and opened again) give
 * equal snapshots, cell by cell, for the real templates and for the hand-built plans.
 */
import ExcelJS from "exceljs";
import { createFakeExcel } from "../../../src/adapters/memory/excel-fake";
import { loadProgramRegistry } from "../../../src/adapters/node/load-programs";
import { insertTemplates, type InsertionPlanner } from "../../../src/adapters/office/insert-templates";
import { insertTemplatesIntoWorkbook } from "../../../src/adapters/xlsx/insert-templates";
import type { InsertRequest } from "../../../src/domain/insertion";
import { TEMPLATE_IDS } from "../../../src/domain/sheet-plan";
import { defaultSettings } from "../../../src/domain/templates/default-settings";
import { planInsertion } from "../../../src/domain/templates/plan-insertion";
import { snapshotExcelJsWorkbook } from "../../support/exceljs-snapshot";
import { snapshotFake } from "../../support/fake-snapshot";
import type { WorkbookSnapshot } from "../../support/sheet-snapshot";
import { fundsPlan, insertRequest, settingsPlan } from "./test-plans";

async function throughOffice(request: InsertRequest, planner: InsertionPlanner): Promise<WorkbookSnapshot> {
  const fake = createFakeExcel();
  const { inserted } = await insertTemplates(fake, request, planner, fake.requirements);
  return snapshotFake(
    fake,
    inserted.map((s) => s.sheetName),
  );
}

async function throughFile(request: InsertRequest, planner: InsertionPlanner): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  const { inserted } = insertTemplatesIntoWorkbook(workbook, request, planner);
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(await workbook.xlsx.writeBuffer());
  return snapshotExcelJsWorkbook(
    reopened,
    inserted.map((s) => s.sheetName),
  );
}

test("the real templates", async () => {
  const program = loadProgramRegistry().get("giam-ngheo-2021-2025");
  const settings = defaultSettings(program, { year: 2025, unitName: "Ba Dinh", province: "Quảng Ngãi" });
  const request = { templates: TEMPLATE_IDS, program, settings };
  const file = await throughFile(request, planInsertion);
  expect(file.sheets).toHaveLength(TEMPLATE_IDS.length);
  expect(file).toEqual(await throughOffice(request, planInsertion));
});

test("the hand-built plans: dates, lists, cross-sheet formulas, a width between pixels", async () => {
  const planner = () => [settingsPlan(), fundsPlan()];
  const request = insertRequest(["thong-tin-chung", "phu-luc-01"]);
  expect(await throughFile(request, planner)).toEqual(await throughOffice(request, planner));
});
