/**
 * The "Biểu mẫu" form: which sheets, the plan's details, and the "Chèn biểu mẫu" button
 * with a spinner while Excel works. A real <form>, so Enter in a text box inserts too.
 * Knows nothing of Excel: it gets the form, its errors and callbacks as props.
 */
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons/svg/table-add";
import type { FormEvent } from "react";
import type { ProgramFile } from "../../domain/programs/types";
import type { TemplateId } from "../../domain/sheet-plan";
import { useTranslate } from "../i18n/I18nContext";
import type { FormErrors, InsertForm } from "../state/form";
import { FieldError } from "./FieldError";
import { PlanOptions } from "./PlanOptions";
import { TemplateChecklist } from "./TemplateChecklist";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface InsertTemplatesFormProps {
  readonly form: InsertForm;
  readonly errors: FormErrors;
  readonly programs: readonly ProgramFile[];
  /** False while there is no workbook to insert into. */
  readonly canInsert: boolean;
  readonly running: boolean;
  readonly onChange: (patch: Partial<InsertForm>) => void;
  readonly onToggleTemplate: (id: TemplateId, checked: boolean) => void;
  readonly onInsert: () => void;
}

export function InsertTemplatesForm(props: InsertTemplatesFormProps) {
  const { form, errors, programs, canInsert, running } = props;
  const styles = useStyles();
  const t = useTranslate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canInsert && !running) props.onInsert();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <TemplateChecklist
        selected={form.templates}
        onToggle={props.onToggleTemplate}
        error={errors.templates}
        disabled={running}
      />
      <PlanOptions
        form={form}
        programs={programs}
        errors={errors}
        onChange={props.onChange}
        disabled={running}
      />
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={!canInsert}
          disabledFocusable={running}
        >
          {t("insertButton")}
        </Button>
        {running && <Spinner size="tiny" labelPosition="after" label={t("inserting")} />}
      </div>
      {Object.keys(errors).length > 0 && <FieldError id="form-errors" message={t("errorFormSummary")} />}
    </form>
  );
}
