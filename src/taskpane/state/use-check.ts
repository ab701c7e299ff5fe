/**
 * The state behind the "Kiểm tra" page: the last findings (kept while a fix runs, so the
 * list does not vanish), the batch "Hoàn tác" undoes, refused fixes and the last failure.
 * Each action hands the controller (state/check.ts) what it needs and stores its outcome.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ProgramFile } from "../../domain/programs/types";
import type { Issue } from "../../domain/validation/issue";
import type { AppliedBatch, RefusedFix } from "../../adapters/office/apply-fixes";
import type { ExcelConnection } from "../host";
import type { Lang, MessageId } from "../i18n/messages";
import * as controller from "./check";
import type { CheckContext, CheckOutcome, CheckedWorkbook } from "./check";
import type { InsertFailure } from "./outcome";

export type CheckController = Pick<
  typeof controller,
  "runCheck" | "applyIssueFixes" | "undoLastBatch" | "selectIssueCell"
>;

/** A failure with what it was the user tried (checking, or selecting a cell). */
export interface PaneFailure {
  readonly title: MessageId;
  readonly failure: InsertFailure;
}

export interface CheckState {
  readonly running: boolean;
  readonly checked: CheckedWorkbook | null;
  readonly batch: AppliedBatch | null;
  readonly refused: readonly RefusedFix[];
  readonly failure: PaneFailure | null;
}

export interface CheckActions {
  readonly check: () => void;
  readonly fix: (issues: readonly Issue[]) => void;
  readonly undo: () => void;
  readonly select: (issue: Issue) => void;
}

const IDLE: CheckState = { running: false, checked: null, batch: null, refused: [], failure: null };

function settle(state: CheckState, outcome: CheckOutcome): CheckState {
  if (outcome.kind === "failed")
    return { ...state, running: false, failure: { title: "checkFailureTitle", failure: outcome.failure } };
  return { running: false, failure: null, ...outcome };
}

export function useCheck(
  excel: ExcelConnection | null,
  programs: readonly ProgramFile[],
  lang: Lang,
  runOnOpen: boolean,
  ctl: CheckController = controller,
): CheckState & CheckActions {
  const [state, setState] = useState<CheckState>(IDLE);
  const perform = useCallback(
    (step: (ctx: CheckContext) => Promise<CheckOutcome>) => {
      if (!excel) return;
      setState((s) => ({ ...s, running: true, failure: null }));
      void step({ target: excel, programs, lang }).then((outcome) => setState((s) => settle(s, outcome)));
    },
    [excel, programs, lang],
  );
  const check = useCallback(() => perform(ctl.runCheck), [perform, ctl]);
  const { checked, batch } = state;
  const fix = useCallback(
    (issues: readonly Issue[]) => checked && perform((ctx) => ctl.applyIssueFixes(ctx, checked, issues)),
    [perform, ctl, checked],
  );
  const undo = useCallback(
    () => batch && perform((ctx) => ctl.undoLastBatch(ctx, batch)),
    [perform, ctl, batch],
  );
  const select = useCallback(
    (issue: Issue) => {
      if (!excel) return;
      void ctl
        .selectIssueCell(excel, issue)
        .then(
          (failure) =>
            failure && setState((s) => ({ ...s, failure: { title: "selectFailureTitle", failure } })),
        );
    },
    [excel, ctl],
  );
  useRunOnOpen(runOnOpen && excel !== null, check);
  return { ...state, check, fix, undo, select };
}

/** Runs the check once, as soon as Excel is connected, when the ribbon opened the page for it. */
function useRunOnOpen(ready: boolean, check: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    check();
  }, [ready, check]);
}
