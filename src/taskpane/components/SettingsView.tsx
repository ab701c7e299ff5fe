/**
 * The "Cài đặt" page for a given state, apart from its hook so tests render any state
 * directly: no workbook yet, reading, no "Thông tin chung" (with a way to insert it), or the
 * form with "Đã lưu" / "Hoàn tác" and any refusal below it.
 */
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { canWriteSetting } from "../../domain/own-sheets/settings-edits";
import type { ProgramFile } from "../../domain/programs/types";
import { SETTING_KEYS } from "../../domain/templates/column-keys";
import { useTranslate } from "../i18n/I18nContext";
import type { PageId } from "../state/pages";
import type { LoadedSettings } from "../state/settings";
import { loadedOf, type SettingsActions, type SettingsState } from "../state/use-settings";
import { CheckFailureBar } from "./CheckFailureBar";
import type { HostStatus } from "./HostNotice";
import { SettingsFields } from "./SettingsFields";
import { SettingsNoSheet, SettingsNoWorkbook, SettingsRefusedBar, SettingsSavedBar } from "./SettingsStatus";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface SettingsViewProps {
  readonly state: SettingsState & SettingsActions;
  readonly hasWorkspace: boolean;
  readonly status: HostStatus;
  readonly programs: readonly ProgramFile[];
  readonly goTo: (page: PageId) => void;
}

function LoadedForm({
  state,
  loaded,
  programs,
}: Pick<SettingsViewProps, "state" | "programs"> & {
  readonly loaded: LoadedSettings;
}) {
  const t = useTranslate();
  const { reading, current } = loaded;
  const busy = state.busy === "saving" || state.busy === "undoing" ? state.busy : null;
  if (!state.form) return null;
  return (
    <>
      <Text as="p">{t("settingsIntro", { sheet: reading.sheet })}</Text>
      <SettingsFields
        form={state.form}
        errors={state.errors}
        programs={programs}
        savedProgram={{ id: current.programId, name: current.programName }}
        districtLevel={loaded.districtLevel}
        writable={{
          tolerance: canWriteSetting(reading, SETTING_KEYS.tolerance),
          language: canWriteSetting(reading, SETTING_KEYS.language),
        }}
        busy={busy}
        onChange={state.change}
        onChooseProgram={state.chooseProgram}
        onSave={state.save}
      />
      <div aria-live="polite">
        {state.notice && (
          <SettingsSavedBar
            notice={state.notice}
            batch={state.batch}
            sheet={reading.sheet}
            busy={busy !== null}
            onUndo={state.undo}
          />
        )}
        <SettingsRefusedBar refused={state.refused} undoing={state.refusedAction === "undo"} />
      </div>
    </>
  );
}

export function SettingsView({ state, hasWorkspace, status, programs, goTo }: SettingsViewProps) {
  const styles = useStyles();
  const t = useTranslate();
  const loaded = loadedOf(state);
  return (
    <div className={styles.page}>
      {!hasWorkspace && <SettingsNoWorkbook status={status} />}
      {state.busy === "loading" && <Spinner size="tiny" labelPosition="after" label={t("settingsLoading")} />}
      <div aria-live="polite">{state.failure && <CheckFailureBar {...state.failure} />}</div>
      {state.load?.kind === "no-sheet" && <SettingsNoSheet onInsert={() => goTo("bieu-mau")} />}
      {loaded && <LoadedForm state={state} loaded={loaded} programs={programs} />}
    </div>
  );
}
