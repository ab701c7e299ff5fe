/**
 * How the counterpart splits between budget levels: the shares of NS tỉnh, NS huyện (only
 * while the plan has a district level) and NS xã, in percent of NSTW. When they do not add
 * up to the minimum ratio, a note says the minimum is then counted as a whole.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent } from "../../domain/format/numbers";
import type { ProgramFile } from "../../domain/programs/types";
import { useTranslate } from "../i18n/I18nContext";
import type { MessageId } from "../i18n/messages";
import {
  splitMismatch,
  type SettingsErrors,
  type SettingsForm,
  type SplitField,
} from "../state/settings-form";
import { SettingsTextField } from "./SettingsTextField";

const useStyles = makeStyles({
  group: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

const LABELS: Readonly<Record<SplitField, MessageId>> = {
  splitTinh: "settingsSplitTinh",
  splitHuyen: "settingsSplitHuyen",
  splitXa: "settingsSplitXa",
};

export interface SettingsSplitFieldsProps {
  readonly form: SettingsForm;
  readonly errors: SettingsErrors;
  readonly program: ProgramFile | undefined;
  readonly districtLevel: boolean;
  readonly disabled: boolean;
  readonly onChange: (patch: Partial<SettingsForm>) => void;
}

export function SettingsSplitFields(props: SettingsSplitFieldsProps) {
  const { form, errors, districtLevel, disabled, onChange } = props;
  const styles = useStyles();
  const t = useTranslate();
  const fields: SplitField[] = districtLevel
    ? ["splitTinh", "splitHuyen", "splitXa"]
    : ["splitTinh", "splitXa"];
  const mismatch = splitMismatch(form, props.program, districtLevel);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t("settingsSplitLegend")}</legend>
      <Caption1>{t("settingsSplitHint")}</Caption1>
      {fields.map((field) => (
        <SettingsTextField
          key={field}
          label={t(LABELS[field])}
          unit="%"
          value={form[field]}
          error={errors[field]}
          disabled={disabled}
          onChange={(value) => onChange({ [field]: value })}
        />
      ))}
      {mismatch && (
        <Caption1 role="note">
          {t("settingsSplitDiffers", {
            sum: formatPercent(mismatch.sum),
            ratio: formatPercent(mismatch.ratio),
          })}
        </Caption1>
      )}
    </fieldset>
  );
}
