/**
 * What the "Cài đặt" page says around its form: no workbook yet, no "Thông tin chung" to
 * keep settings in (with a way to insert it), "Đã lưu" with the "Hoàn tác" button, a
 * save or undo Excel refused (naming the cell and what to do), and "nothing to save".
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AppliedBatch, RefusedFix } from "../../adapters/office/apply-fixes";
import { toA1 } from "../../domain/address/cell-address";
import { useTranslate } from "../i18n/I18nContext";
import type { Translate } from "../i18n/translate";
import type { SettingsNotice } from "../state/use-settings";
import { HostNotice, type HostStatus } from "./HostNotice";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function SettingsNoWorkbook({ status }: { readonly status: HostStatus }) {
  const t = useTranslate();
  // Inside Excel the workspace follows the connection a moment later: still connecting.
  if (status !== "none") return <HostNotice status="connecting" />;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("settingsNoWorkbookTitle")}</MessageBarTitle>
        {t("settingsNoWorkbookBody")}
      </MessageBarBody>
    </MessageBar>
  );
}

export function SettingsNoSheet({ onInsert }: { readonly onInsert: () => void }) {
  const t = useTranslate();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("settingsNoSheetTitle")}</MessageBarTitle>
        {t("settingsNoSheetBody")}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onInsert}>
          {t("settingsNoSheetButton")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export interface SettingsSavedBarProps {
  readonly notice: SettingsNotice;
  /** The save "Hoàn tác" undoes; null once undone. */
  readonly batch: AppliedBatch | null;
  readonly sheet: string;
  readonly busy: boolean;
  readonly onUndo: () => void;
}

export function SettingsSavedBar({ notice, batch, sheet, busy, onUndo }: SettingsSavedBarProps) {
  const t = useTranslate();
  if (notice === "unchanged")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("settingsUnchanged")}</MessageBarBody>
      </MessageBar>
    );
  if (notice === "undone")
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t("settingsUndone")}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("settingsSaved")}</MessageBarTitle>
        {batch && t("settingsSavedCells", { count: batch.undo.length, sheet })}
      </MessageBarBody>
      {batch && (
        <MessageBarActions>
          <Button disabled={busy} onClick={onUndo}>
            {t("undoButton")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function cellsOf(refused: RefusedFix): string {
  const { sheet } = refused.reason;
  return refused.fix.edits
    .filter((edit) => edit.sheet === sheet)
    .map((edit) => toA1(edit.address))
    .join(", ");
}

/** Why the save was refused, naming the cell, in the pane's language. */
export function refusalText(t: Translate, refused: RefusedFix): string {
  const { kind, sheet, address } = refused.reason;
  if (kind === "changed") return t("settingsRefusedChanged", { cell: address ?? cellsOf(refused), sheet });
  if (kind === "protected") return t("settingsRefusedProtected", { sheet, cells: cellsOf(refused) });
  return t("settingsRefusedMissing", { sheet });
}

export interface SettingsRefusedBarProps {
  readonly refused: readonly RefusedFix[];
  /** The refusal was of "Hoàn tác" rather than of a save. */
  readonly undoing: boolean;
}

export function SettingsRefusedBar({ refused, undoing }: SettingsRefusedBarProps) {
  const styles = useStyles();
  const t = useTranslate();
  if (refused.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(undoing ? "settingsUndoRefusedTitle" : "settingsRefusedTitle")}</MessageBarTitle>
        <ul className={styles.list}>
          {refused.map((r, i) => (
            <li key={i}>{refusalText(t, r)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
