/**
 * The look of our sheets, composed from what a cell is: its use (label, formula, input, a
 * shaded cell that takes no input) and its value kind (number format), bold rows and the
 * column's alignment. Inputs are the only unlocked cells and the only yellow ones.
 */
import type { CellStyle, HorizontalAlign } from "../../sheet-plan";
import type { ValueKind } from "../template-spec";

export type CellUse = "label" | "formula" | "input" | "blocked" | "blank";

export interface StyleRequest {
  readonly use: CellUse;
  readonly value: ValueKind;
  readonly bold: boolean;
  readonly align?: HorizontalAlign;
}

export const NUMBER_FORMATS: Readonly<Partial<Record<ValueKind, string>>> = {
  amount: "#,##0",
  count: "#,##0",
  percent: "0.00%",
  year: "0",
  date: "dd/mm/yyyy",
  tolerance: "#,##0.0####",
};

const INPUT_FILL = "FFF2CC";
const BLOCKED_FILL = "D9D9D9";
const HEADER_FILL = "D9E1F2";

const TEXTUAL: readonly ValueKind[] = ["text", "level", "group", "language"];

/** Styles of titles and headers, outside the table body. */
export const FRAME_STYLES = {
  title: { bold: true, fontSize: 13, horizontal: "center", vertical: "middle", wrap: true },
  subtitle: { italic: true, horizontal: "center", vertical: "middle", wrap: true },
  note: { italic: true, horizontal: "left", vertical: "middle", wrap: true },
  unit: { italic: true, horizontal: "right" },
  header: {
    bold: true,
    border: true,
    fill: HEADER_FILL,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
} as const satisfies Readonly<Record<string, CellStyle>>;

export type FrameStyle = keyof typeof FRAME_STYLES;

export function styleKey(request: StyleRequest): string {
  const parts = [request.use, request.value, request.bold ? "bold" : "", request.align ?? ""];
  return parts.filter((part) => part !== "").join("-");
}

function useStyle(use: CellUse): CellStyle {
  if (use === "input") return { locked: false, fill: INPUT_FILL };
  if (use === "blocked") return { fill: BLOCKED_FILL };
  return {};
}

export function cellStyle(request: StyleRequest): CellStyle {
  const numberFormat = NUMBER_FORMATS[request.value];
  return {
    border: true,
    vertical: "middle",
    ...(TEXTUAL.includes(request.value) ? { wrap: true } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    ...(request.bold ? { bold: true } : {}),
    ...(request.align ? { horizontal: request.align } : {}),
    ...useStyle(request.use),
  };
}
