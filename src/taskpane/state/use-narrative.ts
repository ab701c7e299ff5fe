/**
 * The state behind the "Thuyết minh" page: the plan on show, a plan with errors waiting for
 * the guard's answer, what is running, the last notice and failure, and the sheet "Hoàn tác"
 * deletes. Each action hands the controller (state/narrative.ts) what it needs and folds its
 * outcome in with one of the pure `after…` functions below. A different workbook starts over.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CellSource } from "../../domain/narrative/document";
import type { ProgramFile } from "../../domain/programs/types";
import type { MessageId } from "../i18n/messages";
import type { Workspace } from "../workspace/workspace";
import * as controller from "./narrative";
import type {
  DownloadOutcome,
  FigureOutcome,
  PrepareOutcome,
  PreparedNarrative,
  SheetOutcome,
} from "./narrative";
import type { InsertFailure } from "./outcome";

export type NarrativeController = Pick<
  typeof controller,
  | "prepareNarrative"
  | "downloadDocx"
  | "writeNarrativeSheet"
  | "removeNarrativeSheet"
  | "copyNarrativeText"
  | "selectFigure"
>;

/** What is running; each shows its own progress line. */
export type NarrativeBusy = "preparing" | "docx" | "sheet" | "undo" | "copy";

export type NarrativeNotice =
  | { readonly kind: "downloaded"; readonly fileName: string }
  | { readonly kind: "written" | "removed"; readonly sheet: string }
  | { readonly kind: "copied" }
  | { readonly kind: "copy-failed" }
  /** Browser mode cannot select a cell, so it says which one a figure came from. */
  | { readonly kind: "cell"; readonly value: string; readonly cells: string };

export interface NarrativeFailure {
  readonly title: MessageId;
  readonly failure: InsertFailure;
}

export interface NarrativeState {
  readonly busy: NarrativeBusy | null;
  readonly shown: PreparedNarrative | null;
  /** A plan the check found errors in, shown only once the user says so in the guard dialog. */
  readonly pending: PreparedNarrative | null;
  /** Why the workbook gives no plan at all (no settings sheet, unknown program). */
  readonly noPlan: string | null;
  readonly notice: NarrativeNotice | null;
  readonly failure: NarrativeFailure | null;
  /** The sheet the last "Ghi trang Thuyết minh" added, which "Hoàn tác" deletes. */
  readonly writtenSheet: string | null;
}

/** A figure of the preview: its printed text and the cells it came from. */
export interface FigureRef {
  readonly text: string;
  readonly sources: readonly CellSource[];
}

export interface NarrativeActions {
  /** "Tạo thuyết minh": validates first; a plan with errors waits for the guard. */
  readonly produce: () => void;
  /** The guard's "Vẫn tạo thuyết minh". */
  readonly proceed: () => void;
  /** The guard's "Hủy" (and "Xem lỗi", which also leaves the page). */
  readonly cancel: () => void;
  readonly download: () => void;
  readonly writeSheet: () => void;
  readonly undoSheet: () => void;
  readonly copy: () => void;
  readonly selectFigure: (figure: FigureRef) => void;
}

export const IDLE: NarrativeState = {
  busy: null,
  shown: null,
  pending: null,
  noPlan: null,
  notice: null,
  failure: null,
  writtenSheet: null,
};

const failedWith = (s: NarrativeState, title: MessageId, failure: InsertFailure): NarrativeState => ({
  ...s,
  failure: { title, failure },
});

export function afterPrepare(s: NarrativeState, outcome: PrepareOutcome): NarrativeState {
  if (outcome.kind === "failed") return failedWith(s, "narrativeFailureTitle", outcome.failure);
  if (outcome.kind === "no-plan") return { ...s, shown: null, pending: null, noPlan: outcome.message };
  const { prepared } = outcome;
  if (prepared.errors.length > 0) return { ...s, pending: prepared, noPlan: null };
  return { ...s, shown: prepared, pending: null, noPlan: null };
}

export function afterProceed(s: NarrativeState): NarrativeState {
  return s.pending ? { ...s, shown: s.pending, pending: null } : s;
}

export function afterDownload(s: NarrativeState, outcome: DownloadOutcome): NarrativeState {
  if (outcome.kind === "failed") return failedWith(s, "docxFailureTitle", outcome.failure);
  return { ...s, notice: outcome };
}

export function afterSheet(s: NarrativeState, outcome: SheetOutcome): NarrativeState {
  if (outcome.kind === "failed")
    return failedWith(s, s.busy === "undo" ? "undoSheetFailureTitle" : "sheetFailureTitle", outcome.failure);
  return { ...s, notice: outcome, writtenSheet: outcome.kind === "written" ? outcome.sheet : null };
}

export function afterFigure(s: NarrativeState, figure: FigureRef, outcome: FigureOutcome): NarrativeState {
  if (outcome.kind === "failed") return failedWith(s, "figureFailureTitle", outcome.failure);
  if (outcome.kind === "shown")
    return { ...s, notice: { kind: "cell", value: figure.text, cells: outcome.cells } };
  return s;
}

type Step<T> = (workspace: Workspace) => Promise<T>;
type Settle<T> = (s: NarrativeState, outcome: T) => NarrativeState;

export function useNarrative(
  workspace: Workspace | null,
  programs: readonly ProgramFile[],
  opened: boolean,
  ctl: NarrativeController = controller,
): NarrativeState & NarrativeActions {
  const [state, setState] = useState<NarrativeState>(IDLE);
  const generation = useStartOver(workspace, setState);
  const run = useCallback(
    <T>(busy: NarrativeBusy, step: Step<T>, settle: Settle<T>) => {
      if (!workspace) return;
      const mine = generation.current;
      setState((s) => ({ ...s, busy, failure: null, notice: null }));
      void step(workspace).then(
        (outcome) => mine === generation.current && setState((s) => ({ ...settle(s, outcome), busy: null })),
      );
    },
    [workspace, generation],
  );
  const { shown, writtenSheet } = state;
  const doc = shown?.document;
  const produce = useCallback(
    () => run("preparing", (ws) => ctl.prepareNarrative({ workspace: ws, programs }), afterPrepare),
    [run, ctl, programs],
  );
  const proceed = useCallback(() => setState(afterProceed), []);
  const cancel = useCallback(() => setState((s) => ({ ...s, pending: null })), []);
  const download = useCallback(
    () => doc && run("docx", () => ctl.downloadDocx(doc), afterDownload),
    [run, ctl, doc],
  );
  const writeSheet = useCallback(
    () => doc && run("sheet", (ws) => ctl.writeNarrativeSheet(ws, doc), afterSheet),
    [run, ctl, doc],
  );
  const undoSheet = useCallback(
    () => writtenSheet && run("undo", (ws) => ctl.removeNarrativeSheet(ws, writtenSheet), afterSheet),
    [run, ctl, writtenSheet],
  );
  const copy = useCallback(
    () =>
      doc &&
      run(
        "copy",
        () => ctl.copyNarrativeText(doc),
        (s, copied) => ({
          ...s,
          notice: copied ? { kind: "copied" } : { kind: "copy-failed" },
        }),
      ),
    [run, ctl, doc],
  );
  const selectFigure = useFigureSelection(workspace, ctl, setState);
  useProduceOnOpen(opened && workspace !== null, produce);
  return { ...state, produce, proceed, cancel, download, writeSheet, undoSheet, copy, selectFigure };
}

/** Selecting a cell is quick and must not disable the buttons, so it bypasses `busy`. */
function useFigureSelection(
  workspace: Workspace | null,
  ctl: NarrativeController,
  setState: (update: (s: NarrativeState) => NarrativeState) => void,
): (figure: FigureRef) => void {
  return useCallback(
    (figure: FigureRef) => {
      if (!workspace) return;
      void ctl
        .selectFigure(workspace, figure.sources)
        .then((outcome) =>
          setState((s) => afterFigure({ ...s, failure: null, notice: null }, figure, outcome)),
        );
    },
    [workspace, ctl, setState],
  );
}

/** Another workbook (or none) makes everything shown stale: start over and ignore late answers. */
function useStartOver(
  workspace: Workspace | null,
  setState: (state: NarrativeState) => void,
): { readonly current: number } {
  const generation = useRef(0);
  const seen = useRef(workspace);
  useEffect(() => {
    if (seen.current === workspace) return;
    seen.current = workspace;
    generation.current += 1;
    setState(IDLE);
  }, [workspace, setState]);
  return generation;
}

/** The ribbon's "Thuyết minh" button: produce once, as soon as there is a workbook (the guard still asks). */
function useProduceOnOpen(ready: boolean, produce: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    produce();
  }, [ready, produce]);
}
