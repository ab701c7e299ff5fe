/**
 * The "Kiểm tra" page: run every rule on the workbook (in Excel or an opened file), see the
 * findings by sheet and severity, jump to a finding's cell (or, without a grid, see it named),
 * apply its fix or all safe fixes, and undo the last batch. The workbook comes from App as a
 * Workspace; the work is done by the controller (state/check.ts), so the page only wires
 * state to components.
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
import { CheckFailureBar } from "../components/CheckFailureBar";
import { FindingList } from "../components/FindingList";
import { HostNotice } from "../components/HostNotice";
import { RefusedFixesBar } from "../components/RefusedFixesBar";
import { SeverityCounts } from "../components/SeverityCounts";
import { useTranslate } from "../i18n/I18nContext";
import type { CheckedWorkbook } from "../state/check";
import { groupFindings } from "../state/findings";
import { safeFixes } from "../state/safe-fixes";
import {
  useCheck,
  type CheckActions,
  type CheckController,
  type CheckState,
  type LocatedCell,
} from "../state/use-check";
import type { PageProps } from "./page-props";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface KiemTraPageProps extends PageProps {
  /** The check controller; tests pass their own. */
  readonly controller?: CheckController;
}

/** Browser mode has no grid to select a finding's cell in, so the page names it instead. */
function LocatedCellBar({ located }: { readonly located: LocatedCell }) {
  const t = useTranslate();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("cellNotSelectedTitle", { ...located })}</MessageBarTitle>
        {t("cellNotSelectedBody")}
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
  const { workspace } = props;
  const state = useCheck(workspace, props.programs, props.lang, props.opened, props.controller);
  return (
    <div className={styles.page}>
      {workspace === null && <HostNotice status={props.status} body="checkNoExcelBody" />}
      <Toolbar state={state} canCheck={workspace !== null} />
      <div aria-live="polite">
        {state.failure && <CheckFailureBar {...state.failure} />}
        <RefusedFixesBar refused={state.refused} />
        {state.located && <LocatedCellBar located={state.located} />}
      </div>
      {state.checked && (
        <CheckResults checked={state.checked} busy={state.running} select={state.select} fix={state.fix} />
      )}
    </div>
  );
}
