/**
 * Per-cell format properties of the fake (font, alignment, wrap, fill, locked): one
 * generic spec reads the effective value of every cell (null when they differ, as Excel
 * answers) and writes a validated value to every cell of the range.
 */
import type { HorizontalAlignment, VerticalAlignment } from "../office/excel-api";
import { cellCount, containsCell, mapArea } from "./areas";
import type { PropertySpec } from "./client-object";
import { invalidArgument } from "./fake-errors";
import { assertCanFormat } from "./protection-guard";
import { assertCellByCell, combine, type RangeTarget } from "./range-target";
import { CELL_FORMAT_DEFAULTS, cellAt, ensureCell, type CellFormat } from "./workbook-state";

/** Excel reports a cell without fill as white. */
const NO_FILL = "#FFFFFF";

export type EffectiveFormat = Omit<Required<CellFormat>, "borders">;

export function effectiveFormat(format: CellFormat | undefined): EffectiveFormat {
  return { ...CELL_FORMAT_DEFAULTS, fill: NO_FILL, ...format };
}

/** The formats of every cell in the range; unwritten cells count once, with the defaults. */
function formatsIn(target: RangeTarget): EffectiveFormat[] {
  const { sheet, area } = target;
  if (cellCount(area) <= 100_000)
    return mapArea(area, (r, c) => effectiveFormat(cellAt(sheet, r, c)?.format)).flat();
  const written = [...sheet.cells.values()].filter((cell) => containsCell(area, cell.row, cell.col));
  const formats = written.map((cell) => effectiveFormat(cell.format));
  return written.length < cellCount(area) ? [...formats, effectiveFormat(undefined)] : formats;
}

interface FormatSpecOptions<V> {
  readonly name: string;
  readonly read: (format: EffectiveFormat) => V;
  readonly apply: (format: CellFormat, value: V) => void;
  readonly accepts: (value: unknown) => value is V;
}

export function formatSpec<V>(options: FormatSpecOptions<V>): PropertySpec<RangeTarget> {
  return {
    read: (target) => combine(formatsIn(target).map(options.read)),
    write: (target, value) => {
      if (!options.accepts(value)) throw invalidArgument(options.name);
      assertCanFormat(target.sheet, "cells", options.name);
      assertCellByCell(target, options.name);
      mapArea(target.area, (r, c) => options.apply(ensureCell(target.sheet, r, c).format, value));
    },
  };
}

export const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
export const isFontSize = (v: unknown): v is number => typeof v === "number" && v >= 1 && v <= 409;
export const isFontName = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
export const isColor = (v: unknown): v is string => typeof v === "string" && /^#[0-9A-Fa-f]{6}$/.test(v);

const HORIZONTAL: readonly HorizontalAlignment[] = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL: readonly VerticalAlignment[] = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export const isHorizontal = (v: unknown): v is HorizontalAlignment =>
  HORIZONTAL.includes(v as HorizontalAlignment);
export const isVertical = (v: unknown): v is VerticalAlignment => VERTICAL.includes(v as VerticalAlignment);
