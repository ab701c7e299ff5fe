/**
 * A number of the plan in the preview: a button that reads like the text around it, named
 * after its value and the cell(s) it came from ("1.001, ô Phụ lục 01!E12"), with the cell as
 * its tooltip. Clicking (or Enter, Space) selects the cell in Excel; keyboard users reach
 * every figure with Tab, so tracing a number never needs a mouse.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { toA1 } from "../../domain/address/cell-address";
import { useTranslate } from "../i18n/I18nContext";
import { figureCells } from "../state/narrative";
import type { FigureRef } from "../state/use-narrative";

const useStyles = makeStyles({
  figure: {
    font: "inherit",
    color: "inherit",
    background: "none",
    border: "none",
    padding: 0,
    margin: 0,
    cursor: "pointer",
    textAlign: "inherit",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textUnderlineOffset: "2px",
    ":hover": { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

export interface NarrativeFigureProps {
  readonly figure: FigureRef;
  readonly onSelect: (figure: FigureRef) => void;
}

export function NarrativeFigure({ figure, onSelect }: NarrativeFigureProps) {
  const t = useTranslate();
  const styles = useStyles();
  const cells = figureCells(figure.sources);
  const first = figure.sources[0];
  return (
    <button
      type="button"
      className={styles.figure}
      aria-label={t("figureLabel", { value: figure.text, cells })}
      title={cells}
      data-sheet={first?.sheet}
      data-cell={first && toA1(first.address)}
      onClick={() => onSelect(figure)}
    >
      {figure.text}
    </button>
  );
}
