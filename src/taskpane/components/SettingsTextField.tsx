/**
 * One typed setting of the "Cài đặt" page (a percent, the tolerance): a Fluent Field with
 * its visible label, hint and red validation message around a decimal input, the unit
 * beside the box. A setting the sheet has no cell for is shown disabled, saying why.
 */
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";
import type { MessageId } from "../i18n/messages";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  control: { width: "100%", minWidth: 0, boxSizing: "border-box" },
});

/** Field props for an error, or none: Field shows the red text and sets aria-invalid. */
export function fieldValidation(t: Translate, error: MessageId | undefined) {
  return error ? { validationState: "error" as const, validationMessage: t(error) } : {};
}

export interface SettingsTextFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly error: MessageId | undefined;
  /** "%" or nothing. */
  readonly unit?: string;
  readonly placeholder?: string;
  readonly disabled: boolean;
  /** False when the sheet was made before this setting's row existed. */
  readonly writable?: boolean;
  readonly onChange: (value: string) => void;
}

export function SettingsTextField(props: SettingsTextFieldProps) {
  const styles = useStyles();
  const t = useTranslate();
  const writable = props.writable ?? true;
  return (
    <Field
      label={props.label}
      hint={writable ? props.hint : t("settingsMissingRow")}
      {...fieldValidation(t, props.error)}
    >
      <Input
        className={styles.control}
        disabled={props.disabled || !writable}
        inputMode="decimal"
        placeholder={props.placeholder}
        {...(props.unit ? { contentAfter: props.unit } : {})}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}
