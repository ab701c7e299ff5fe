/**
 * The bundled example plan with one planted mistake, as an officer makes it: a total typed
 * over as a plain number (the number it showed, so only the missing formula is wrong). The
 * pane should find it, offer to put the formula back, and then find nothing.
 */
import ExcelJS from "exceljs";
import * as path from "node:path";
import { REPO } from "../../build/tools";

export const EXAMPLE = path.join(REPO, "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");

/** Phụ lục 01 row 12: NSTW (E) is the sum of development (F) and recurrent (G) funds. */
export const PLANTED = { sheet: "Phụ lục 01", cell: "E12", formula: "SUM(F12:G12)", parts: ["F12", "G12"] };

export function formulaOf(cell: ExcelJS.Cell): string | null {
  const value = cell.value;
  return value !== null && typeof value === "object" && "formula" in value ? (value.formula ?? null) : null;
}

function numberIn(cell: ExcelJS.Cell): number {
  return typeof cell.value === "number" ? cell.value : 0;
}

/** The example workbook with PLANTED.cell's formula replaced by the constant it adds up to. */
export async function exampleWithConstantTotal(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  const sheet = workbook.getWorksheet(PLANTED.sheet);
  if (!sheet) throw new Error(`${EXAMPLE} has no sheet "${PLANTED.sheet}"`);
  const total = sheet.getCell(PLANTED.cell);
  if (formulaOf(total) !== PLANTED.formula) {
    throw new Error(`${PLANTED.sheet}!${PLANTED.cell} of ${EXAMPLE} no longer holds =${PLANTED.formula}`);
  }
  total.value = PLANTED.parts.reduce((sum, address) => sum + numberIn(sheet.getCell(address)), 0);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
