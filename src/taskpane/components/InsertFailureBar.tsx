/**
 * Why the insertion failed and what to try, in an error MessageBar. Shows the error's
 * message only, never a stack trace: the reader is a commune officer, not a developer.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import type { InsertFailure } from "../state/outcome";

export function InsertFailureBar({ failure }: { readonly failure: InsertFailure }) {
  const t = useTranslate();
  const cause = "id" in failure.cause ? t(failure.cause.id) : failure.cause.text;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("failureTitle")}</MessageBarTitle>
        <p>{cause}</p>
        {failure.hint && <p>{t(failure.hint)}</p>}
      </MessageBarBody>
    </MessageBar>
  );
}
