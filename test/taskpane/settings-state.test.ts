/**
 * How the "Cài đặt" page's state follows what the controller reports: a save shows "Đã lưu"
 * and keeps the batch for "Hoàn tác", a refusal replaces the notice, nothing to save says
 * so, a failure keeps the form, and a save or undo that changes the stored language is
 * the one moment the pane's language switches.
 */
import type { AppliedBatch } from "../../src/adapters/office/apply-fixes";
import type { PlanSettings } from "../../src/domain/settings";
import { settingsOfGrid, type SettingsLoad } from "../../src/taskpane/state/settings";
import { afterLoad, afterSave, changedLanguage, IDLE_SETTINGS } from "../../src/taskpane/state/use-settings";
import { planToGrid } from "../detect/support/grid";
import { GIAM_NGHEO, planAll, planOf, TWO_TIER_2025 } from "../templates/support/fixtures";

function loadOf(settings: PlanSettings): SettingsLoad {
  return settingsOfGrid(planToGrid([planOf(planAll(GIAM_NGHEO, settings), "thong-tin-chung")]));
}

const VI = loadOf(TWO_TIER_2025.settings(GIAM_NGHEO));
const EN = loadOf({ ...TWO_TIER_2025.settings(GIAM_NGHEO), language: "en" });
const BATCH: AppliedBatch = { applied: [], refused: [], undo: [], after: [], reprotectedSheets: [] };
const opened = afterLoad(IDLE_SETTINGS, VI);

describe("the Cài đặt state", () => {
  it("a save shows Đã lưu, keeps the batch for Hoàn tác and starts the form from the sheet again", () => {
    const after = afterSave(opened, { kind: "saved", batch: BATCH, refused: [], load: EN });
    expect([after.notice, after.batch, after.form?.language]).toEqual(["saved", BATCH, "en"]);
  });

  it("a save that switches the stored language to English switches the pane; one that does not, does not", () => {
    const switched = afterSave(opened, { kind: "saved", batch: BATCH, refused: [], load: EN });
    expect(changedLanguage(opened, switched)).toBe("en");
    const same = afterSave(opened, { kind: "saved", batch: BATCH, refused: [], load: VI });
    expect(changedLanguage(opened, same)).toBeNull();
  });

  it("a refused save shows the refusal, not Đã lưu", () => {
    const refused = [
      {
        fix: { messageId: "settings", data: {}, edits: [] },
        reason: { kind: "changed" as const, sheet: "Thông tin chung", address: "C17", message: "" },
      },
    ];
    const after = afterSave(opened, { kind: "saved", batch: null, refused, load: VI });
    expect([after.notice, after.refused, after.refusedAction]).toEqual([null, refused, "save"]);
  });

  it("nothing to save says so; a failure keeps what the user typed", () => {
    expect(afterSave(opened, { kind: "unchanged" }).notice).toBe("unchanged");
    const typed = { ...opened, form: { ...opened.form!, tolerance: "0,5" } };
    const failed = afterSave(typed, { kind: "failed", failure: { cause: { text: "Busy" }, hint: null } });
    expect([failed.form?.tolerance, failed.failure?.title]).toEqual(["0,5", "settingsSaveFailureTitle"]);
  });
});
