/**
 * Takes back sheets the pane inserted into an ExcelJS workbook (browser mode's undo of an
 * insertion), as the Excel JS API adapter does in Excel: the sheets go, with our marker names
 * ("KHGN_…") that point at them, so the next insertion does not number its markers "_2" for
 * nothing. Sheets already gone are skipped; names are matched without regard to case. Like
 * Excel, it refuses to leave a workbook without a visible sheet.
 */
import type ExcelJS from "exceljs";
import { MARKER_PREFIX } from "../../domain/templates/column-keys";
import { readReference } from "./read/references";
import { findWorksheet, foldedSheetName as folded } from "./sheet-lookup";

export class LastVisibleSheetError extends Error {
  constructor() {
    super("Không xóa được các trang này: sổ làm việc phải còn ít nhất một trang đang hiện.");
    this.name = "LastVisibleSheetError";
  }
}

function withoutMarkersOn(workbook: ExcelJS.Workbook, gone: ReadonlySet<string>): void {
  const pointsAtGone = (range: string) => {
    const sheet = readReference(range)?.sheet;
    return typeof sheet === "string" && gone.has(folded(sheet));
  };
  workbook.definedNames.model = workbook.definedNames.model
    .map(({ name, ranges }) => ({
      name,
      ranges: name.toUpperCase().startsWith(MARKER_PREFIX) ? ranges.filter((r) => !pointsAtGone(r)) : ranges,
    }))
    .filter((entry) => entry.ranges.length > 0);
}

/** The tabs Excel shows first and active must still exist. */
function keepViewsInRange(workbook: ExcelJS.Workbook): void {
  const count = workbook.worksheets.length;
  for (const view of workbook.views ?? []) {
    if ((view.activeTab ?? 0) >= count) view.activeTab = 0;
    if ((view.firstSheet ?? 0) >= count) view.firstSheet = 0;
  }
}

export function removeSheetsFromWorkbook(workbook: ExcelJS.Workbook, names: readonly string[]): void {
  const doomed = names.flatMap((name) => findWorksheet(workbook, name) ?? []);
  if (doomed.length === 0) return;
  const visibleLeft = workbook.worksheets.some(
    (s) => !doomed.includes(s) && (s.state ?? "visible") === "visible",
  );
  if (!visibleLeft) throw new LastVisibleSheetError();
  withoutMarkersOn(workbook, new Set(doomed.map((sheet) => folded(sheet.name))));
  doomed.forEach((sheet) => workbook.removeWorksheet(sheet.id));
  keepViewsInRange(workbook);
}
