/**
 * The fixture plan sheets in one place: Phụ lục 01 (funds-sheet.ts), Biểu 02 and Biểu 03
 * (target-sheets.ts), the recognition that goes with them (recognition.ts), and the
 * tables a case gets when it does not say otherwise.
 */
import type { RecognisedTable } from "../../../src/domain/detect/table";
import { FUNDS, fundsTable } from "./funds-sheet";
import type { SheetsInput } from "./grid";
import { HOUSEHOLDS, TARGETS, householdsTable, targetsTable } from "./target-sheets";

export * from "./funds-sheet";
export { recognitionOf } from "./recognition";
export * from "./target-sheets";

/** The fixture tables for the fixture sheets a case has. */
export function fixtureTables(sheets: SheetsInput): RecognisedTable[] {
  const tables: RecognisedTable[] = [];
  if (FUNDS in sheets) tables.push(fundsTable());
  if (HOUSEHOLDS in sheets) tables.push(householdsTable());
  if (TARGETS in sheets) tables.push(targetsTable());
  return tables;
}
