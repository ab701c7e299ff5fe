/**
 * Takes back sheets the pane inserted (the undo of "Chèn biểu mẫu" or of writing the
 * "Thuyết minh" sheet), in one Excel.run: sync 1 lists the sheets and workbook names; sync 2
 * deletes the sheets, then our marker names ("KHGN_…") that pointed at them. Deleting a
 * sheet alone would leave its marker behind as "=#REF!…", and the next insertion would then
 * number its marker "_2" for nothing. Sheets already gone are skipped; sheets are matched
 * without regard to case, as Excel names them.
 */
import { MARKER_PREFIX } from "../../domain/templates/column-keys";
import { readReference } from "../xlsx/read/references";
import type { ExcelApi, ExcelNamedItem, ExcelRequestContext } from "./excel-api";

const folded = (name: string) => name.normalize("NFC").toLocaleLowerCase("vi");

/** A marker name whose range lies on one of `sheets` (folded names). */
function isMarkerOn(item: ExcelNamedItem, sheets: ReadonlySet<string>): boolean {
  if (!item.name.toUpperCase().startsWith(MARKER_PREFIX) || item.type !== "Range") return false;
  const target = typeof item.value === "string" ? readReference(item.value.replace(/^=/, ""))?.sheet : null;
  return typeof target === "string" && sheets.has(folded(target));
}

async function removeIn(context: ExcelRequestContext, names: readonly string[]): Promise<void> {
  const { worksheets, names: definedNames } = context.workbook;
  worksheets.load("items/name");
  definedNames.load(["items/name", "items/type", "items/value"]);
  await context.sync();
  const wanted = new Set(names.map(folded));
  const doomed = worksheets.items.filter((sheet) => wanted.has(folded(sheet.name)));
  if (doomed.length === 0) return;
  const gone = new Set(doomed.map((sheet) => folded(sheet.name)));
  // Sheets first: when Excel refuses one (a protected structure), the markers are still intact.
  doomed.forEach((sheet) => sheet.delete());
  definedNames.items.filter((item) => isMarkerOn(item, gone)).forEach((item) => item.delete());
  await context.sync();
}

/** Rejects with Excel's error when a sheet cannot go (the workbook's structure is protected). */
export async function removeSheets(excel: ExcelApi, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await excel.run((context) => removeIn(context, names));
}
