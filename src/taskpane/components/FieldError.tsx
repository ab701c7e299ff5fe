/**
 * A validation message for a control that Fluent's Field cannot wrap (a group of
 * checkboxes), looking like Field's own error text so the form reads consistently.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle12Filled } from "@fluentui/react-icons/svg/error-circle";

const useStyles = makeStyles({
  error: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    marginTop: tokens.spacingVerticalXS,
  },
});

export function FieldError({ id, message }: { readonly id: string; readonly message: string }) {
  const styles = useStyles();
  return (
    <Caption1 id={id} role="alert" className={styles.error}>
      <ErrorCircle12Filled aria-hidden />
      {message}
    </Caption1>
  );
}
