/**
 * Taking back the last insertion on the "Biểu mẫu" page: the "Hoàn tác" button, then a
 * warning that asks first (whatever was typed into the new sheets is deleted with them),
 * with the safe choice focused, then what happened. Knows nothing of Excel: it gets the
 * page's run state and callbacks as props.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons/svg/arrow-undo";
import { useEffect, useRef } from "react";
import { useTranslate } from "../i18n/I18nContext";
import type { RunState } from "../state/use-insert-form";
import { CheckFailureBar } from "./CheckFailureBar";

export interface InsertUndoProps {
  readonly run: RunState;
  readonly onAsk: () => void;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

function Confirm({ count, onCancel, onConfirm }: { count: number } & Omit<InsertUndoProps, "run" | "onAsk">) {
  const t = useTranslate();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-labelledby="undo-insert-title">
      <MessageBarBody>
        <MessageBarTitle id="undo-insert-title">{t("undoInsertTitle", { count })}</MessageBarTitle>
        {t("undoInsertBody")}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          {t("undoInsertProceed")}
        </Button>
        <Button ref={keep} onClick={onCancel}>
          {t("undoInsertCancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function InsertUndo({ run, onAsk, onCancel, onConfirm }: InsertUndoProps) {
  const t = useTranslate();
  switch (run.kind) {
    case "inserted":
      return run.sheets.length === 0 ? null : (
        <Button icon={<ArrowUndoRegular />} onClick={onAsk}>
          {t("undoInsertButton")}
        </Button>
      );
    case "confirming":
      return <Confirm count={run.sheets.length} onCancel={onCancel} onConfirm={onConfirm} />;
    case "removing":
      return <Spinner size="tiny" labelPosition="after" label={t("removingSheets")} />;
    case "removed":
      return (
        <MessageBar intent="success">
          <MessageBarBody>{t("removedSheets", { count: run.count })}</MessageBarBody>
        </MessageBar>
      );
    case "remove-failed":
      return (
        <>
          <CheckFailureBar title="undoInsertFailureTitle" failure={run.failure} />
          <Button icon={<ArrowUndoRegular />} onClick={onAsk}>
            {t("undoInsertButton")}
          </Button>
        </>
      );
    default:
      return null;
  }
}
