/**
 * After a successful insertion: the names of the sheets now in the workbook, flagging those
 * that got a new name because one with the standard name was already there, so the user
 * knows which "Phụ lục 01" to fill in.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import type { InsertedSheetView } from "../state/outcome";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  note: { color: tokens.colorNeutralForeground3 },
});

export function InsertedSheets({ sheets }: { readonly sheets: readonly InsertedSheetView[] }) {
  const styles = useStyles();
  const t = useTranslate();
  if (sheets.length === 0) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t("insertedNone")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("insertedTitle", { count: sheets.length })}</MessageBarTitle>
        <ul className={styles.list}>
          {sheets.map((s) => (
            <li key={s.sheetName}>
              {s.sheetName}
              {s.renamed && <span className={styles.note}> ({t("renamedNote")})</span>}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
