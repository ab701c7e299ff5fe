/**
 * Which fixes of a batch can be written, from what the first sync found: a fix is refused
 * whole when one of its edits lands on a missing sheet, on a cell that no longer holds what
 * validation saw, or on a locked cell of a protected sheet we may not unprotect. Our own
 * sheets (protected without a password, inputs unlocked) may be unprotected for the write
 * and protected again with the same options; the fixes that need it are listed per sheet.
 */
import type { Fix } from "../../../domain/validation/issue";
import type { CellEdit } from "../../../domain/workbook";
import { sameContent, type CellContent } from "./content";
import { changedCell, missingSheet, protectedSheet, type Refusal, type RefusedFix } from "./refusals";
import { cellId } from "./targets";

/**
 * What the first read found, as far as planning needs it: the Excel JS API's Targets and the
 * ExcelJS adapter's both fit. Cells are keyed by cellId.
 */
export interface PlanTargets {
  readonly missing: ReadonlySet<string>;
  readonly sheets: ReadonlyMap<string, { readonly protected: boolean }>;
  readonly cells: ReadonlyMap<string, { readonly content: CellContent; readonly locked: boolean }>;
}

export interface BatchPolicy {
  /** What the cell held when the fix was made; null when not known (no check). */
  readonly expected: (edit: CellEdit) => CellContent | null;
  /** Sheets that may be unprotected for the write and protected again after it. */
  readonly mayUnprotect: ReadonlySet<string>;
}

export interface BatchPlan {
  readonly accepted: readonly Fix[];
  readonly refused: readonly RefusedFix[];
  /** For each accepted fix, the protected sheets it needs unprotected. */
  readonly needs: ReadonlyMap<Fix, ReadonlySet<string>>;
}

type EditCheck = Refusal | { readonly unprotect: string } | null;

function checkEdit(edit: CellEdit, targets: PlanTargets, policy: BatchPolicy): EditCheck {
  const sheet = targets.sheets.get(edit.sheet);
  const cell = targets.cells.get(cellId(edit.sheet, edit.address));
  if (targets.missing.has(edit.sheet) || !sheet || !cell) return missingSheet(edit.sheet);
  const expected = policy.expected(edit);
  if (expected && !sameContent(expected, cell.content)) return changedCell(edit.sheet, edit.address);
  if (!sheet.protected || !cell.locked) return null;
  return policy.mayUnprotect.has(edit.sheet) ? { unprotect: edit.sheet } : protectedSheet(edit.sheet);
}

function checkFix(fix: Fix, targets: PlanTargets, policy: BatchPolicy): Refusal | Set<string> {
  const needs = new Set<string>();
  for (const edit of fix.edits) {
    const check = checkEdit(edit, targets, policy);
    if (check && "unprotect" in check) needs.add(check.unprotect);
    else if (check) return check;
  }
  return needs;
}

export function planBatch(fixes: readonly Fix[], targets: PlanTargets, policy: BatchPolicy): BatchPlan {
  const accepted: Fix[] = [];
  const refused: RefusedFix[] = [];
  const needs = new Map<Fix, ReadonlySet<string>>();
  for (const fix of fixes) {
    const result = checkFix(fix, targets, policy);
    if (result instanceof Set) {
      accepted.push(fix);
      needs.set(fix, result);
    } else refused.push({ fix, reason: result });
  }
  return { accepted, refused, needs };
}

/** The plan after some sheets could not be unprotected: fixes needing them are refused. */
export function withoutSheets(plan: BatchPlan, locked: ReadonlySet<string>): BatchPlan {
  const blocked = (fix: Fix) => [...(plan.needs.get(fix) ?? [])].find((s) => locked.has(s));
  const refused = plan.accepted.flatMap((fix) => {
    const sheet = blocked(fix);
    return sheet === undefined ? [] : [{ fix, reason: protectedSheet(sheet) }];
  });
  return {
    accepted: plan.accepted.filter((fix) => blocked(fix) === undefined),
    refused: [...plan.refused, ...refused],
    needs: plan.needs,
  };
}

/** Sheets the accepted fixes need unprotected. */
export function sheetsToUnprotect(plan: BatchPlan): string[] {
  return [...new Set(plan.accepted.flatMap((fix) => [...(plan.needs.get(fix) ?? [])]))];
}
