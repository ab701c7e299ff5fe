/**
 * The controller behind the "Kiểm tra" page, free of React: read the workbook (in Excel or
 * an opened file, through the Workspace) and run every rule on it; apply fixes (never
 * suggestions, which change a number the user typed) in one batch, then read and validate
 * again so the list shows what is left; undo the last batch the same way. It never throws:
 * every failure comes back as an outcome to show. The page fetches it, with the validation
 * engine, as a chunk of its own on the first action (use-check.ts).
 */
import { rangeToA1 } from "../../domain/address/cell-address";
import type { ProgramFile } from "../../domain/programs/types";
import { validateWorkbook, type ValidationResult } from "../../domain/validation/engine";
import type { Issue } from "../../domain/validation/issue";
import { renderFixMessage, renderIssueMessage } from "../../domain/validation/messages";
import type { WorkbookGrid } from "../../domain/workbook";
import type { AppliedBatch, RefusedFix } from "../../adapters/office/apply-fixes";
import type { Lang } from "../i18n/messages";
import type { Workspace } from "../workspace/workspace";
import { describeFailure } from "./failure";
import type { InsertFailure } from "./outcome";
import { safeFixes } from "./safe-fixes";

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
  readonly workspace: Workspace;
  readonly programs: readonly ProgramFile[];
  readonly lang: Lang;
}

/** Clicking a finding: Excel selected its cell, or (browser mode) there is no grid and the page names the cell. */
export type SelectOutcome =
  | { readonly kind: "selected" }
  | { readonly kind: "located"; readonly sheet: string; readonly cell: string }
  | { readonly kind: "failed"; readonly failure: InsertFailure };

/** The generic hint names "Chèn biểu mẫu"; a failed check points at "Kiểm tra" instead. */
function failed(error: unknown): CheckOutcome {
  return { kind: "failed", failure: describeFailure(error, "checkFailureHint") };
}

async function readAndValidate(ctx: CheckContext): Promise<CheckedWorkbook> {
  const grid = await ctx.workspace.read();
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

/** Applies the fixes of `issues` in one batch against the grid they were found in. */
export async function applyIssueFixes(
  ctx: CheckContext,
  checked: CheckedWorkbook,
  issues: readonly Issue[],
): Promise<CheckOutcome> {
  try {
    const batch = await ctx.workspace.applyFixes(safeFixes(issues), checked.grid);
    return await recheck(ctx, batch, true);
  } catch (error) {
    return failed(error);
  }
}

/** Gives back what the batch changed; refused (with the reason) when the user typed over it since. */
export async function undoLastBatch(ctx: CheckContext, batch: AppliedBatch): Promise<CheckOutcome> {
  try {
    return await recheck(ctx, await ctx.workspace.undoBatch(batch), false);
  } catch (error) {
    return failed(error);
  }
}

/** Shows the issue's cell: selected in Excel, or named when there is no grid (browser mode). */
export async function selectIssueCell(workspace: Workspace, issue: Issue): Promise<SelectOutcome> {
  const cell = rangeToA1(issue.range);
  try {
    const selected = await workspace.select(issue.sheet, cell);
    return selected ? { kind: "selected" } : { kind: "located", sheet: issue.sheet, cell };
  } catch (error) {
    return { kind: "failed", failure: { ...describeFailure(error), hint: "selectFailureHint" } };
  }
}

/** The same findings in another language (the user switched it), without reading the workbook again. */
export function relabel(checked: CheckedWorkbook, lang: Lang): CheckedWorkbook {
  const rendered = checked.result.issues.map((issue) => ({
    issue,
    message: renderIssueMessage(issue, lang),
    fix: issue.fix ? renderFixMessage(issue.fix, lang) : null,
    suggestions: (issue.suggestions ?? []).map((fix) => renderFixMessage(fix, lang)),
  }));
  return { ...checked, result: { ...checked.result, rendered } };
}
