/**
 * How many errors, warnings and notes the check found, as one line of badges, so the user
 * sees at a glance whether the plan is ready to send.
 */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { IssueSummary } from "../../domain/validation/engine";
import type { Severity } from "../../domain/validation/issue";
import { useTranslate } from "../i18n/I18nContext";
import { SEVERITIES } from "../state/findings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
});

const COLOUR = { error: "danger", warning: "warning", info: "informative" } as const;

function countOf(summary: IssueSummary, severity: Severity): number {
  if (severity === "error") return summary.errors;
  return severity === "warning" ? summary.warnings : summary.infos;
}

export function SeverityCounts({ summary }: { readonly summary: IssueSummary }) {
  const styles = useStyles();
  const t = useTranslate();
  return (
    <ul className={styles.row} aria-label={t("countsLabel")}>
      {SEVERITIES.map((severity) => (
        <li key={severity} className={styles.item}>
          <Badge appearance="tint" color={COLOUR[severity]} data-severity={severity}>
            {t(`severityCount.${severity}`, { count: countOf(summary, severity) })}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
