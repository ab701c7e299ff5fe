/**
 * The state behind the "Biểu mẫu" page: the form, whether to show its errors, and the
 * last insertion's outcome. Errors appear only after the first press of the button, so an
 * empty form does not open in red.
 */
import { useCallback, useState } from "react";
import type { ProgramFile } from "../../domain/programs/types";
import type { TemplateId } from "../../domain/sheet-plan";
import type { ExcelConnection } from "../host";
import {
  formErrors,
  initialForm,
  toggleTemplate,
  updateForm,
  type FormErrors,
  type InsertForm,
} from "./form";
import type { InsertOutcome } from "./outcome";

export type InsertFn = (
  target: ExcelConnection,
  programs: readonly ProgramFile[],
  form: InsertForm,
) => Promise<InsertOutcome>;

export type RunState = { readonly kind: "idle" } | { readonly kind: "running" } | InsertOutcome;

export interface InsertFormState {
  readonly form: InsertForm;
  readonly errors: FormErrors;
  readonly run: RunState;
  readonly change: (patch: Partial<InsertForm>) => void;
  readonly toggle: (id: TemplateId, checked: boolean) => void;
  readonly submit: () => Promise<void>;
}

export function useInsertForm(
  programs: readonly ProgramFile[],
  excel: ExcelConnection | null,
  insert: InsertFn,
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
    if (!excel || Object.keys(formErrors(form, programs)).length > 0) return;
    setRun({ kind: "running" });
    setRun(await insert(excel, programs, form));
  }, [excel, form, programs, insert]);
  const errors = submitted ? formErrors(form, programs) : {};
  return { form, errors, run, change, toggle, submit };
}
