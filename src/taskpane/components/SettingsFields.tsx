/**
 * The "Cài đặt" form: program, minimum counterpart ratio, level split, tolerance and the
 * pane's language, with the "Lưu cài đặt" button. A real <form>, so Enter in a box saves.
 * Knows nothing of the workbook: it gets the form, its errors, what the sheet can store
 * and callbacks as props.
 */
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FormEvent } from "react";
import { formatNumber } from "../../domain/format/numbers";
import type { ProgramFile } from "../../domain/programs/types";
import { AUTOMATIC_TOLERANCE, LANGUAGES, type Language } from "../../domain/settings";
import { LANGUAGE_LABELS } from "../../domain/templates/render/setting-values";
import { useTranslate } from "../i18n/I18nContext";
import type { SettingsErrors, SettingsForm } from "../state/settings-form";
import { FieldError } from "./FieldError";
import { SettingsRatioField } from "./SettingsRatioField";
import { SettingsSplitFields } from "./SettingsSplitFields";
import { SettingsTextField } from "./SettingsTextField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  control: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface SettingsFieldsProps {
  readonly form: SettingsForm;
  readonly errors: SettingsErrors;
  readonly programs: readonly ProgramFile[];
  /** The program the workbook is set to now, and its name as the sheet shows it. */
  readonly savedProgram: { readonly id: string; readonly name: string };
  readonly districtLevel: boolean;
  /** Whether the sheet has rows for the tolerance and the language (older sheets do not). */
  readonly writable: { readonly tolerance: boolean; readonly language: boolean };
  readonly busy: "saving" | "undoing" | null;
  readonly onChange: (patch: Partial<SettingsForm>) => void;
  readonly onChooseProgram: (programId: string) => void;
  readonly onSave: () => void;
}

function ProgramField(
  props: Pick<SettingsFieldsProps, "form" | "programs" | "savedProgram" | "onChooseProgram"> & {
    readonly disabled: boolean;
  },
) {
  const styles = useStyles();
  const t = useTranslate();
  const { form, programs, savedProgram } = props;
  const chosen = programs.find((p) => p.id === form.programId);
  const text = chosen
    ? t("programOption", { name: chosen.name, from: chosen.period.from, to: chosen.period.to })
    : savedProgram.name;
  return (
    <>
      <Field label={t("settingsProgramLabel")}>
        <Dropdown
          className={styles.control}
          disabled={props.disabled}
          value={text}
          selectedOptions={chosen ? [chosen.id] : []}
          onOptionSelect={(_, data) => data.optionValue && props.onChooseProgram(data.optionValue)}
        >
          {programs.map((p) => (
            <Option key={p.id} value={p.id}>
              {t("programOption", { name: p.name, from: p.period.from, to: p.period.to })}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {form.programId !== savedProgram.id && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("settingsProgramChanged")}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function LanguageField(props: {
  readonly value: Language;
  readonly disabled: boolean;
  readonly writable: boolean;
  readonly onChange: (language: Language) => void;
}) {
  const t = useTranslate();
  return (
    <Field label={t("settingsLanguageLabel")} hint={props.writable ? undefined : t("settingsMissingRow")}>
      <RadioGroup
        layout="horizontal"
        value={props.value}
        disabled={props.disabled || !props.writable}
        onChange={(_, data) => props.onChange(data.value as Language)}
      >
        {LANGUAGES.map((lang) => (
          <Radio key={lang} value={lang} label={LANGUAGE_LABELS[lang]} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export function SettingsFields(props: SettingsFieldsProps) {
  const { form, errors, programs, busy, onChange } = props;
  const styles = useStyles();
  const t = useTranslate();
  const disabled = busy !== null;
  const program = programs.find((p) => p.id === form.programId);
  const automatic = formatNumber(AUTOMATIC_TOLERANCE);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled) props.onSave();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <ProgramField {...props} disabled={disabled} />
      <SettingsRatioField
        form={form}
        errors={errors}
        program={program}
        disabled={disabled}
        onChange={onChange}
      />
      <SettingsSplitFields
        form={form}
        errors={errors}
        program={program}
        districtLevel={props.districtLevel}
        disabled={disabled}
        onChange={onChange}
      />
      <SettingsTextField
        label={t("settingsToleranceLabel")}
        hint={t("settingsToleranceHint", { automatic })}
        placeholder={t("settingsTolerancePlaceholder", { automatic })}
        value={form.tolerance}
        error={errors.tolerance}
        disabled={disabled}
        writable={props.writable.tolerance}
        onChange={(tolerance) => onChange({ tolerance })}
      />
      <LanguageField
        value={form.language}
        disabled={disabled}
        writable={props.writable.language}
        onChange={(language) => onChange({ language })}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={disabled}>
          {t("settingsSaveButton")}
        </Button>
        {busy && (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={t(busy === "saving" ? "settingsSaving" : "settingsUndoing")}
          />
        )}
      </div>
      {Object.keys(errors).length > 0 && (
        <FieldError id="settings-errors" message={t("settingsErrorSummary")} />
      )}
    </form>
  );
}
