/**
 * Tells the user the pane is not talking to Excel yet (still connecting, or opened outside
 * Excel), since inserting needs a workbook. Renders nothing once Excel is there.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";

export type HostStatus = "connecting" | "excel" | "none";

export function HostNotice({ status }: { readonly status: HostStatus }) {
  const t = useTranslate();
  if (status === "connecting") return <Spinner size="tiny" labelPosition="after" label={t("connecting")} />;
  if (status === "excel") return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("noExcelTitle")}</MessageBarTitle>
        {t("noExcelBody")}
      </MessageBarBody>
    </MessageBar>
  );
}
