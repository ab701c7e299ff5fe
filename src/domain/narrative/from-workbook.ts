/**
 * The one way every caller turns a workbook into the narrative's input. A workbook made
 * with our templates (our "Thông tin chung" and at least one of our data sheets) is read
 * by key; any other (the offices' own Phụ lục 01 / Biểu 02 / Biểu 03) goes through
 * recognition. A workbook with our settings sheet but its own Phụ lục 01 instead of ours
 * gets the recognised funds with our settings.
 */
import { recognise } from "../detect/recognise";
import type { Recognition } from "../detect/table";
import { findOwnSheets, type OwnSheet } from "../own-sheets";
import type { ProgramFile } from "../programs/types";
import type { ValidationResult } from "../validation/engine";
import type { WorkbookGrid } from "../workbook";
import type { NarrativeInput } from "./input";
import { narrativeInputFromOwnSheets } from "./own-sheets/from-own-sheets";
import { computedGrid } from "./recognised/cell-reader";
import { narrativeInputFromRecognition } from "./recognised/from-recognition";

export interface FromWorkbookOptions {
  /**
   * Validation already run on this grid (the pane keeps it; its recognition is reused);
   * null to list no validation errors; run here when absent.
   */
  readonly validation?: ValidationResult | null;
}

function has(own: readonly OwnSheet[], test: (templateId: OwnSheet["templateId"]) => boolean): boolean {
  return own.some((sheet) => test(sheet.templateId));
}

/** Our sheets can give the plan: settings, data, and our Phụ lục 01 unless the office has its own. */
function ownSheetsSuffice(own: readonly OwnSheet[], recognition: () => Recognition): boolean {
  if (!has(own, (id) => id === "thong-tin-chung") || !has(own, (id) => id !== "thong-tin-chung"))
    return false;
  if (has(own, (id) => id === "phu-luc-01")) return true;
  return !recognition().tables.some((table) => table.kind === "phu-luc-01" && !table.own);
}

export function narrativeInputFromWorkbook(
  grid: WorkbookGrid,
  programs: readonly ProgramFile[],
  options: FromWorkbookOptions = {},
): NarrativeInput {
  const values = computedGrid(grid);
  let recognised: Recognition | undefined = options.validation?.recognition;
  const recognition = (): Recognition => (recognised ??= recognise(values, programs));
  if (ownSheetsSuffice(findOwnSheets(values), recognition))
    return narrativeInputFromOwnSheets(values, programs, options);
  return narrativeInputFromRecognition(values, recognition(), programs, options);
}
