/**
 * The state behind the "Cài đặt" page: the settings as last read, the form being edited,
 * its errors, what is running, the last notice, refusal and failure, and the batch
 * "Hoàn tác" undoes. It reads the workbook whenever the workspace changes; each action
 * hands the controller (state/settings.ts) what it needs and folds its outcome in with the
 * pure functions below. A save or undo that changes the stored language tells `onLanguage`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AppliedBatch, RefusedFix } from "../../adapters/office/apply-fixes";
import type { ProgramFile } from "../../domain/programs/types";
import type { Language } from "../../domain/settings";
import type { MessageId } from "../i18n/messages";
import type { Workspace } from "../workspace/workspace";
import type { InsertFailure } from "./outcome";
import * as controller from "./settings";
import type { LoadedSettings, SaveOutcome, SettingsLoad } from "./settings";
import {
  readSettingsForm,
  settingsForm,
  withProgram,
  type SettingsErrors,
  type SettingsForm,
} from "./settings-form";

export type SettingsController = Pick<typeof controller, "loadSettings" | "saveSettings" | "undoSettings">;

export type SettingsBusy = "loading" | "saving" | "undoing";

export type SettingsNotice = "saved" | "unchanged" | "undone";

export interface SettingsFailure {
  readonly title: MessageId;
  readonly failure: InsertFailure;
}

export interface SettingsState {
  readonly busy: SettingsBusy | null;
  readonly load: SettingsLoad | null;
  readonly form: SettingsForm | null;
  readonly errors: SettingsErrors;
  readonly notice: SettingsNotice | null;
  readonly batch: AppliedBatch | null;
  readonly refused: readonly RefusedFix[];
  /** What `refused` refused: a save, or "Hoàn tác". */
  readonly refusedAction: "save" | "undo";
  readonly failure: SettingsFailure | null;
}

export interface SettingsActions {
  readonly change: (patch: Partial<SettingsForm>) => void;
  readonly chooseProgram: (programId: string) => void;
  /** "Lưu cài đặt". */
  readonly save: () => void;
  /** "Hoàn tác" of the last save. */
  readonly undo: () => void;
}

export const IDLE_SETTINGS: SettingsState = {
  busy: null,
  load: null,
  form: null,
  errors: {},
  notice: null,
  batch: null,
  refused: [],
  refusedAction: "save",
  failure: null,
};

export function loadedOf(state: SettingsState): LoadedSettings | null {
  return state.load?.kind === "loaded" ? state.load.loaded : null;
}

/** A fresh read: the form starts again from what the sheet holds. */
export function afterLoad(state: SettingsState, load: SettingsLoad): SettingsState {
  const failure =
    load.kind === "failed" ? { title: "settingsLoadFailureTitle" as const, failure: load.failure } : null;
  const form = load.kind === "loaded" ? settingsForm(load.loaded.current) : null;
  return { ...state, busy: null, load, form, errors: {}, failure };
}

export function afterSave(state: SettingsState, outcome: SaveOutcome): SettingsState {
  if (outcome.kind === "failed")
    return { ...state, busy: null, failure: { title: "settingsSaveFailureTitle", failure: outcome.failure } };
  if (outcome.kind === "unchanged") return { ...state, busy: null, notice: "unchanged", refused: [] };
  const read = afterLoad(state, outcome.load);
  const notice = outcome.refused.length > 0 ? null : outcome.kind;
  const refusedAction = outcome.kind === "undone" ? "undo" : "save";
  return { ...read, notice, batch: outcome.batch, refused: outcome.refused, refusedAction };
}

/** The language the workbook stores after an action, when it differs from before. */
export function changedLanguage(before: SettingsState, after: SettingsState): Language | null {
  const was = loadedOf(before)?.current.language;
  const now = loadedOf(after)?.current.language;
  return now !== undefined && was !== undefined && now !== was ? now : null;
}

export function useSettings(
  workspace: Workspace | null,
  programs: readonly ProgramFile[],
  onLanguage: (lang: Language) => void,
  ctl: SettingsController = controller,
): SettingsState & SettingsActions {
  const [state, setState] = useState<SettingsState>(IDLE_SETTINGS);
  const current = useRef(workspace);
  current.current = workspace;
  useEffect(() => {
    setState(workspace ? { ...IDLE_SETTINGS, busy: "loading" } : IDLE_SETTINGS);
    if (!workspace) return;
    void ctl.loadSettings(workspace).then((load) => {
      if (current.current === workspace) setState((s) => afterLoad(s, load));
    });
  }, [workspace, ctl]);

  const settle = useCallback(
    (from: Workspace, before: SettingsState, outcome: SaveOutcome) => {
      if (current.current !== from) return;
      const after = afterSave(before, outcome);
      setState(after);
      const lang = changedLanguage(before, after);
      if (lang) onLanguage(lang);
    },
    [onLanguage],
  );

  const change = useCallback((patch: Partial<SettingsForm>) => {
    setState((s) => (s.form ? { ...s, form: { ...s.form, ...patch }, notice: null } : s));
  }, []);
  const chooseProgram = useCallback(
    (programId: string) => {
      const program = programs.find((p) => p.id === programId);
      setState((s) => (s.form && program ? { ...s, form: withProgram(s.form, program), notice: null } : s));
    },
    [programs],
  );
  const save = useCallback(() => {
    const settings = loadedOf(state);
    if (!workspace || !settings || !state.form || state.busy) return;
    const read = readSettingsForm(state.form, settings.current, programs, settings.districtLevel);
    if (!read.ok) {
      setState({ ...state, errors: read.errors, notice: null });
      return;
    }
    const before: SettingsState = { ...state, busy: "saving", errors: {}, notice: null, failure: null };
    setState(before);
    void ctl.saveSettings(workspace, settings, read.settings).then((o) => settle(workspace, before, o));
  }, [state, workspace, programs, ctl, settle]);
  const undo = useCallback(() => {
    const { batch } = state;
    if (!workspace || !batch || state.busy) return;
    const before: SettingsState = { ...state, busy: "undoing", notice: null, failure: null };
    setState(before);
    void ctl.undoSettings(workspace, batch).then((o) => settle(workspace, before, o));
  }, [state, workspace, ctl, settle]);
  return { ...state, change, chooseProgram, save, undo };
}
