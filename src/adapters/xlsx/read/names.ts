/**
 * Workbook defined names as the read port lists them. ExcelJS keeps a name as the set of
 * cells it covers and forgets sheet scopes, so a name Excel copied along with a sheet
 * ("KHGN_PL01" local to "Phụ lục 01 (2)") comes back as a second range of the same name:
 * each range becomes its own entry, which is what recognising sheet copies needs.
 */
import type ExcelJS from "exceljs";
import type { DefinedName } from "../../../domain/workbook";
import { readReference } from "./references";

function definedName(name: string, reference: string): DefinedName {
  const read = readReference(reference);
  return {
    name,
    sheet: read?.sheet ?? null,
    range: read?.sheet ? read.range : null,
    reference,
  };
}

export function readDefinedNames(workbook: ExcelJS.Workbook): DefinedName[] {
  return workbook.definedNames.model.flatMap((entry) =>
    entry.ranges.map((reference) => definedName(entry.name, reference)),
  );
}
