/**
 * The "Thuyết minh" page's running and finished states: a labelled spinner while something
 * runs, what the last action did (file made, sheet written or deleted, text copied, which
 * cell a number came from), and failures in an error MessageBar with the cause and what to
 * try. A workbook that gives no plan at all gets its reason and a way to the Biểu mẫu page.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import type { MessageId } from "../i18n/messages";
import type { Translate } from "../i18n/translate";
import type { NarrativeBusy, NarrativeFailure, NarrativeNotice } from "../state/use-narrative";

const PROGRESS: Readonly<Record<NarrativeBusy, MessageId | null>> = {
  preparing: "narrativePreparing",
  docx: "narrativeDownloading",
  sheet: "narrativeWritingSheet",
  undo: "narrativeRemovingSheet",
  // Copying is instant; a spinner would only flash.
  copy: null,
};

export function NarrativeProgress({ busy }: { readonly busy: NarrativeBusy | null }) {
  const t = useTranslate();
  const label = busy && PROGRESS[busy];
  return label ? <Spinner size="tiny" labelPosition="after" label={t(label)} /> : null;
}

function noticeText(t: Translate, notice: Exclude<NarrativeNotice, { kind: "copy-failed" }>): string {
  switch (notice.kind) {
    case "downloaded":
      return t("narrativeDownloaded", { fileName: notice.fileName });
    case "written":
      return t("narrativeSheetWritten", { sheet: notice.sheet });
    case "removed":
      return t("narrativeSheetRemoved", { sheet: notice.sheet });
    case "copied":
      return t("narrativeCopied");
    case "cell":
      return t("figureCellShown", { value: notice.value, cells: notice.cells });
  }
}

export function NarrativeNoticeBar({ notice }: { readonly notice: NarrativeNotice }) {
  const t = useTranslate();
  if (notice.kind === "copy-failed")
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("narrativeCopyFailedTitle")}</MessageBarTitle>
          {t("narrativeCopyFailedBody")}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent={notice.kind === "cell" ? "info" : "success"} layout="multiline">
      <MessageBarBody>{noticeText(t, notice)}</MessageBarBody>
    </MessageBar>
  );
}

export function NarrativeFailureBar({ title, failure }: NarrativeFailure) {
  const t = useTranslate();
  const cause = "id" in failure.cause ? t(failure.cause.id) : failure.cause.text;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(title)}</MessageBarTitle>
        <p>{cause}</p>
        {failure.hint && <p>{t(failure.hint)}</p>}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface NarrativeNoPlanProps {
  /** The reader's own sentence, already in Vietnamese, saying what is missing. */
  readonly message: string;
  readonly onOpenBieuMau: () => void;
}

export function NarrativeNoPlan({ message, onOpenBieuMau }: NarrativeNoPlanProps) {
  const t = useTranslate();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("narrativeNoPlanTitle")}</MessageBarTitle>
        <p>{message}</p>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onOpenBieuMau}>{t("narrativeToBieuMau")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
