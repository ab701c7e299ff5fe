/**
 * Browser mode before a file is open: what the pane can do with a plan's .xlsx, a real file
 * input labelled "Mở tệp Excel" (shown as a button; Tab reaches it and Enter or Space opens
 * the file chooser), a zone to drop the file on, progress while it opens, and why a file was
 * refused with what to do about it. Knows nothing of ExcelJS: it hands the chosen file on.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons/svg/folder-open";
import { useState, type ChangeEvent, type DragEvent } from "react";
import { useTranslate } from "../i18n/I18nContext";
import type { ChosenFile, OpenFailure } from "../state/file-session";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
    "& input:focus-visible + label": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  button: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
  },
});

export interface OpenFileProps {
  /** The name of the file being opened, or null. */
  readonly opening: string | null;
  readonly failure: OpenFailure | null;
  readonly onOpen: (file: ChosenFile) => void;
}

function OpenFailureBar({ failure }: { readonly failure: OpenFailure }) {
  const t = useTranslate();
  const { fileName, problem, cause } = failure;
  const text = problem ? t(`openProblem.${problem}`, { fileName }) : "id" in cause ? t(cause.id) : cause.text;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("openFailedTitle", { fileName })}</MessageBarTitle>
        <p>{text}</p>
        {!problem && <p>{t("openFailureHint")}</p>}
      </MessageBarBody>
    </MessageBar>
  );
}

export function OpenFile({ opening, failure, onOpen }: OpenFileProps) {
  const styles = useStyles();
  const t = useTranslate();
  const [dragging, setDragging] = useState(false);
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) opens it again.
    event.target.value = "";
    if (file) onOpen(file);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !opening) onOpen(file);
  };
  const over = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(true);
  };
  return (
    <>
      <div
        className={mergeClasses(styles.zone, dragging && styles.active)}
        onDragOver={over}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <input
          id="open-file"
          className={styles.input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="open-file-hint"
          disabled={opening !== null}
          onChange={choose}
        />
        <label htmlFor="open-file" className={styles.button}>
          <FolderOpenRegular aria-hidden />
          {t("openFileLabel")}
        </label>
        <Text id="open-file-hint" size={200}>
          {t(dragging ? "dropActive" : "dropHint")}
        </Text>
      </div>
      <div aria-live="polite">
        {opening && (
          <Spinner size="tiny" labelPosition="after" label={t("openingFile", { fileName: opening })} />
        )}
        {failure && <OpenFailureBar failure={failure} />}
      </div>
    </>
  );
}
