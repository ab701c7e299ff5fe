/**
 * Fixes Excel did not apply, each with its Vietnamese reason (the sheet is protected, the
 * cell changed since the check, the sheet is gone), so the user knows what to do first.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { RefusedFix } from "../../adapters/office/apply-fixes";
import { useTranslate } from "../i18n/I18nContext";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function RefusedFixesBar({ refused }: { readonly refused: readonly RefusedFix[] }) {
  const styles = useStyles();
  const t = useTranslate();
  if (refused.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("refusedTitle", { count: refused.length })}</MessageBarTitle>
        <ul className={styles.list}>
          {refused.map((r, i) => (
            <li key={i}>{r.reason.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
