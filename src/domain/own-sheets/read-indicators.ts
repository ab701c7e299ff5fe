/**
 * Biểu 03 read back: every indicator row in sheet order with last year's result and this
 * year's target, its text and unit as the sheet shows them, and the cells they came from.
 * Rows are found by indicator id (the row key); an indicator of our list missing from the
 * sheet is reported, a keyed row we do not know is read all the same.
 */
import { B03_COLUMNS as C } from "../templates/column-keys";
import { INDICATORS, type Dimension, type Indicator } from "../templates/indicators";
import type { WorkbookGrid } from "../workbook";
import type { OwnSheet } from "./find-own-sheets";
import {
  openSheet,
  type ReadProblem,
  type SheetReading,
  type TracedNumber,
  type TracedText,
} from "./reading";

export interface IndicatorTarget {
  /** The row key: an id of templates/indicators.ts ("yt-bhyt"). */
  readonly id: string;
  /** Null for a keyed row that is not one of our indicators. */
  readonly dimension: Dimension | null;
  readonly row: number;
  readonly text: TracedText;
  /** "%", "người", "hộ" as shown; percentages are fractions (0,96 = 96%). */
  readonly unit: TracedText;
  readonly previous: TracedNumber;
  readonly plan: TracedNumber;
  /** Nguồn số liệu / Ghi chú. */
  readonly source: TracedText;
}

export interface IndicatorTargets {
  readonly sheet: string;
  readonly indicators: readonly IndicatorTarget[];
  readonly problems: readonly ReadProblem[];
}

function withFallback(text: TracedText, fallback: string | undefined): TracedText {
  return text.value === "" && fallback !== undefined ? { ...text, value: fallback } : text;
}

function readIndicator(reading: SheetReading, id: string, row: number, known?: Indicator): IndicatorTarget {
  return {
    id,
    dimension: known?.dimension ?? null,
    row,
    text: withFallback(reading.text(id, C.chiTieu), known?.text),
    unit: withFallback(reading.text(id, C.dvt), known?.unit),
    previous: reading.number(id, C.previous),
    plan: reading.number(id, C.plan),
    source: reading.text(id, C.nguon),
  };
}

export function readIndicators(
  grid: WorkbookGrid,
  own: OwnSheet,
  indicators: readonly Indicator[] = INDICATORS,
): IndicatorTargets {
  const reading = openSheet(grid, own);
  const known = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  for (const indicator of indicators) {
    if (!reading.hasRow(indicator.id))
      reading.report({ kind: "missing-row", cell: null, rowKey: indicator.id });
  }
  const rows = [...reading.keys.rows].filter(([, row]) => row <= own.marker.end.row);
  return {
    sheet: reading.sheet,
    indicators: rows.map(([id, row]) => readIndicator(reading, id, row, known.get(id))),
    problems: reading.problems,
  };
}
