/**
 * Benchmarks of "insert standard sheets": rendering every template, writing them with
 * ExcelJS into an .xlsx buffer, and inserting them through the Office adapter into the
 * in-memory Excel (which also counts the context.sync() calls a real Excel would see).
 */
import ExcelJS from "exceljs";
import { loadProgramRegistry } from "../../src/adapters/node/load-programs";
import { insertTemplates } from "../../src/adapters/office/insert-templates";
import { createFakeExcel } from "../../src/adapters/memory/excel-fake";
import { insertTemplatesIntoWorkbook } from "../../src/adapters/xlsx/insert-templates";
import type { InsertRequest } from "../../src/domain/insertion";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { measure, type Measurement } from "./measure";

function request(): InsertRequest {
  const program = loadProgramRegistry().get("giam-ngheo-2021-2025");
  const settings = defaultSettings(program, {
    year: 2025,
    level: "xa",
    unitName: "xã Ba Dinh",
    province: "Quảng Ngãi",
  });
  return { templates: TEMPLATE_IDS, program, settings };
}

export async function benchInsert(): Promise<Measurement[]> {
  const req = request();
  const empty = { sheetNames: [], definedNames: [] };
  const results: Measurement[] = [];
  results.push(await measure("render all 5 templates (planInsertion)", 50, () => planInsertion(req, empty)));
  results.push(
    await measure("write all 5 templates with ExcelJS + .xlsx bytes", 20, async () => {
      const workbook = new ExcelJS.Workbook();
      insertTemplatesIntoWorkbook(workbook, req, planInsertion);
      await workbook.xlsx.writeBuffer();
    }),
  );
  let syncs = 0;
  results.push(
    await measure("insert all 5 templates through the Office adapter (in-memory Excel)", 20, async () => {
      const fake = createFakeExcel();
      await insertTemplates(fake, req, planInsertion, fake.requirements);
      syncs = fake.syncCount;
    }),
  );
  const last = results[results.length - 1];
  if (last) results[results.length - 1] = { ...last, note: `${syncs} context.sync() calls` };
  return results;
}
