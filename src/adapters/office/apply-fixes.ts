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
import { findOwnSheets } from "../../domain/own-sheets/find-own-sheets";
import { cellAt, type CellEdit, type WorkbookGrid } from "../../domain/workbook";
import type { ExcelApi, ExcelRequestContext } from "./excel-api";
import { editContent, gridContent, restoringEdit } from "./fixes/content";
import { planBatch, sheetsToUnprotect, withoutSheets, type BatchPolicy } from "./fixes/plan-batch";
import type { RefusedFix } from "./fixes/refusals";
import { cellId, loadTargets, type Targets } from "./fixes/targets";
import { unprotectSheets, writeEdits } from "./fixes/write-batch";

export { ApplyFixesError } from "./fixes/write-batch";
export type { Refusal, RefusalKind, RefusedFix } from "./fixes/refusals";

export interface AppliedBatch {
  readonly applied: readonly Fix[];
  readonly refused: readonly RefusedFix[];
  /** The previous formula or value of every edited cell (null value = it was empty), once per cell. */
  readonly undo: readonly CellEdit[];
  /** What every edited cell held right after the batch, as Excel read it back: undo checks it is still there. */
  readonly after: readonly CellEdit[];
  /** Our protected sheets that were unprotected for the batch and protected again; undo may do the same. */
  readonly reprotectedSheets: readonly string[];
}

/** The message id of the single fix an undo applies. */
export const UNDO_MESSAGE_ID = "undo";

function previousContents(fixes: readonly Fix[], targets: Targets): CellEdit[] {
  const seen = new Map<string, CellEdit>();
  for (const { sheet, address } of fixes.flatMap((f) => f.edits)) {
    const id = cellId(sheet, address);
    const content = targets.cells.get(id)?.content;
    if (content && !seen.has(id)) seen.set(id, restoringEdit(sheet, address, content));
  }
  return [...seen.values()];
}

async function runBatch(
  context: ExcelRequestContext,
  fixes: readonly Fix[],
  policy: BatchPolicy,
): Promise<AppliedBatch> {
  const edited = fixes.flatMap((f) => f.edits);
  if (edited.length === 0)
    return { applied: [...fixes], refused: [], undo: [], after: [], reprotectedSheets: [] };
  const targets = await loadTargets(context, edited);
  const planned = planBatch(fixes, targets, policy);
  const locked = await unprotectSheets(context, targets, sheetsToUnprotect(planned));
  const plan = withoutSheets(planned, locked);
  const reprotectedSheets = sheetsToUnprotect(plan);
  const undo = previousContents(plan.accepted, targets);
  const edits = plan.accepted.flatMap((f) => f.edits);
  const after = edits.length === 0 ? [] : await writeEdits(context, targets, edits, undo, reprotectedSheets);
  return { applied: plan.accepted, refused: plan.refused, undo, after, reprotectedSheets };
}

function gridPolicy(validated: WorkbookGrid | undefined): BatchPolicy {
  if (!validated) return { expected: () => null, mayUnprotect: new Set() };
  const sheets = new Map(validated.sheets.map((s) => [s.name, s]));
  return {
    expected: ({ sheet, address }) => {
      const grid = sheets.get(sheet);
      return grid ? gridContent(cellAt(grid, address.row, address.col)) : null;
    },
    mayUnprotect: new Set(findOwnSheets(validated).map((s) => s.sheet)),
  };
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
  const written = new Map(batch.after.map((edit) => [cellId(edit.sheet, edit.address), editContent(edit)]));
  const policy: BatchPolicy = {
    expected: (edit) => written.get(cellId(edit.sheet, edit.address)) ?? null,
    mayUnprotect: new Set(batch.reprotectedSheets),
  };
  const undo: Fix = { messageId: UNDO_MESSAGE_ID, data: {}, edits: batch.undo };
  return excel.run((context) => runBatch(context, batch.undo.length === 0 ? [] : [undo], policy));
}
