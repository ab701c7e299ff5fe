/**
 * The findings of a check, under a heading per sheet and per severity. Each finding is a
 * button carrying data-sheet and data-cell that selects its cell in Excel (click or Enter,
 * as any button); findings with a fix have their own "Sửa" button beside it.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../domain/validation/issue";
import { useTranslate } from "../i18n/I18nContext";
import type { FindingView, SheetGroup } from "../state/findings";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { listStyleType: "none", display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  finding: {
    flexGrow: 1,
    minWidth: 0,
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    cursor: "pointer",
    ":hover": { textDecorationLine: "underline" },
  },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  fix: { display: "block", color: tokens.colorNeutralForeground3 },
  sheet: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
  },
  severity: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
  },
});

export interface FindingListProps {
  readonly groups: readonly SheetGroup[];
  readonly busy: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly onFix: (issues: readonly Issue[]) => void;
}

type FindingProps = Omit<FindingListProps, "groups"> & { readonly finding: FindingView };

function Finding({ finding, busy, onSelect, onFix }: FindingProps) {
  const styles = useStyles();
  const t = useTranslate();
  const { issue, message, fix } = finding.rendered;
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={styles.finding}
        data-sheet={issue.sheet}
        data-cell={finding.cell}
        onClick={() => onSelect(issue)}
      >
        <span className={styles.cell}>{finding.cell}</span>
        {message}
        {fix && <span className={styles.fix}>{t("findingFix", { fix })}</span>}
      </button>
      {issue.fix && (
        <Button size="small" disabled={busy} onClick={() => onFix([issue])}>
          {t("fixButton")}
        </Button>
      )}
    </li>
  );
}

export function FindingList({ groups, ...actions }: FindingListProps) {
  const styles = useStyles();
  const t = useTranslate();
  return (
    <section aria-label={t("findingsLabel")}>
      {groups.map((group) => (
        <section key={group.sheet} aria-label={group.sheet}>
          <h3 className={styles.sheet}>{group.sheet}</h3>
          {group.severities.map(({ severity, findings }) => (
            <div key={severity}>
              <h4 className={styles.severity}>{t(`severity.${severity}`)}</h4>
              <ul className={styles.list}>
                {findings.map((finding, i) => (
                  <Finding key={`${finding.cell}-${i}`} finding={finding} {...actions} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
