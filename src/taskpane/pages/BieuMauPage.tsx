/**
 * The "Biểu mẫu" page: choose sheets and options, insert them into the open workbook, see
 * what was inserted. It wires the form state to the insertion controller; the Excel it
 * inserts into comes from App (host.ts), so the page never touches Office itself.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ProgramFile } from "../../domain/programs/types";
import type { ExcelConnection } from "../host";
import { HostNotice, type HostStatus } from "../components/HostNotice";
import { InsertFailureBar } from "../components/InsertFailureBar";
import { InsertTemplatesForm } from "../components/InsertTemplatesForm";
import { InsertedSheets } from "../components/InsertedSheets";
import { insertSelected } from "../state/insert";
import { useInsertForm, type InsertFn, type RunState } from "../state/use-insert-form";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface BieuMauPageProps {
  readonly programs: readonly ProgramFile[];
  readonly status: HostStatus;
  /** Null until connected, and when the pane is not in Excel. */
  readonly excel: ExcelConnection | null;
  /** The insertion controller; tests pass their own. */
  readonly insert?: InsertFn;
}

function Outcome({ run }: { readonly run: RunState }) {
  if (run.kind === "inserted") return <InsertedSheets sheets={run.sheets} />;
  if (run.kind === "failed") return <InsertFailureBar failure={run.failure} />;
  return null;
}

export function BieuMauPage({ programs, status, excel, insert = insertSelected }: BieuMauPageProps) {
  const styles = useStyles();
  const state = useInsertForm(programs, excel, insert);
  return (
    <div className={styles.page}>
      <HostNotice status={status} />
      <InsertTemplatesForm
        form={state.form}
        errors={state.errors}
        programs={programs}
        canInsert={excel !== null}
        running={state.run.kind === "running"}
        onChange={state.change}
        onToggleTemplate={state.toggle}
        onInsert={() => void state.submit()}
      />
      <div aria-live="polite">
        <Outcome run={state.run} />
      </div>
    </div>
  );
}
