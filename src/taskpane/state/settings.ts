/**
 * The controller behind the "Cài đặt" page, free of React: read the workbook and find our
 * "Thông tin chung"; save the settings that changed as ONE fix of cell edits, written
 * against the grid they were read from (so a cell typed over since is refused, not
 * overwritten), then read again; undo that batch the same way. The settings travel with
 * the workbook: nothing is kept anywhere else. It never throws: failures come back as
 * outcomes to show.
 */
import { computeValues } from "../../domain/grid-values";
import { findOwnSheets, firstOwnSheet } from "../../domain/own-sheets/find-own-sheets";
import { readSettings, type SettingsReading } from "../../domain/own-sheets/read-settings";
import {
  editableSettings,
  settingsEdits,
  type EditableSettings,
} from "../../domain/own-sheets/settings-edits";
import { hasDistrictLevel } from "../../domain/settings";
import type { Fix } from "../../domain/validation/issue";
import type { WorkbookGrid } from "../../domain/workbook";
import type { AppliedBatch, RefusedFix } from "../../adapters/office/apply-fixes";
import type { Workspace } from "../workspace/workspace";
import { describeFailure } from "./failure";
import type { InsertFailure } from "./outcome";

/** The message id of the one fix a save writes. */
export const SETTINGS_MESSAGE_ID = "settings";

export interface LoadedSettings {
  /** The workbook as read, which a save is checked against. */
  readonly grid: WorkbookGrid;
  readonly reading: SettingsReading;
  readonly current: EditableSettings;
  /** Whether the plan still has a district level, so an NS huyện share. */
  readonly districtLevel: boolean;
}

export type SettingsLoad =
  | { readonly kind: "loaded"; readonly loaded: LoadedSettings }
  /** The workbook has no "Thông tin chung" of ours: nothing to set yet. */
  | { readonly kind: "no-sheet" }
  | { readonly kind: "failed"; readonly failure: InsertFailure };

export type SaveOutcome =
  /** The batch was written (or refused, see `refused`) and the workbook read again. */
  | {
      readonly kind: "saved" | "undone";
      /** What "Hoàn tác" undoes; null when nothing was written. */
      readonly batch: AppliedBatch | null;
      readonly refused: readonly RefusedFix[];
      readonly load: SettingsLoad;
    }
  /** Every setting already held the value asked for: nothing written. */
  | { readonly kind: "unchanged" }
  | { readonly kind: "failed"; readonly failure: InsertFailure };

function failure(error: unknown): InsertFailure {
  return describeFailure(error, "settingsFailureHint");
}

/** The settings of a workbook already read: pure, so views can be tested from any grid. */
export function settingsOfGrid(grid: WorkbookGrid): SettingsLoad {
  const own = firstOwnSheet(findOwnSheets(grid), "thong-tin-chung");
  if (!own) return { kind: "no-sheet" };
  const reading = readSettings(computeValues(grid), own);
  const current = editableSettings(reading);
  return {
    kind: "loaded",
    loaded: { grid, reading, current, districtLevel: hasDistrictLevel(reading.settings) },
  };
}

export async function loadSettings(workspace: Workspace): Promise<SettingsLoad> {
  try {
    return settingsOfGrid(await workspace.read());
  } catch (error) {
    return { kind: "failed", failure: failure(error) };
  }
}

/** The fix a save writes: the cells of the settings that change, or null when none does. */
export function settingsFix(settings: LoadedSettings, wanted: EditableSettings): Fix | null {
  const edits = settingsEdits(settings.reading, wanted);
  return edits.length === 0 ? null : { messageId: SETTINGS_MESSAGE_ID, data: {}, edits };
}

export async function saveSettings(
  workspace: Workspace,
  settings: LoadedSettings,
  wanted: EditableSettings,
): Promise<SaveOutcome> {
  const fix = settingsFix(settings, wanted);
  if (!fix) return { kind: "unchanged" };
  try {
    const batch = await workspace.applyFixes([fix], settings.grid);
    const written = batch.applied.length > 0 && batch.undo.length > 0;
    const load = await loadSettings(workspace);
    return { kind: "saved", batch: written ? batch : null, refused: batch.refused, load };
  } catch (error) {
    return { kind: "failed", failure: failure(error) };
  }
}

/** Gives back what the save changed; refused (with the cell) when it was typed over since. */
export async function undoSettings(workspace: Workspace, batch: AppliedBatch): Promise<SaveOutcome> {
  try {
    const undone = await workspace.undoBatch(batch);
    const load = await loadSettings(workspace);
    return { kind: "undone", batch: null, refused: undone.refused, load };
  } catch (error) {
    return { kind: "failed", failure: failure(error) };
  }
}
