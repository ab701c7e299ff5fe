/**
 * The plan's details the sheets are filled with: program, year, level, unit, province and
 * plan date. Every control sits in a Fluent Field, which gives it a visible label, the
 * accessible name and the validation message. Values are reported as a patch of the form.
 */
import {
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ProgramFile } from "../../domain/programs/types";
import type { PlanLevel } from "../../domain/settings";
import { useTranslate } from "../i18n/I18nContext";
import type { Translate } from "../i18n/translate";
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR, type FormErrors, type InsertForm } from "../state/form";

const useStyles = makeStyles({
  group: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  control: { width: "100%", minWidth: 0, boxSizing: "border-box" },
});

export interface PlanOptionsProps {
  readonly form: InsertForm;
  readonly programs: readonly ProgramFile[];
  readonly errors: FormErrors;
  readonly onChange: (patch: Partial<InsertForm>) => void;
  readonly disabled?: boolean;
}

function programText(t: Translate, program: ProgramFile): string {
  return t("programOption", { name: program.name, from: program.period.from, to: program.period.to });
}

/** Field props for an error, or none: Field shows the red text and sets aria-invalid. */
function validation(t: Translate, error: FormErrors[keyof FormErrors]) {
  return error ? { validationState: "error" as const, validationMessage: t(error) } : {};
}

export function PlanOptions({ form, programs, errors, onChange, disabled }: PlanOptionsProps) {
  const styles = useStyles();
  const t = useTranslate();
  const selected = programs.find((p) => p.id === form.programId);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t("optionsLegend")}</legend>
      <Field label={t("programLabel")} required {...validation(t, errors.programId)}>
        <Dropdown
          className={styles.control}
          disabled={disabled}
          value={selected ? programText(t, selected) : ""}
          selectedOptions={selected ? [selected.id] : []}
          onOptionSelect={(_, data) => onChange({ programId: data.optionValue ?? "" })}
        >
          {programs.map((p) => (
            <Option key={p.id} value={p.id}>
              {programText(t, p)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("yearLabel")} required {...validation(t, errors.year)}>
        <SpinButton
          className={styles.control}
          disabled={disabled}
          min={MIN_PLAN_YEAR}
          max={MAX_PLAN_YEAR}
          value={yearValue(form.year)}
          displayValue={form.year}
          onChange={(_, data) => onChange({ year: yearText(data.value, data.displayValue) })}
        />
      </Field>
      <Field label={t("levelLabel")}>
        <RadioGroup
          layout="horizontal"
          disabled={disabled}
          value={form.level}
          onChange={(_, data) => onChange({ level: data.value as PlanLevel })}
        >
          <Radio value="xa" label={t("levelXa")} />
          <Radio value="huyen" label={t("levelHuyen")} />
        </RadioGroup>
      </Field>
      <Field label={t("unitLabel")} required {...validation(t, errors.unitName)}>
        <Input
          className={styles.control}
          disabled={disabled}
          placeholder={t("unitPlaceholder")}
          value={form.unitName}
          onChange={(_, data) => onChange({ unitName: data.value })}
        />
      </Field>
      <Field label={t("provinceLabel")}>
        <Input
          className={styles.control}
          disabled={disabled}
          placeholder={t("provincePlaceholder")}
          value={form.province}
          onChange={(_, data) => onChange({ province: data.value })}
        />
      </Field>
      <Field label={t("planDateLabel")} hint={t("planDateHint")} {...validation(t, errors.planDate)}>
        <Input
          className={styles.control}
          disabled={disabled}
          type="date"
          value={form.planDate}
          onChange={(_, data) => onChange({ planDate: data.value })}
        />
      </Field>
    </fieldset>
  );
}

/** The SpinButton wants a number (null while the text is not one) beside the text shown. */
function yearValue(text: string): number | null {
  return /^\d{1,4}$/.test(text.trim()) ? Number(text) : null;
}

/** Arrow keys give a number; typing gives the text as typed, which the form validates. */
function yearText(value: number | null | undefined, displayValue: string | undefined): string {
  return typeof value === "number" ? String(value) : (displayValue ?? "");
}
