/**
 * Browser mode with a file open: its name, whether the pane has changed it since the last
 * download, "Tải sổ làm việc" (a new copy named "… (đã sửa).xlsx"; the original is never
 * touched) and "Mở tệp khác", which asks first when changes would be lost. Knows nothing of
 * ExcelJS: it gets the session's state and callbacks as props.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons/svg/arrow-download";
import { FolderOpenRegular } from "@fluentui/react-icons/svg/folder-open";
import { useState } from "react";
import { useTranslate } from "../i18n/I18nContext";
import type { InsertFailure } from "../state/outcome";
import { CheckFailureBar } from "./CheckFailureBar";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface FileBarProps {
  readonly fileName: string;
  readonly dirty: boolean;
  readonly saving: boolean;
  /** The name of the last copy offered for download, or null. */
  readonly saved: string | null;
  readonly saveFailure: InsertFailure | null;
  readonly onDownload: () => void;
  readonly onClose: () => void;
}

function ConfirmClose({
  fileName,
  onClose,
  onStay,
}: {
  fileName: string;
  onClose: () => void;
  onStay: () => void;
}) {
  const t = useTranslate();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t("openOtherConfirm", { fileName })}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onClose}>{t("openOtherProceed")}</Button>
        <Button appearance="primary" onClick={onStay}>
          {t("openOtherCancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function FileBar(props: FileBarProps) {
  const { fileName, dirty, saving, saved, saveFailure, onDownload, onClose } = props;
  const styles = useStyles();
  const t = useTranslate();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className={styles.bar} aria-label={t("fileBarLabel")}>
      <Text className={styles.name}>{t("openFileName", { fileName })}</Text>
      {dirty && <Caption1>{t("unsavedChanges")}</Caption1>}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabledFocusable={saving}
          onClick={onDownload}
        >
          {t("downloadButton")}
        </Button>
        <Button icon={<FolderOpenRegular />} onClick={() => (dirty ? setConfirming(true) : onClose())}>
          {t("openOtherButton")}
        </Button>
      </div>
      <div aria-live="polite">
        {confirming && (
          <ConfirmClose fileName={fileName} onClose={onClose} onStay={() => setConfirming(false)} />
        )}
        {saving && <Spinner size="tiny" labelPosition="after" label={t("downloading")} />}
        {saved && !dirty && (
          <MessageBar intent="success">
            <MessageBarBody>{t("downloaded", { fileName: saved })}</MessageBarBody>
          </MessageBar>
        )}
        {saveFailure && <CheckFailureBar title="downloadFailedTitle" failure={saveFailure} />}
      </div>
      <Caption1 className={styles.note}>{t("originalKept")}</Caption1>
    </section>
  );
}
