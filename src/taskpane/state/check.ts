/**
 * The controller behind the "Kiểm tra" page, free of React: read the open workbook and run
 * every rule on it; apply fixes (never suggestions, which change a number the user typed)
 * in one batch, then read and validate again so the list shows what is left; undo the last
 * batch the same way. It never throws: every failure comes back as an outcome to show.
 */
import { rangeToA1 } from "../../domain/address/cell-address";
import type { ProgramFile } from "../../domain/programs/types";
import { validateWorkbook, type ValidationResult } from "../../domain/validation/engine";
import type { Fix, Issue } from "../../domain/validation/issue";
import type { WorkbookGrid } from "../../domain/workbook";
import { applyFixes, undoBatch, type AppliedBatch, type RefusedFix } from "../../adapters/office/apply-fixes";
import { readWorkbook } from "../../adapters/office/read-workbook";
import { selectCell } from "../../adapters/office/select-cell";
import type { ExcelConnection } from "../host";
import type { Lang } from "../i18n/messages";
import { describeFailure } from "./failure";
import type { InsertFailure } from "./outcome";

/** What the rules found in the workbook as it was read, kept to apply fixes against it. */
export interface CheckedWorkbook {
  readonly grid: WorkbookGrid;
  readonly result: ValidationResult;
}

export type CheckOutcome =
  | {
      readonly kind: "checked";
      readonly checked: CheckedWorkbook;
      /** The batch "Hoàn tác" undoes; null when there is nothing to undo. */
      readonly batch: AppliedBatch | null;
      readonly refused: readonly RefusedFix[];
    }
  | { readonly kind: "failed"; readonly failure: InsertFailure };

export interface CheckContext {
  readonly target: ExcelConnection;
  readonly programs: readonly ProgramFile[];
  readonly lang: Lang;
}

/** The generic hint names "Chèn biểu mẫu"; a failed check points at "Kiểm tra" instead. */
function failed(error: unknown): CheckOutcome {
  const failure = describeFailure(error);
  return { kind: "failed", failure: { ...failure, hint: failure.hint && "checkFailureHint" } };
}

async function readAndValidate(ctx: CheckContext): Promise<CheckedWorkbook> {
  const grid = await readWorkbook(ctx.target.excel, ctx.target.requirements);
  return { grid, result: validateWorkbook(grid, { programs: ctx.programs, lang: ctx.lang }) };
}

async function recheck(ctx: CheckContext, batch: AppliedBatch, keep: boolean): Promise<CheckOutcome> {
  const checked = await readAndValidate(ctx);
  const undoable = keep && batch.undo.length > 0;
  return { kind: "checked", checked, batch: undoable ? batch : null, refused: batch.refused };
}

export async function runCheck(ctx: CheckContext): Promise<CheckOutcome> {
  try {
    return { kind: "checked", checked: await readAndValidate(ctx), batch: null, refused: [] };
  } catch (error) {
    return failed(error);
  }
}

/** The fixes "Sửa tất cả lỗi an toàn" applies: every issue's own fix, never a suggestion. */
export function safeFixes(issues: readonly Issue[]): Fix[] {
  return issues.flatMap((issue) => (issue.fix ? [issue.fix] : []));
}

/** Applies the fixes of `issues` in one batch against the grid they were found in. */
export async function applyIssueFixes(
  ctx: CheckContext,
  checked: CheckedWorkbook,
  issues: readonly Issue[],
): Promise<CheckOutcome> {
  try {
    const batch = await applyFixes(ctx.target.excel, safeFixes(issues), checked.grid);
    return await recheck(ctx, batch, true);
  } catch (error) {
    return failed(error);
  }
}

/** Gives back what the batch changed; refused (with the reason) when the user typed over it since. */
export async function undoLastBatch(ctx: CheckContext, batch: AppliedBatch): Promise<CheckOutcome> {
  try {
    return await recheck(ctx, await undoBatch(ctx.target.excel, batch), false);
  } catch (error) {
    return failed(error);
  }
}

/** Shows the issue's cell in Excel; null when done, else why not (the sheet is gone or hidden). */
export async function selectIssueCell(target: ExcelConnection, issue: Issue): Promise<InsertFailure | null> {
  try {
    await selectCell(target.excel, issue.sheet, rangeToA1(issue.range));
    return null;
  } catch (error) {
    return { ...describeFailure(error), hint: "selectFailureHint" };
  }
}
