/**
 * What to do with a plan once it is shown: download it as a Word file, write it into the
 * workbook as a sheet (and take that back with "Hoàn tác", which names the sheet it deletes),
 * or copy its text. Everything is off while something runs, so nothing is done twice.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface NarrativeActionsProps {
  readonly busy: boolean;
  /** The sheet "Hoàn tác" deletes; null hides the button. */
  readonly writtenSheet: string | null;
  readonly onDownload: () => void;
  readonly onWriteSheet: () => void;
  readonly onUndoSheet: () => void;
  readonly onCopy: () => void;
}

export function NarrativeActions(props: NarrativeActionsProps) {
  const t = useTranslate();
  const styles = useStyles();
  const { busy, writtenSheet } = props;
  return (
    <div role="group" aria-label={t("narrativeActionsLabel")} className={styles.actions}>
      <Button disabled={busy} onClick={props.onDownload}>
        {t("narrativeDownload")}
      </Button>
      <Button disabled={busy} onClick={props.onWriteSheet}>
        {t("narrativeWriteSheet")}
      </Button>
      {writtenSheet !== null && (
        <Button
          disabled={busy}
          aria-label={t("narrativeUndoSheetLabel", { sheet: writtenSheet })}
          onClick={props.onUndoSheet}
        >
          {t("narrativeUndoSheet")}
        </Button>
      )}
      <Button disabled={busy} onClick={props.onCopy}>
        {t("narrativeCopy")}
      </Button>
    </div>
  );
}
