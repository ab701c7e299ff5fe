/**
 * Browser mode's part of the shell, above the pages: before a file is open, what the pane
 * can do here and the way to open a plan's .xlsx (OpenFile); once one is open, its bar with
 * the download (FileBar). Either way the user reads that the original file is never changed.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import type { FileSessionActions, FileSessionState } from "../state/use-file-session";
import { FileBar } from "./FileBar";
import { OpenFile } from "./OpenFile";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

export function FileModePanel({ files }: { readonly files: FileSessionState & FileSessionActions }) {
  const styles = useStyles();
  const t = useTranslate();
  const { workspace } = files;
  if (workspace)
    return (
      <FileBar
        fileName={workspace.fileName ?? ""}
        dirty={files.dirty}
        saving={files.saving}
        saved={files.saved}
        saveFailure={files.saveFailure}
        onDownload={files.download}
        onClose={files.close}
      />
    );
  return (
    <section className={styles.panel} aria-label={t("fileModeTitle")}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("fileModeTitle")}</MessageBarTitle>
          <p>{t("fileModeIntro")}</p>
          <p>{t("originalKept")}</p>
        </MessageBarBody>
      </MessageBar>
      <OpenFile opening={files.opening} failure={files.openFailure} onOpen={files.open} />
    </section>
  );
}
