/**
 * The state behind the "Biểu mẫu" page: the form, whether to show its errors, the last
 * insertion's outcome, and taking that insertion back ("Hoàn tác", after the user confirms
 * that what was typed into the new sheets goes too). Errors appear only after the first
 * press of the button, so an empty form does not open in red. The controller comes in a
 * chunk of its own (the form is checked here without it), so the page paints without the
 * templates.
 */
import { useCallback, useState } from "react";
import type { ProgramFile } from "../../domain/programs/types";
import type { TemplateId } from "../../domain/sheet-plan";
import type { Workspace } from "../workspace/workspace";
import {
  formErrors,
  initialForm,
  toggleTemplate,
  updateForm,
  type FormErrors,
  type InsertForm,
} from "./form";
import { fromChunk } from "./from-chunk";
import type { RemoveOutcome } from "./insert";
import type { InsertFailure, InsertOutcome, InsertedSheetView } from "./outcome";

export type InsertFn = (
  workspace: Workspace,
  programs: readonly ProgramFile[],
  form: InsertForm,
) => Promise<InsertOutcome>;

export type RemoveFn = (workspace: Workspace, sheets: readonly InsertedSheetView[]) => Promise<RemoveOutcome>;

/** The insertion controller, with the templates and their rendering behind it. */
export const loadInsertController = () => import(/* webpackChunkName: "insert" */ "./insert");

/** state/insert.ts's insertSelected, fetched on the first press of "Chèn biểu mẫu". */
export const insertFromChunk: InsertFn = (workspace, programs, form) =>
  fromChunk(loadInsertController, (c) => c.insertSelected(workspace, programs, form));

/** state/insert.ts's removeInserted; its chunk is already here once something was inserted. */
export const removeFromChunk: RemoveFn = (workspace, sheets) =>
  fromChunk(loadInsertController, (c) => c.removeInserted(workspace, sheets));

type Inserted = { readonly sheets: readonly InsertedSheetView[] };

export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | InsertOutcome
  /** "Hoàn tác" pressed: the page asks before deleting the sheets. */
  | ({ readonly kind: "confirming" } & Inserted)
  | ({ readonly kind: "removing" } & Inserted)
  | { readonly kind: "removed"; readonly count: number }
  | ({ readonly kind: "remove-failed"; readonly failure: InsertFailure } & Inserted);

export interface InsertFormState {
  readonly form: InsertForm;
  readonly errors: FormErrors;
  readonly run: RunState;
  readonly change: (patch: Partial<InsertForm>) => void;
  readonly toggle: (id: TemplateId, checked: boolean) => void;
  readonly submit: () => Promise<void>;
  /** Asks to confirm taking the last insertion back; cancel and confirm answer. */
  readonly askUndo: () => void;
  readonly cancelUndo: () => void;
  readonly confirmUndo: () => Promise<void>;
}

/** The sheets "Hoàn tác" would delete now, if any. */
export function undoableSheets(run: RunState): readonly InsertedSheetView[] {
  const has = run.kind === "inserted" || run.kind === "confirming" || run.kind === "remove-failed";
  return has ? run.sheets : [];
}

function useUndo(
  workspace: Workspace | null,
  run: RunState,
  setRun: (run: RunState) => void,
  remove: RemoveFn,
) {
  const sheets = undoableSheets(run);
  const askUndo = useCallback(
    () => sheets.length > 0 && setRun({ kind: "confirming", sheets }),
    [sheets, setRun],
  );
  const cancelUndo = useCallback(() => setRun({ kind: "inserted", sheets }), [sheets, setRun]);
  const confirmUndo = useCallback(async () => {
    if (!workspace || run.kind !== "confirming") return;
    setRun({ kind: "removing", sheets });
    const outcome = await remove(workspace, sheets);
    setRun(
      outcome.kind === "removed" ? outcome : { kind: "remove-failed", failure: outcome.failure, sheets },
    );
  }, [workspace, run.kind, sheets, setRun, remove]);
  return { askUndo, cancelUndo, confirmUndo };
}

export function useInsertForm(
  programs: readonly ProgramFile[],
  workspace: Workspace | null,
  insert: InsertFn,
  remove: RemoveFn,
): InsertFormState {
  const [form, setForm] = useState(() => initialForm(programs, new Date()));
  const [submitted, setSubmitted] = useState(false);
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const change = useCallback(
    (patch: Partial<InsertForm>) => setForm((f) => updateForm(f, patch, programs)),
    [programs],
  );
  const toggle = useCallback(
    (id: TemplateId, checked: boolean) => setForm((f) => toggleTemplate(f, id, checked)),
    [],
  );
  const submit = useCallback(async () => {
    setSubmitted(true);
    if (!workspace || Object.keys(formErrors(form, programs)).length > 0) return;
    setRun({ kind: "running" });
    setRun(await insert(workspace, programs, form));
  }, [workspace, form, programs, insert]);
  const undo = useUndo(workspace, run, setRun, remove);
  const errors = submitted ? formErrors(form, programs) : {};
  return { form, errors, run, change, toggle, submit, ...undo };
}
