/**
 * The Office adapter calls the Excel workspace makes, gathered in one module so that they
 * come in one chunk, fetched on the first action (excel-workspace.ts) rather than with the
 * pane's first paint: the template writer and the batch planner are the bulk of it.
 */
export { applyFixes, undoBatch } from "../../adapters/office/apply-fixes";
export { insertSheets } from "../../adapters/office/insert-templates";
export { readWorkbook } from "../../adapters/office/read-workbook";
export { removeSheets } from "../../adapters/office/remove-sheets";
export { selectCell } from "../../adapters/office/select-cell";
