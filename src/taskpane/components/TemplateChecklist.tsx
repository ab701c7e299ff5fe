/**
 * The five standard sheets as checkboxes, each with a line saying what it holds. A native
 * fieldset groups them: Fluent's Field labels exactly one control, and a screen reader
 * should announce the group name ("Biểu mẫu cần chèn") when entering any of them.
 */
import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { TEMPLATE_IDS, type TemplateId } from "../../domain/sheet-plan";
import { useTranslate } from "../i18n/I18nContext";
import type { MessageId } from "../i18n/messages";
import { FieldError } from "./FieldError";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  item: { display: "flex", flexDirection: "column" },
  hint: { paddingLeft: "36px", marginTop: "-6px", color: tokens.colorNeutralForeground3 },
});

export interface TemplateChecklistProps {
  readonly selected: readonly TemplateId[];
  readonly onToggle: (id: TemplateId, checked: boolean) => void;
  readonly error?: MessageId | undefined;
  readonly disabled?: boolean;
}

export function TemplateChecklist({ selected, onToggle, error, disabled }: TemplateChecklistProps) {
  const styles = useStyles();
  const t = useTranslate();
  return (
    <fieldset className={styles.group} aria-describedby={error ? "templates-error" : undefined}>
      <legend className={styles.legend}>{t("templatesLegend")}</legend>
      {TEMPLATE_IDS.map((id) => (
        <div key={id} className={styles.item}>
          <Checkbox
            id={`template-${id}`}
            label={t(`template.${id}`)}
            checked={selected.includes(id)}
            disabled={disabled}
            aria-describedby={`template-${id}-hint`}
            onChange={(_, data) => onToggle(id, data.checked === true)}
          />
          <Caption1 id={`template-${id}-hint`} className={styles.hint}>
            {t(`templateHint.${id}`)}
          </Caption1>
        </div>
      ))}
      {error && <FieldError id="templates-error" message={t(error)} />}
    </fieldset>
  );
}
