/**
 * The tables of one sheet, before the program is known: ours (by marker and hidden keys)
 * or found by their headers; and, once the program is chosen, built into recognised
 * tables with the sheet's notes. A sheet of ours whose hidden keys were deleted is read by
 * its headers like any other.
 */
import type { OwnSheet } from "../own-sheets";
import type { ProgramFile } from "../programs/types";
import type { Indicator } from "../templates/indicators";
import type { TableKeys } from "../templates/table-keys";
import { buildCatalogTable } from "./funds-table";
import { findTables, type Evidence, type FoundTable } from "./find-tables";
import { buildHouseholdTable } from "./household-table";
import { buildIndicatorTable } from "./indicator-table";
import { NOTE_IDS, NoteSink } from "./notes";
import { ownKeys, ownTable } from "./own-tables";
import type { SheetView } from "./sheet-view";
import type { RecognisedTable, RecognitionNote } from "./table";

export interface SheetTables {
  readonly view: SheetView;
  readonly own: readonly { readonly sheet: OwnSheet; readonly keys: TableKeys }[];
  readonly found: readonly FoundTable[];
  readonly notes: NoteSink;
}

export function locateTables(view: SheetView, owned: readonly OwnSheet[], evidence: Evidence): SheetTables {
  const notes = new NoteSink(view.name);
  const own: { sheet: OwnSheet; keys: TableKeys }[] = [];
  for (const sheet of owned) {
    const keys = ownKeys(view, sheet);
    if (keys) own.push({ sheet, keys });
    else notes.add(NOTE_IDS.ownKeysMissing, null, null, { sheet: view.name });
  }
  const found = own.length > 0 ? [] : findTables(view, evidence);
  return { view, own, found, notes };
}

function buildFound(
  tables: SheetTables,
  found: FoundTable,
  program: ProgramFile | null,
  indicators: readonly Indicator[],
): RecognisedTable {
  const frame = { view: tables.view, notes: tables.notes, ...found };
  switch (found.layout.kind) {
    case "bieu-02":
      return buildHouseholdTable(frame);
    case "bieu-03":
      return buildIndicatorTable(frame, indicators);
    default:
      return buildCatalogTable(frame, program);
  }
}

export function buildTables(
  tables: SheetTables,
  program: ProgramFile | null,
  indicators: readonly Indicator[],
): { readonly tables: RecognisedTable[]; readonly notes: RecognitionNote[] } {
  const built = [
    ...tables.own.map(({ sheet, keys }) => ownTable(tables.view, sheet, keys, program)),
    ...tables.found.map((found) => buildFound(tables, found, program, indicators)),
  ];
  return { tables: built, notes: tables.notes.notes() };
}
