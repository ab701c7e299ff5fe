/**
 * The state behind the "Kiểm tra" page: the last findings (kept while a fix runs, so the
 * list does not vanish), the batch "Hoàn tác" undoes, refused fixes, the cell named when
 * there is no grid to select it in, and the last failure. Each action hands the controller
 * (state/check.ts) what it needs and stores its outcome. Switching the pane's language
 * re-words the findings without reading the workbook again. The controller comes in a chunk
 * of its own, fetched on the first action (or ahead of it, see prefetch.ts), so the page
 * paints without the validation engine.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ProgramFile } from "../../domain/programs/types";
import type { Issue } from "../../domain/validation/issue";
import type { AppliedBatch, RefusedFix } from "../../adapters/office/apply-fixes";
import type { Lang, MessageId } from "../i18n/messages";
import type { Workspace } from "../workspace/workspace";
import type * as controller from "./check";
import type { CheckContext, CheckOutcome, CheckedWorkbook, SelectOutcome } from "./check";
import { fromChunk } from "./from-chunk";
import type { InsertFailure } from "./outcome";

export type CheckController = Pick<
  typeof controller,
  "runCheck" | "applyIssueFixes" | "undoLastBatch" | "selectIssueCell"
>;

/** The controller, with the validation engine, recognition and formula evaluator behind it. */
export const loadCheckController = () => import(/* webpackChunkName: "check" */ "./check");

const CHUNKED: CheckController = {
  runCheck: (ctx) => fromChunk(loadCheckController, (c) => c.runCheck(ctx)),
  applyIssueFixes: (ctx, checked, issues) =>
    fromChunk(loadCheckController, (c) => c.applyIssueFixes(ctx, checked, issues)),
  undoLastBatch: (ctx, batch) => fromChunk(loadCheckController, (c) => c.undoLastBatch(ctx, batch)),
  selectIssueCell: (workspace, issue) =>
    fromChunk(loadCheckController, (c) => c.selectIssueCell(workspace, issue)),
};

/** A failure with what it was the user tried (checking, or selecting a cell). */
export interface PaneFailure {
  readonly title: MessageId;
  readonly failure: InsertFailure;
}

/** A finding's cell the pane could only name (browser mode has no grid to select it in). */
export interface LocatedCell {
  readonly sheet: string;
  readonly cell: string;
}

export interface CheckState {
  readonly running: boolean;
  readonly checked: CheckedWorkbook | null;
  readonly batch: AppliedBatch | null;
  readonly refused: readonly RefusedFix[];
  readonly located: LocatedCell | null;
  readonly failure: PaneFailure | null;
}

export interface CheckActions {
  readonly check: () => void;
  readonly fix: (issues: readonly Issue[]) => void;
  readonly undo: () => void;
  readonly select: (issue: Issue) => void;
}

const IDLE: CheckState = {
  running: false,
  checked: null,
  batch: null,
  refused: [],
  located: null,
  failure: null,
};

function settle(state: CheckState, outcome: CheckOutcome): CheckState {
  if (outcome.kind === "failed")
    return { ...state, running: false, failure: { title: "checkFailureTitle", failure: outcome.failure } };
  return { running: false, failure: null, located: null, ...outcome };
}

function selected(state: CheckState, outcome: SelectOutcome): CheckState {
  if (outcome.kind === "failed")
    return { ...state, failure: { title: "selectFailureTitle", failure: outcome.failure } };
  return {
    ...state,
    located: outcome.kind === "located" ? { sheet: outcome.sheet, cell: outcome.cell } : null,
  };
}

export function useCheck(
  workspace: Workspace | null,
  programs: readonly ProgramFile[],
  lang: Lang,
  runOnOpen: boolean,
  ctl: CheckController = CHUNKED,
): CheckState & CheckActions {
  const [state, setState] = useState<CheckState>(IDLE);
  const perform = useCallback(
    (step: (ctx: CheckContext) => Promise<CheckOutcome>) => {
      if (!workspace) return;
      setState((s) => ({ ...s, running: true, failure: null }));
      void step({ workspace, programs, lang }).then((outcome) => setState((s) => settle(s, outcome)));
    },
    [workspace, programs, lang],
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
      if (workspace) void ctl.selectIssueCell(workspace, issue).then((o) => setState((s) => selected(s, o)));
    },
    [workspace, ctl],
  );
  useRunOnOpen(runOnOpen && workspace !== null, check);
  useRelabel(lang, checked !== null, setState);
  return { ...state, check, fix, undo, select };
}

/** Runs the check once, as soon as there is a workbook, when the ribbon opened the page for it. */
function useRunOnOpen(ready: boolean, check: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    check();
  }, [ready, check]);
}

/** Findings already shown follow the pane's language. */
function useRelabel(
  lang: Lang,
  hasFindings: boolean,
  setState: (update: (s: CheckState) => CheckState) => void,
): void {
  const shown = useRef(lang);
  useEffect(() => {
    if (shown.current === lang) return;
    shown.current = lang;
    if (!hasFindings) return;
    // The findings came from the controller, so its chunk is already here: this never fetches.
    void loadCheckController().then(({ relabel }) =>
      setState((s) => (s.checked ? { ...s, checked: relabel(s.checked, lang) } : s)),
    );
  }, [lang, hasFindings, setState]);
}
