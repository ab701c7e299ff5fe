/**
 * Tells the user the pane has no workbook yet: still connecting to Excel, or opened outside
 * Excel, where the way on is Excel or an .xlsx file opened above (browser mode). Renders
 * nothing once Excel is there.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import type { MessageId } from "../i18n/messages";

export type HostStatus = "connecting" | "excel" | "none";

export interface HostNoticeProps {
  readonly status: HostStatus;
  /** What opening the page in Excel is for; the Biểu mẫu page's text unless told. */
  readonly body?: MessageId;
}

export function HostNotice({ status, body = "noExcelBody" }: HostNoticeProps) {
  const t = useTranslate();
  if (status === "connecting") return <Spinner size="tiny" labelPosition="after" label={t("connecting")} />;
  if (status === "excel") return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("noExcelTitle")}</MessageBarTitle>
        <p>{t(body)}</p>
        <p>{t("openFileHint")}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
