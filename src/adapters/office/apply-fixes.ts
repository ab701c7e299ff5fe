/**
 * "Apply fixes" and "undo" in the open workbook, each in one Excel.run: (1) read every
 * edited cell (content, format, lock) and its sheet's protection, (2) only if one of our
 * own protected sheets must be unprotected, unprotect it, (3) write the whole batch,
 * protect again and read back. Fixes are refused, with a Vietnamese reason, when their
 * cell changed since validation (checked when the validated grid is given), their sheet is
 * gone, or they need a locked cell of a protected sheet that is not ours. Our sheets are
 * recognised from the validated grid by their marker names (domain/own-sheets): they are
 * protected without a password and only their formulas are locked, so unprotecting them
 * for a fix and protecting them again with the same options keeps the user's protection.
 * The batch keeps each edited cell's previous content for undo until the pane closes.
 */
import type { Fix } from "../../domain/validation/issue";
import type { WorkbookGrid } from "../../domain/workbook";
import type { ExcelApi, ExcelRequestContext } from "./excel-api";
import {
  emptyBatch,
  gridPolicy,
  previousContents,
  undoFixes,
  undoPolicy,
  type AppliedBatch,
} from "./fixes/batch";
import { planBatch, sheetsToUnprotect, withoutSheets, type BatchPolicy } from "./fixes/plan-batch";
import { loadTargets } from "./fixes/targets";
import { unprotectSheets, writeEdits } from "./fixes/write-batch";

export { ApplyFixesError } from "./fixes/write-batch";
export { UNDO_MESSAGE_ID, type AppliedBatch } from "./fixes/batch";
export type { Refusal, RefusalKind, RefusedFix } from "./fixes/refusals";

async function runBatch(
  context: ExcelRequestContext,
  fixes: readonly Fix[],
  policy: BatchPolicy,
): Promise<AppliedBatch> {
  const edited = fixes.flatMap((f) => f.edits);
  if (edited.length === 0) return emptyBatch(fixes);
  const targets = await loadTargets(context, edited);
  const planned = planBatch(fixes, targets, policy);
  const locked = await unprotectSheets(context, targets, sheetsToUnprotect(planned));
  const plan = withoutSheets(planned, locked);
  const reprotectedSheets = sheetsToUnprotect(plan);
  const undo = previousContents(plan.accepted, targets.cells);
  const edits = plan.accepted.flatMap((f) => f.edits);
  const after = edits.length === 0 ? [] : await writeEdits(context, targets, edits, undo, reprotectedSheets);
  return { applied: plan.accepted, refused: plan.refused, undo, after, reprotectedSheets };
}

/**
 * Applies `fixes` as one batch. Pass the grid the fixes were computed from: it lets a fix
 * whose cell has changed since be refused, and our own protected sheets be unprotected for
 * the write. Rejects with ApplyFixesError when Excel refuses a write (the workbook is put
 * back as it was).
 */
export function applyFixes(
  excel: ExcelApi,
  fixes: readonly Fix[],
  validated?: WorkbookGrid,
): Promise<AppliedBatch> {
  return excel.run((context) => runBatch(context, fixes, gridPolicy(validated)));
}

/**
 * Writes back the previous contents of a batch's cells, as one fix; refused whole when a
 * cell no longer holds what the batch wrote (the user has typed over it since). The
 * result's own `undo` redoes the batch.
 */
export function undoBatch(excel: ExcelApi, batch: AppliedBatch): Promise<AppliedBatch> {
  return excel.run((context) => runBatch(context, undoFixes(batch), undoPolicy(batch)));
}
