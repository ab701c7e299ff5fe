/**
 * The "Biểu mẫu" page: choose sheets and options, insert them into the workbook (in Excel
 * or an opened file), see what was inserted, and take the insertion back. It wires the form
 * state to the insertion controller; the workbook comes from App as a Workspace, so the page
 * never touches Office or ExcelJS itself.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { HostNotice } from "../components/HostNotice";
import { InsertFailureBar } from "../components/InsertFailureBar";
import { InsertTemplatesForm } from "../components/InsertTemplatesForm";
import { InsertUndo } from "../components/InsertUndo";
import { InsertedSheets } from "../components/InsertedSheets";
import {
  insertFromChunk,
  removeFromChunk,
  useInsertForm,
  type InsertFn,
  type RemoveFn,
  type RunState,
} from "../state/use-insert-form";
import type { PageProps } from "./page-props";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  outcome: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
});

export interface BieuMauPageProps extends PageProps {
  /** The insertion controller; tests pass their own. */
  readonly insert?: InsertFn;
  /** Takes an insertion back; tests pass their own. */
  readonly remove?: RemoveFn;
}

function Outcome({ run }: { readonly run: RunState }) {
  if (run.kind === "inserted" || run.kind === "confirming" || run.kind === "remove-failed")
    return <InsertedSheets sheets={run.sheets} />;
  if (run.kind === "failed") return <InsertFailureBar failure={run.failure} />;
  return null;
}

export function BieuMauPage(props: BieuMauPageProps) {
  const { programs, status, workspace, insert = insertFromChunk, remove = removeFromChunk } = props;
  const styles = useStyles();
  const state = useInsertForm(programs, workspace, insert, remove);
  return (
    <div className={styles.page}>
      {workspace === null && <HostNotice status={status} />}
      <InsertTemplatesForm
        form={state.form}
        errors={state.errors}
        programs={programs}
        canInsert={workspace !== null}
        running={state.run.kind === "running"}
        onChange={state.change}
        onToggleTemplate={state.toggle}
        onInsert={() => void state.submit()}
      />
      <div aria-live="polite" className={styles.outcome}>
        <Outcome run={state.run} />
        <InsertUndo
          run={state.run}
          onAsk={state.askUndo}
          onCancel={state.cancelUndo}
          onConfirm={() => void state.confirmUndo()}
        />
      </div>
    </div>
  );
}
