/**
 * The "Thuyết minh" page: write the plan's narrative from the workbook, preview it with every
 * number leading to its cell, then download it as .docx, write it as a sheet, or copy its
 * text. When the check finds errors the guard asks first, and the plan opens with them. The
 * work is done by the controller (state/narrative.ts); the page only wires state to components.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ProgramFile } from "../../domain/programs/types";
import { HostNotice, type HostStatus } from "../components/HostNotice";
import { NarrativeActions } from "../components/NarrativeActions";
import { NarrativeGuardDialog } from "../components/NarrativeGuardDialog";
import { NarrativePreview } from "../components/NarrativePreview";
import {
  NarrativeFailureBar,
  NarrativeNoPlan,
  NarrativeNoticeBar,
  NarrativeProgress,
} from "../components/NarrativeStatus";
import { useTranslate } from "../i18n/I18nContext";
import type { Lang } from "../i18n/messages";
import {
  useNarrative,
  type NarrativeActions as Actions,
  type NarrativeController,
  type NarrativeState,
} from "../state/use-narrative";
import type { Workspace } from "../workspace/workspace";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export type PaneTarget = "bieu-mau" | "kiem-tra" | "thuyet-minh" | "cai-dat";

export interface ThuyetMinhPageProps {
  readonly workspace: Workspace | null;
  readonly status: HostStatus;
  readonly programs: readonly ProgramFile[];
  /** The pane's language; the plan itself is always written in Vietnamese. */
  readonly lang: Lang;
  /** The ribbon's "Thuyết minh" button opened the pane here: produce at once (the guard still asks). */
  readonly opened: boolean;
  readonly goTo: (page: PaneTarget) => void;
  /** The narrative controller; tests pass their own. */
  readonly controller?: NarrativeController;
}

function NoWorkbook({ status }: { readonly status: HostStatus }) {
  const t = useTranslate();
  // Inside Excel the workspace follows the connection a moment later: still connecting.
  if (status !== "none") return <HostNotice status="connecting" />;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("narrativeNoWorkbookTitle")}</MessageBarTitle>
        {t("narrativeNoWorkbookBody")}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface ThuyetMinhViewProps {
  readonly state: NarrativeState & Actions;
  readonly hasWorkspace: boolean;
  readonly status: HostStatus;
  readonly goTo: (page: PaneTarget) => void;
}

/** The page for a given state, apart from the hook so tests render any state directly. */
export function ThuyetMinhView({ state, hasWorkspace, status, goTo }: ThuyetMinhViewProps) {
  const t = useTranslate();
  const styles = useStyles();
  const busy = state.busy !== null;
  const empty = hasWorkspace && !state.shown && !state.noPlan && state.busy !== "preparing";
  return (
    <div className={styles.page}>
      {!hasWorkspace && <NoWorkbook status={status} />}
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={!hasWorkspace || busy} onClick={state.produce}>
          {t("narrativeButton")}
        </Button>
        <NarrativeProgress busy={state.busy} />
      </div>
      <div aria-live="polite">
        {state.failure && <NarrativeFailureBar {...state.failure} />}
        {state.notice && <NarrativeNoticeBar notice={state.notice} />}
      </div>
      {state.noPlan && <NarrativeNoPlan message={state.noPlan} onOpenBieuMau={() => goTo("bieu-mau")} />}
      {empty && <Text as="p">{t("narrativeIntro")}</Text>}
      {state.shown && (
        <>
          <NarrativeActions
            busy={busy}
            writtenSheet={state.writtenSheet}
            onDownload={state.download}
            onWriteSheet={state.writeSheet}
            onUndoSheet={state.undoSheet}
            onCopy={state.copy}
          />
          <NarrativePreview document={state.shown.document} onFigure={state.selectFigure} />
        </>
      )}
      <NarrativeGuardDialog
        errors={state.pending?.errors ?? null}
        onProceed={state.proceed}
        onReview={() => {
          state.cancel();
          goTo("kiem-tra");
        }}
        onCancel={state.cancel}
      />
    </div>
  );
}

export function ThuyetMinhPage(props: ThuyetMinhPageProps) {
  const state = useNarrative(props.workspace, props.programs, props.opened, props.controller);
  return (
    <ThuyetMinhView
      state={state}
      hasWorkspace={props.workspace !== null}
      status={props.status}
      goTo={props.goTo}
    />
  );
}
