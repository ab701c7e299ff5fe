/**
 * The bundled example workbook is what today's code writes: rebuilding it with
 * scripts/make-example.js gives the same sheets, cells, formulas and formats, so the
 * README's example never drifts from the templates.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { snapshotExcelJsWorkbook } from "../support/exceljs-snapshot";

const REPO = join(__dirname, "..", "..");
const EXAMPLE = join(REPO, "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");

async function snapshot(file: string): Promise<ReturnType<typeof snapshotExcelJsWorkbook>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return snapshotExcelJsWorkbook(workbook);
}

it("examples/ke-hoach-2025-xa-ba-dinh.xlsx is what scripts/make-example.js writes today", async () => {
  const rebuilt = join(mkdtempSync(join(tmpdir(), "khgn-example-")), "example.xlsx");
  execFileSync(process.execPath, [join(REPO, "scripts", "make-example.js"), rebuilt], { cwd: REPO });
  expect(await snapshot(rebuilt)).toEqual(await snapshot(EXAMPLE));
});
