/**
 * A batch of fixes as both adapters hand it back (the Excel JS API one and the ExcelJS one of
 * browser mode), and the steps around writing it that do not depend on where the workbook
 * lives: the policy a validated grid gives (refuse a cell that changed since; our own sheets
 * may be unprotected), the policy and the single fix of an undo, and each edited cell's
 * content from before the batch, kept for undo until the pane closes.
 */
import { findOwnSheets } from "../../../domain/own-sheets/find-own-sheets";
import type { Fix } from "../../../domain/validation/issue";
import { cellAt, type CellEdit, type WorkbookGrid } from "../../../domain/workbook";
import { editContent, gridContent, restoringEdit, type CellContent } from "./content";
import type { BatchPolicy } from "./plan-batch";
import type { RefusedFix } from "./refusals";
import { cellId } from "./targets";

export interface AppliedBatch {
  readonly applied: readonly Fix[];
  readonly refused: readonly RefusedFix[];
  /** The previous formula or value of every edited cell (null value = it was empty), once per cell. */
  readonly undo: readonly CellEdit[];
  /** What every edited cell held right after the batch, as read back: undo checks it is still there. */
  readonly after: readonly CellEdit[];
  /** Our protected sheets that were unprotected for the batch and protected again; undo may do the same. */
  readonly reprotectedSheets: readonly string[];
}

/** The message id of the single fix an undo applies. */
export const UNDO_MESSAGE_ID = "undo";

/** A batch without edits: everything "applied", nothing to undo. */
export function emptyBatch(fixes: readonly Fix[]): AppliedBatch {
  return { applied: [...fixes], refused: [], undo: [], after: [], reprotectedSheets: [] };
}

export function gridPolicy(validated: WorkbookGrid | undefined): BatchPolicy {
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

/** An undo is refused where a cell no longer holds what the batch wrote (typed over since). */
export function undoPolicy(batch: AppliedBatch): BatchPolicy {
  const written = new Map(batch.after.map((edit) => [cellId(edit.sheet, edit.address), editContent(edit)]));
  return {
    expected: (edit) => written.get(cellId(edit.sheet, edit.address)) ?? null,
    mayUnprotect: new Set(batch.reprotectedSheets),
  };
}

/** The one fix an undo writes; none when the batch changed nothing. */
export function undoFixes(batch: AppliedBatch): Fix[] {
  return batch.undo.length === 0 ? [] : [{ messageId: UNDO_MESSAGE_ID, data: {}, edits: batch.undo }];
}

/** Each edited cell's content before the batch, once per cell, by cellId. */
export function previousContents(
  fixes: readonly Fix[],
  cells: ReadonlyMap<string, { readonly content: CellContent }>,
): CellEdit[] {
  const seen = new Map<string, CellEdit>();
  for (const { sheet, address } of fixes.flatMap((f) => f.edits)) {
    const id = cellId(sheet, address);
    const content = cells.get(id)?.content;
    if (content && !seen.has(id)) seen.set(id, restoringEdit(sheet, address, content));
  }
  return [...seen.values()];
}
