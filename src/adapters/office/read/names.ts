/**
 * Defined names as the read port lists them, from Excel's NamedItems (name, type and
 * value, all ExcelApi 1.1; `formula` would need 1.7). A range name's value is its address
 * ("'Phụ lục 01'!$A$5:$N$30"); any other name keeps its value as text with neither sheet
 * nor range. Sheet-level names (Excel gives a sheet copy its own copy of the sheet's
 * names) come from worksheet.names and are listed like workbook names, which is what
 * recognising our sheets and their copies needs (domain/own-sheets).
 */
import type { DefinedName } from "../../../domain/workbook";
import { readReference } from "../../xlsx/read/references";
import type { ExcelNamedItem, ExcelNamedItemCollection } from "../excel-api";

export function loadNames(collection: ExcelNamedItemCollection): ExcelNamedItemCollection {
  return collection.load(["items/name", "items/type", "items/value"]);
}

function valueText(value: unknown): string {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

function definedName(item: ExcelNamedItem): DefinedName {
  const reference = valueText(item.value).replace(/^=/, "");
  const read = item.type === "Range" ? readReference(reference) : null;
  return { name: item.name, sheet: read?.sheet ?? null, range: read?.sheet ? read.range : null, reference };
}

/** Call after the sync that filled the loads of loadNames. */
export function readNames(collection: ExcelNamedItemCollection): DefinedName[] {
  return collection.items.map(definedName);
}
