/**
 * The guard: before showing a plan the check found errors in, ask. The dialog names how many
 * errors there are and the first of them, says the plan will open with the full list, and
 * offers to go on anyway, to see the errors on the "Kiểm tra" page, or to stop. It is an
 * alert dialog, so focus stays in it until the user answers (Escape cancels).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslate } from "../i18n/I18nContext";

/** Enough to see what kind of errors they are; the plan itself lists them all. */
const LISTED = 5;

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
  actions: { flexWrap: "wrap" },
});

export interface GuardAnswers {
  readonly onProceed: () => void;
  readonly onReview: () => void;
  readonly onCancel: () => void;
}

export interface GuardDialogBodyProps extends GuardAnswers {
  readonly errors: readonly string[];
}

/** The dialog's content, apart so it renders (and is tested) without the portal. */
export function GuardDialogBody({ errors, onProceed, onReview, onCancel }: GuardDialogBodyProps) {
  const t = useTranslate();
  const styles = useStyles();
  const more = errors.length - LISTED;
  return (
    <DialogBody>
      <DialogTitle>{t("guardTitle", { count: errors.length })}</DialogTitle>
      <DialogContent id="narrative-guard-body">
        <p>{t("guardBody")}</p>
        <ul className={styles.list}>
          {errors.slice(0, LISTED).map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
        {more > 0 && <p>{t("guardMore", { count: more })}</p>}
      </DialogContent>
      <DialogActions className={styles.actions}>
        <Button appearance="primary" onClick={onProceed}>
          {t("guardProceed")}
        </Button>
        <Button onClick={onReview}>{t("guardReview")}</Button>
        <Button onClick={onCancel}>{t("guardCancel")}</Button>
      </DialogActions>
    </DialogBody>
  );
}

export interface NarrativeGuardDialogProps extends GuardAnswers {
  /** The errors of the plan waiting for an answer; null when nothing waits (the dialog is closed). */
  readonly errors: readonly string[] | null;
}

export function NarrativeGuardDialog({ errors, ...answers }: NarrativeGuardDialogProps) {
  return (
    <Dialog
      open={errors !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && answers.onCancel()}
    >
      <DialogSurface aria-describedby="narrative-guard-body">
        {errors && <GuardDialogBody errors={errors} {...answers} />}
      </DialogSurface>
    </Dialog>
  );
}
