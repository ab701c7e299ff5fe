/**
 * The minimum counterpart ratio: one choice among the program's province groups, each with
 * its minimum ("15%"), or "Tự nhập tỷ lệ" with a box for the percent. One radio list rather
 * than a dropdown, since group names are long sentences that a narrow pane must wrap.
 */
import { Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent } from "../../domain/format/numbers";
import type { ProgramFile } from "../../domain/programs/types";
import { useTranslate } from "../i18n/I18nContext";
import type { SettingsErrors, SettingsForm } from "../state/settings-form";
import { SettingsTextField, fieldValidation } from "./SettingsTextField";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** The radio value of the typed ratio; group ids are kebab-case and never hold parentheses. */
const CUSTOM = "(custom)";

export interface SettingsRatioFieldProps {
  readonly form: SettingsForm;
  readonly errors: SettingsErrors;
  readonly program: ProgramFile | undefined;
  readonly disabled: boolean;
  readonly onChange: (patch: Partial<SettingsForm>) => void;
}

export function SettingsRatioField({ form, errors, program, disabled, onChange }: SettingsRatioFieldProps) {
  const styles = useStyles();
  const t = useTranslate();
  const groups = program?.counterpart.groups ?? [];
  const choice = form.ratioMode === "custom" ? CUSTOM : (form.provinceGroup ?? undefined);
  const hint = groups.length === 0 ? t("settingsNoGroups") : undefined;
  const pick = (value: string) =>
    onChange(value === CUSTOM ? { ratioMode: "custom" } : { ratioMode: "group", provinceGroup: value });
  return (
    <div className={styles.group}>
      <Field label={t("settingsRatioLabel")} hint={hint} {...fieldValidation(t, errors.provinceGroup)}>
        <RadioGroup value={choice} disabled={disabled} onChange={(_, data) => pick(data.value)}>
          {groups.map((g) => (
            <Radio
              key={g.id}
              value={g.id}
              label={t("settingsGroupOption", { label: g.label, ratio: formatPercent(g.minRatio) })}
            />
          ))}
          <Radio value={CUSTOM} label={t("settingsCustomOption")} />
        </RadioGroup>
      </Field>
      {form.ratioMode === "custom" && (
        <SettingsTextField
          label={t("settingsCustomRatioLabel")}
          hint={t("settingsCustomRatioHint")}
          unit="%"
          value={form.customRatio}
          error={errors.customRatio}
          disabled={disabled}
          onChange={(customRatio) => onChange({ customRatio })}
        />
      )}
    </div>
  );
}
