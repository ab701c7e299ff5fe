/**
 * The "Cài đặt" page as a user sees it, rendered to static markup (jest runs in node,
 * without a DOM) from states read off real "Thông tin chung" sheets: the program, the
 * province groups with their minimum ("tối thiểu 15%"), the level shares (NS huyện only
 * for a plan with districts), the tolerance and language, "Lưu cài đặt"; then "Đã lưu"
 * with "Hoàn tác", a refusal naming its cell, the empty states, and English.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { AppliedBatch } from "../../src/adapters/office/apply-fixes";
import type { PlanSettings } from "../../src/domain/settings";
import { SettingsView } from "../../src/taskpane/components/SettingsView";
import { I18nContext } from "../../src/taskpane/i18n/I18nContext";
import type { Lang } from "../../src/taskpane/i18n/messages";
import { translator } from "../../src/taskpane/i18n/translate";
import { settingsOfGrid } from "../../src/taskpane/state/settings";
import {
  afterLoad,
  IDLE_SETTINGS,
  type SettingsActions,
  type SettingsState,
} from "../../src/taskpane/state/use-settings";
import { planToGrid } from "../detect/support/grid";
import {
  DISTRICT_2023,
  GIAM_NGHEO,
  NONG_THON_MOI,
  planAll,
  planOf,
  TWO_TIER_2025,
} from "../templates/support/fixtures";
import { buttons, textOf } from "./markup";

const PROGRAMS = [GIAM_NGHEO, NONG_THON_MOI];
const ignore = () => undefined;
const ACTIONS: SettingsActions = { change: ignore, chooseProgram: ignore, save: ignore, undo: ignore };

function stateOf(
  settings: PlanSettings,
  patch: Partial<SettingsState> = {},
): SettingsState & SettingsActions {
  const grid = planToGrid([planOf(planAll(GIAM_NGHEO, settings), "thong-tin-chung")]);
  return { ...afterLoad(IDLE_SETTINGS, settingsOfGrid(grid)), ...patch, ...ACTIONS };
}

function page(state: SettingsState & SettingsActions, lang: Lang = "vi", hasWorkspace = true): string {
  const element: ReactElement = (
    <SettingsView state={state} hasWorkspace={hasWorkspace} status="none" programs={PROGRAMS} goTo={ignore} />
  );
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={translator(lang)}>{element}</I18nContext.Provider>
    </FluentProvider>,
  );
}

const COMMUNE_2025 = TWO_TIER_2025.settings(GIAM_NGHEO);

const BATCH: AppliedBatch = {
  applied: [],
  refused: [],
  undo: [{ sheet: "Thông tin chung", address: { row: 17, col: 3 }, value: null }],
  after: [],
  reprotectedSheets: [],
};

describe("Cài đặt page", () => {
  const html = page(stateOf(COMMUNE_2025));
  const text = textOf(html);

  it("shows the program and every province group with its minimum as a percent", () => {
    expect(text).toContain("Chương trình");
    expect(text).toContain(`${GIAM_NGHEO.name} (2021 - 2025)`);
    expect(text).toContain(
      "Tỉnh nhận bổ sung cân đối từ NSTW dưới 50% và các tỉnh Quảng Ngãi, Quảng Nam — tối thiểu 15%",
    );
    expect(text).toContain("— tối thiểu 3%");
    expect(text).toContain("Tự nhập tỷ lệ");
  });

  it("checks the workbook's group", () => {
    const radio = /<input[^>]*value="duoi-50"[^>]*>/.exec(html)?.[0] ?? "";
    expect(radio).toContain("checked");
  });

  it("asks for the NS tỉnh and NS xã shares of a 2025 commune plan, not NS huyện", () => {
    expect(text).toContain("Ngân sách tỉnh");
    expect(text).toContain("Ngân sách xã");
    expect(text).not.toContain("Ngân sách huyện");
    expect(html).toContain('value="10"');
  });

  it("asks for NS huyện too in a 2023 district plan", () => {
    expect(textOf(page(stateOf(DISTRICT_2023.settings(GIAM_NGHEO))))).toContain("Ngân sách huyện");
  });

  it("offers the tolerance in triệu đồng with the automatic 0,001, the language, and Lưu cài đặt", () => {
    expect(text).toContain("Sai số cho phép khi cộng tổng (triệu đồng)");
    expect(html).toContain('placeholder="Tự động (0,001)"');
    expect(text).toContain("Ngôn ngữ của ngăn tác vụ Tiếng Việt English");
    expect(buttons(html).filter((b) => b.type === "submit")).toEqual([
      { name: "Lưu cài đặt", disabled: false, type: "submit" },
    ]);
  });

  it("shows a typed 15,5% in its box, and its error in Vietnamese", () => {
    const typed = stateOf({ ...COMMUNE_2025, customRatio: 0.155 });
    expect(page(typed)).toContain('value="15,5"');
    const wrong = {
      ...typed,
      form: { ...typed.form!, customRatio: "150" },
      errors: { customRatio: "settingsErrorPercent" as const },
    };
    const shown = textOf(page(wrong));
    expect(shown).toContain("Nhập tỷ lệ từ 0 đến 100, ví dụ 15 hoặc 15,5.");
    expect(shown).toContain("Chưa lưu: hãy sửa các ô được đánh dấu đỏ.");
  });

  it("says Đã lưu with a Hoàn tác button once saved", () => {
    const shown = page(stateOf(COMMUNE_2025, { notice: "saved", batch: BATCH }));
    expect(textOf(shown)).toContain("Đã lưu Đã ghi 1 ô trên trang “Thông tin chung”.");
    expect(buttons(shown).map((b) => b.name)).toContain("Hoàn tác");
  });

  it("names the cell when a save was refused", () => {
    const refused = [
      {
        fix: { messageId: "settings", data: {}, edits: [] },
        reason: { kind: "changed" as const, sheet: "Thông tin chung", address: "C17", message: "" },
      },
    ];
    expect(textOf(page(stateOf(COMMUNE_2025, { refused })))).toContain(
      "Chưa lưu được cài đặt: Ô C17 trên trang “Thông tin chung” đã thay đổi sau khi trang Cài đặt đọc sổ làm việc",
    );
  });

  it("without Thông tin chung, says to insert it and offers the button", () => {
    const shown = page({ ...IDLE_SETTINGS, load: { kind: "no-sheet" }, ...ACTIONS });
    expect(textOf(shown)).toContain("Sổ làm việc chưa có trang Thông tin chung.");
    expect(buttons(shown).map((b) => b.name)).toEqual(["Chèn Thông tin chung"]);
  });

  it("without a workbook, says to open one", () => {
    expect(textOf(page({ ...IDLE_SETTINGS, ...ACTIONS }, "vi", false))).toContain(
      "Chưa có sổ làm việc. Mở trang này trong Excel, hoặc mở một tệp Excel",
    );
  });

  it("on a sheet made before the tolerance and language rows, shows those two disabled and why", () => {
    const state = stateOf(COMMUNE_2025);
    const loaded = state.load?.kind === "loaded" ? state.load.loaded : null;
    const cells = new Map(loaded!.reading.cells);
    cells.delete("tolerance");
    cells.delete("language");
    const older = {
      ...state,
      load: { kind: "loaded" as const, loaded: { ...loaded!, reading: { ...loaded!.reading, cells } } },
    };
    const shown = page(older);
    expect(textOf(shown).match(/được lập trước khi có dòng cài đặt này/g)).toHaveLength(2);
    expect(/<input[^>]*placeholder="Tự động \(0,001\)"[^>]*>/.exec(shown)?.[0]).toContain("disabled");
  });

  it("speaks English when the pane does, the groups' names staying as the program writes them", () => {
    const english = page(stateOf(COMMUNE_2025), "en");
    expect(buttons(english).map((b) => b.name)).toContain("Save settings");
    expect(textOf(english)).toContain("Quảng Nam — at least 15%");
  });
});
