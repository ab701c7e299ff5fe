/**
 * A check, fix, undo or cell selection that Excel refused, in an error MessageBar: what
 * failed, Excel's own message (never a stack trace) and what to try next.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import type { MessageId } from "../i18n/messages";
import type { InsertFailure } from "../state/outcome";

export interface CheckFailureBarProps {
  readonly title: MessageId;
  readonly failure: InsertFailure;
}

export function CheckFailureBar({ title, failure }: CheckFailureBarProps) {
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
