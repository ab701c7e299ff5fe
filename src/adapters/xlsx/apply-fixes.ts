/**
 * "Apply fixes" and "undo" in an ExcelJS workbook (the pane's browser mode), with the same
 * contract as the Excel JS API adapter (office/apply-fixes.ts) and its pure planning: a fix
 * is refused whole, with its Vietnamese reason, when a cell changed since the validated grid,
 * its sheet is gone, or it needs a locked cell of a protected sheet that is not ours (or is
 * ours but has a password now). ExcelJS does not enforce protection, so our own sheets are
 * written without unprotecting them, and their protection record is left exactly as it was.
 * What every edited cell held before and after is read back through the read port, so undo
 * refuses a cell the user has changed since.
 */
import type ExcelJS from "exceljs";
import type { Fix } from "../../domain/validation/issue";
import type { CellEdit, WorkbookGrid } from "../../domain/workbook";
import {
  emptyBatch,
  gridPolicy,
  previousContents,
  undoFixes,
  undoPolicy,
  type AppliedBatch,
} from "../office/fixes/batch";
import { gridContent, restoringEdit } from "../office/fixes/content";
import { planBatch, sheetsToUnprotect, withoutSheets, type BatchPolicy } from "../office/fixes/plan-batch";
import { cellId } from "../office/fixes/targets";
import { loadTargets, type XlsxTargets } from "./fixes/targets";
import { writeEdit } from "./fixes/write-cells";
import { readWorkbookGrid } from "./read-workbook";

export type { AppliedBatch };

function passwordSheets(targets: XlsxTargets, names: readonly string[]): Set<string> {
  return new Set(names.filter((name) => targets.sheets.get(name)?.password));
}

function readBack(workbook: ExcelJS.Workbook, cells: readonly CellEdit[]): CellEdit[] {
  const now = loadTargets(workbook, readWorkbookGrid(workbook, ""), cells);
  return cells.map(({ sheet, address }) =>
    restoringEdit(sheet, address, now.cells.get(cellId(sheet, address))?.content ?? gridContent(undefined)),
  );
}

function runBatch(workbook: ExcelJS.Workbook, fixes: readonly Fix[], policy: BatchPolicy): AppliedBatch {
  const edited = fixes.flatMap((f) => f.edits);
  if (edited.length === 0) return emptyBatch(fixes);
  const targets = loadTargets(workbook, readWorkbookGrid(workbook, ""), edited);
  const planned = planBatch(fixes, targets, policy);
  const plan = withoutSheets(planned, passwordSheets(targets, sheetsToUnprotect(planned)));
  const undo = previousContents(plan.accepted, targets.cells);
  for (const edit of plan.accepted.flatMap((f) => f.edits)) {
    const target = targets.sheets.get(edit.sheet);
    if (target) writeEdit(target.worksheet, edit);
  }
  const after = undo.length === 0 ? [] : readBack(workbook, undo);
  return {
    applied: plan.accepted,
    refused: plan.refused,
    undo,
    after,
    reprotectedSheets: sheetsToUnprotect(plan),
  };
}

/** Applies `fixes` as one batch; pass the grid they were computed from to refuse changed cells. */
export function applyFixes(
  workbook: ExcelJS.Workbook,
  fixes: readonly Fix[],
  validated?: WorkbookGrid,
): AppliedBatch {
  return runBatch(workbook, fixes, gridPolicy(validated));
}

/** Writes back what a batch changed; refused whole when a cell no longer holds what the batch wrote. */
export function undoBatch(workbook: ExcelJS.Workbook, batch: AppliedBatch): AppliedBatch {
  return runBatch(workbook, undoFixes(batch), undoPolicy(batch));
}
