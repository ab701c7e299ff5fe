/**
 * The "Cài đặt" controller end to end without React, on an in-memory Excel holding our five
 * templates behind the pane's Excel workspace: it reads the settings of "Thông tin chung", saves
 * only the changed ones as one fix that reads back the same, and "Hoàn tác" gives the cells
 * back. A cell typed over in Excel after the page read it, and a sheet protected with a
 * password, refuse the save with the cell named; Excel's failures come back as messages.
 */
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";
import { insertTemplates } from "../../src/adapters/office/insert-templates";
import { toA1 } from "../../src/domain/address/cell-address";
import type { EditableSettings } from "../../src/domain/own-sheets/settings-edits";
import type { ProgramFile } from "../../src/domain/programs/types";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { SETTING_KEYS as S } from "../../src/domain/templates/column-keys";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { refusalText } from "../../src/taskpane/components/SettingsStatus";
import { translator } from "../../src/taskpane/i18n/translate";
import { programs } from "../../src/taskpane/programs";
import {
  SETTINGS_MESSAGE_ID,
  loadSettings,
  saveSettings,
  undoSettings,
  type LoadedSettings,
  type SaveOutcome,
  type SettingsLoad,
} from "../../src/taskpane/state/settings";
import { excelWorkspace } from "../../src/taskpane/workspace/excel-workspace";
import type { Workspace } from "../../src/taskpane/workspace/workspace";

const program = programs.find((p) => p.period.from === 2021) as ProgramFile;
const SHEET = "Thông tin chung";

/** The pane's port over the fake, exactly as the pane wires Excel. */
function workspaceOf(fake: FakeExcel): Workspace {
  return excelWorkspace({ excel: fake, requirements: fake.requirements });
}

async function newPlan(): Promise<{ fake: FakeExcel; workspace: Workspace }> {
  const fake = createFakeExcel();
  const settings = defaultSettings(program, { year: 2025, unitName: "xã Ba Dinh", province: "Quảng Ngãi" });
  await insertTemplates(
    fake,
    { templates: TEMPLATE_IDS, program, settings },
    planInsertion,
    fake.requirements,
  );
  return { fake, workspace: workspaceOf(fake) };
}

function loaded(load: SettingsLoad): LoadedSettings {
  if (load.kind !== "loaded") throw new Error(`expected settings, got ${JSON.stringify(load)}`);
  return load.loaded;
}

function saved(outcome: SaveOutcome) {
  if (outcome.kind !== "saved" && outcome.kind !== "undone") throw new Error(JSON.stringify(outcome));
  return outcome;
}

function cellOf(settings: LoadedSettings, key: string): string {
  const cell = settings.reading.cells.get(key);
  if (!cell) throw new Error(`no cell for ${key}`);
  return toA1(cell);
}

function shown(fake: FakeExcel, a1: string): unknown {
  return fake.sheet(SHEET).cells[a1]?.value ?? null;
}

/** What a user does in Excel: type into a cell of the settings sheet. */
async function typeInto(fake: FakeExcel, a1: string, value: number | string): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange(a1).values = [[value]];
    await context.sync();
  });
}

const WANTED: Partial<EditableSettings> = { customRatio: 0.155, tolerance: 0.5, language: "en" };

describe("the Cài đặt controller", () => {
  it("reads the inserted Thông tin chung: the program's default group, 10% + 5%, no district", async () => {
    const { workspace } = await newPlan();
    const settings = loaded(await loadSettings(workspace));
    expect(settings.current).toMatchObject({
      programId: program.id,
      provinceGroup: program.defaultGroup,
      customRatio: null,
      levelSplit: { tinh: 0.1, xa: 0.05 },
      tolerance: null,
      language: "vi",
    });
    expect(settings.districtLevel).toBe(false);
  });

  it("finds no settings in a workbook without Thông tin chung", async () => {
    expect(await loadSettings(workspaceOf(createFakeExcel()))).toEqual({ kind: "no-sheet" });
  });

  it("saves the changed settings as one fix, reads them back, and Hoàn tác gives the cells back", async () => {
    const { fake, workspace } = await newPlan();
    const before = loaded(await loadSettings(workspace));
    const cells = [S.customRatio, S.tolerance, S.language].map((key) => cellOf(before, key));

    const outcome = saved(await saveSettings(workspace, before, { ...before.current, ...WANTED }));

    expect(outcome.batch?.applied.map((fix) => [fix.messageId, fix.edits.length])).toEqual([
      [SETTINGS_MESSAGE_ID, 3],
    ]);
    expect(cells.map((a1) => shown(fake, a1))).toEqual([0.155, 0.5, "English"]);
    expect(loaded(outcome.load).current).toEqual({ ...before.current, ...WANTED });

    const undone = saved(await undoSettings(workspace, outcome.batch!));
    expect(cells.map((a1) => shown(fake, a1))).toEqual([null, null, "Tiếng Việt"]);
    expect(loaded(undone.load).current).toEqual(before.current);
    expect(undone.refused).toEqual([]);
  });

  it("writes nothing when no setting changed", async () => {
    const { fake, workspace } = await newPlan();
    const before = loaded(await loadSettings(workspace));
    const writes = fake.writeLog.length;
    expect(await saveSettings(workspace, before, before.current)).toEqual({ kind: "unchanged" });
    expect(fake.writeLog.length).toBe(writes);
  });

  it("refuses a save over a cell typed in Excel after the page read it, naming the cell", async () => {
    const { fake, workspace } = await newPlan();
    const before = loaded(await loadSettings(workspace));
    const ratio = cellOf(before, S.customRatio);
    await typeInto(fake, ratio, 0.2);

    const outcome = saved(await saveSettings(workspace, before, { ...before.current, ...WANTED }));

    expect(shown(fake, ratio)).toBe(0.2);
    expect(outcome.batch).toBeNull();
    expect(loaded(outcome.load).current.customRatio).toBe(0.2);
    expect(outcome.refused.map((r) => refusalText(translator("vi"), r))).toEqual([
      `Ô ${ratio} trên trang “${SHEET}” đã thay đổi sau khi trang Cài đặt đọc sổ làm việc, nên chưa ghi gì. Trang đã đọc lại giá trị hiện có; hãy sửa lại rồi lưu.`,
    ]);
  });

  it("refuses to change the program on a sheet protected with a password, naming its cells", async () => {
    const { fake, workspace } = await newPlan();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.protection.unprotect();
      sheet.protection.protect({}, "mật khẩu");
      await context.sync();
    });
    const before = loaded(await loadSettings(workspace));
    const change = { ...before.current, programId: "nong-thon-moi", programName: "Chương trình mới" };

    const outcome = saved(await saveSettings(workspace, before, change));

    const cells = [S.programId, S.programName].map((key) =>
      key === S.programName ? toA1(before.reading.programName.cell!) : cellOf(before, key),
    );
    expect(outcome.refused.map((r) => refusalText(translator("vi"), r))).toEqual([
      `Trang “${SHEET}” đang được bảo vệ nên không ghi được ô ${cells.join(", ")}; hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi lưu lại.`,
    ]);
    expect(shown(fake, cells[0]!)).toBe(program.id);
  });

  it("reports Excel's error with what to try next instead of throwing", async () => {
    const workspace = {
      ...workspaceOf(createFakeExcel()),
      read: () => Promise.reject(new Error("Excel is busy.")),
    };
    expect(await loadSettings(workspace)).toEqual({
      kind: "failed",
      failure: { cause: { text: "Excel is busy." }, hint: "settingsFailureHint" },
    });
  });
});
