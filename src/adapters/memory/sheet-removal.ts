/**
 * What deleting a worksheet does to the fake workbook, as Excel does it: the last visible
 * sheet cannot go; the sheet's own (sheet-level) names go with it; workbook-level names that
 * pointed at it stay but now read "=#REF!…"; and when it was the active sheet, the next
 * visible one becomes active and the selection is forgotten.
 */
import { parseQualifiedArea } from "./areas";
import { invalidOperation } from "./fake-errors";
import { sameName, type NameState, type SheetState, type WorkbookState } from "./workbook-state";

/** "='Phụ lục 01'!$A$1:$N$30" -> "=#REF!$A$1:$N$30" when it names `sheet`, in place (proxies keep it). */
function breakReference(name: NameState, sheet: string): void {
  const target = parseQualifiedArea(name.formula)?.sheet;
  if (target === null || target === undefined || !sameName(target, sheet)) return;
  name.formula = `=#REF!${name.formula.slice(name.formula.lastIndexOf("!") + 1)}`;
}

function nextActive(state: WorkbookState, index: number): number | null {
  const visible = state.sheets.filter((s) => s.visibility === "Visible");
  const after = state.sheets.slice(index).find((s) => s.visibility === "Visible");
  return (after ?? visible[visible.length - 1])?.id ?? null;
}

export function removeSheetState(state: WorkbookState, sheet: SheetState): void {
  const index = state.sheets.indexOf(sheet);
  const othersVisible = state.sheets.some((s) => s !== sheet && s.visibility === "Visible");
  if (!othersVisible)
    throw invalidOperation("Worksheet.delete", "A workbook must contain at least one visible worksheet.");
  state.sheets.splice(index, 1);
  const kept = state.names.filter((n) => n.sheetId !== sheet.id);
  kept.forEach((n) => breakReference(n, sheet.name));
  state.names.splice(0, state.names.length, ...kept);
  if (state.activeSheetId === sheet.id) state.activeSheetId = nextActive(state, index);
  if (state.selection?.sheetId === sheet.id) state.selection = null;
}
