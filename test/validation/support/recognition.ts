/**
 * Recognition results written by hand for the rule tests, so each test says exactly which
 * tables, rows and columns the rules see, whatever the recogniser would make of the sheet.
 */
import type { RecognisedRow, RecognisedTable, Recognition, RowRole } from "../../../src/domain/detect/table";
import type { SheetsInput } from "./grid";

export function row(
  rowNumber: number,
  key: string | null,
  label: string,
  role: RowRole,
  childRows: number[] = [],
): RecognisedRow {
  return { row: rowNumber, key, label, role, childRows, hidden: false };
}

/** Column key -> letter, as the column map recognition gives ("tong" -> "C"). */
export function columnsOf(letters: Readonly<Record<string, string>>): Map<string, number> {
  return new Map(Object.entries(letters).map(([key, letter]) => [key, letter.charCodeAt(0) - 64]));
}

/** A table with the defaults of the Phụ lục 01 fixture (header 5-6, body 7-15, triệu đồng). */
export function table(
  kind: RecognisedTable["kind"],
  sheet: string,
  parts: Partial<RecognisedTable>,
): RecognisedTable {
  return {
    kind,
    sheet,
    own: false,
    headerRows: { first: 5, last: 6 },
    bodyRows: { first: 7, last: 15 },
    columns: new Map(),
    rows: [],
    unitFactor: 1,
    unitText: "Đơn vị tính: Triệu đồng",
    ...parts,
  };
}

export function recognitionOf(
  sheets: SheetsInput,
  tables: readonly RecognisedTable[],
  notes: Recognition["notes"] = [],
): Recognition {
  const kinds = new Map(tables.map((t) => [t.sheet, t.kind]));
  return {
    sheets: Object.keys(sheets).map((name) => ({ name, kind: kinds.get(name) ?? "unknown" })),
    tables,
    settings: null,
    programId: null,
    notes,
  };
}
