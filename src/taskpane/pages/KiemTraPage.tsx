/**
 * The "Kiểm tra" page: run every rule on the open workbook, see the findings by sheet and
 * severity, jump to a finding's cell, apply its fix or all safe fixes, and undo the last
 * batch. The Excel it works on comes from App (host.ts); the work is done by the
 * controller (state/check.ts), so the page only wires state to components.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ProgramFile } from "../../domain/programs/types";
import { CheckFailureBar } from "../components/CheckFailureBar";
import { FindingList } from "../components/FindingList";
import { HostNotice, type HostStatus } from "../components/HostNotice";
import { RefusedFixesBar } from "../components/RefusedFixesBar";
import { SeverityCounts } from "../components/SeverityCounts";
import type { ExcelConnection } from "../host";
import { useTranslate } from "../i18n/I18nContext";
import type { Lang } from "../i18n/messages";
import { safeFixes, type CheckedWorkbook } from "../state/check";
import { groupFindings } from "../state/findings";
import { useCheck, type CheckActions, type CheckController, type CheckState } from "../state/use-check";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface KiemTraPageProps {
  readonly programs: readonly ProgramFile[];
  readonly lang: Lang;
  readonly status: HostStatus;
  /** Null until connected, and when the pane is not in Excel. */
  readonly excel: ExcelConnection | null;
  /** Check as soon as Excel is connected (the ribbon's Kiểm tra button opened the page). */
  readonly runOnOpen: boolean;
  /** The check controller; tests pass their own. */
  readonly controller?: CheckController;
}

function NoExcel({ status }: { readonly status: HostStatus }) {
  const t = useTranslate();
  if (status !== "none") return <HostNotice status={status} />;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("noExcelTitle")}</MessageBarTitle>
        {t("checkNoExcelBody")}
      </MessageBarBody>
    </MessageBar>
  );
}

export type CheckResultsProps = { readonly checked: CheckedWorkbook; readonly busy: boolean } & Pick<
  CheckActions,
  "select" | "fix"
>;

/** The findings of a check, or the empty state when there are none. */
export function CheckResults({ checked, busy, select, fix }: CheckResultsProps) {
  const t = useTranslate();
  const { rendered, summary } = checked.result;
  if (rendered.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t("noFindings")}</MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      <SeverityCounts summary={summary} />
      <FindingList groups={groupFindings(rendered)} busy={busy} onSelect={select} onFix={fix} />
    </>
  );
}

function Toolbar({
  state,
  canCheck,
}: {
  readonly state: CheckState & CheckActions;
  readonly canCheck: boolean;
}) {
  const styles = useStyles();
  const t = useTranslate();
  const issues = state.checked?.result.issues ?? [];
  const busy = state.running;
  return (
    <div className={styles.actions}>
      <Button appearance="primary" disabled={!canCheck || busy} onClick={state.check}>
        {t("checkButton")}
      </Button>
      {safeFixes(issues).length > 0 && (
        <Button disabled={busy} onClick={() => state.fix(issues)}>
          {t("fixAllButton")}
        </Button>
      )}
      {state.batch && (
        <Button disabled={busy} onClick={state.undo}>
          {t("undoButton")}
        </Button>
      )}
      {busy && <Spinner size="tiny" labelPosition="after" label={t("checking")} />}
    </div>
  );
}

export function KiemTraPage(props: KiemTraPageProps) {
  const styles = useStyles();
  const state = useCheck(props.excel, props.programs, props.lang, props.runOnOpen, props.controller);
  return (
    <div className={styles.page}>
      {props.excel === null && <NoExcel status={props.status} />}
      <Toolbar state={state} canCheck={props.excel !== null} />
      <div aria-live="polite">
        {state.failure && <CheckFailureBar {...state.failure} />}
        <RefusedFixesBar refused={state.refused} />
      </div>
      {state.checked && (
        <CheckResults checked={state.checked} busy={state.running} select={state.select} fix={state.fix} />
      )}
    </div>
  );
}
