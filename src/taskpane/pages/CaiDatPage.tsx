/**
 * The "Cài đặt" page: the plan's program, minimum counterpart ratio (a province group or a
 * typed percent), level split, tolerance of sums and the pane's language, read from and
 * saved to the workbook's "Thông tin chung" so they travel with the file. A save is one
 * batch "Hoàn tác" gives back; a saved language switches the pane too (useLanguage). The
 * work is done by the controller (state/settings.ts); the page only wires state to the view.
 */
import type { ProgramFile } from "../../domain/programs/types";
import type { HostStatus } from "../components/HostNotice";
import { SettingsView } from "../components/SettingsView";
import { useLanguage } from "../i18n/language-context";
import type { Lang } from "../i18n/messages";
import type { PageId } from "../state/pages";
import { useSettings, type SettingsController } from "../state/use-settings";
import type { Workspace } from "../workspace/workspace";

export interface CaiDatPageProps {
  readonly workspace: Workspace | null;
  readonly status: HostStatus;
  readonly programs: readonly ProgramFile[];
  /** The pane's language; a saved language change reaches App through useLanguage. */
  readonly lang: Lang;
  /** The ribbon opened the pane here; the page reads the workbook whenever it shows anyway. */
  readonly opened: boolean;
  readonly goTo: (page: PageId) => void;
  /** The settings controller; tests pass their own. */
  readonly controller?: SettingsController;
}

export function CaiDatPage(props: CaiDatPageProps) {
  const { setLang } = useLanguage();
  const state = useSettings(props.workspace, props.programs, setLang, props.controller);
  return (
    <SettingsView
      state={state}
      hasWorkspace={props.workspace !== null}
      status={props.status}
      programs={props.programs}
      goTo={props.goTo}
    />
  );
}
