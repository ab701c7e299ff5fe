/**
 * Biểu 02 in a layout we did not write. Usually figures are rows (tổng số hộ, đầu năm,
 * thoát nghèo, tái nghèo, phát sinh, cuối năm, tỷ lệ) and the kinds of household columns
 * (hộ nghèo, hộ cận nghèo); many offices transpose it: one row per kind of household,
 * one column per figure, often under two-row headers ("Đầu năm" over "Số hộ / Tỷ lệ").
 */
import { B02_COLUMNS as C, B02_ROWS } from "../templates/column-keys";
import { columnsOf, countKeys, mapColumns, withFallback, type ColumnMap } from "./column-map";
import type { HeaderBlock } from "./header-block";
import { bestTerm, plainColumnKey } from "./header-terms";
import { HOUSEHOLD_COLUMN_VOCABULARY } from "./header-vocabulary";
import { figureOf, householdKindOf, isBareCount } from "./household-terms";
import { mapKeyedRows } from "./keyed-rows";
import type { Layout, TableFrame } from "./layout";
import type { RowText } from "./row-labels";
import type { RecognisedTable } from "./table";

const FIGURES: readonly string[] = Object.values(B02_ROWS);
const KINDS: readonly string[] = [C.hoNgheo, C.hoCanNgheo];

/** "Hộ nghèo", or "Số hộ" under a "Hộ nghèo" group; a header naming a figure is not a kind's column. */
function kindColumnKey(path: readonly string[]): string | null {
  const leaf = path[path.length - 1] ?? "";
  if (figureOf(leaf, null) !== null) return null;
  const own = plainColumnKey(path, HOUSEHOLD_COLUMN_VOCABULARY);
  if (own !== null || !isBareCount(leaf)) return own;
  return (
    path
      .slice(0, -1)
      .reverse()
      .map(householdKindOf)
      .find((k) => k !== null) ?? null
  );
}

function normalLayout(block: HeaderBlock): Layout | null {
  const map = mapColumns(block, kindColumnKey);
  const kinds = countKeys(map.columns, KINDS);
  if (kinds === 0 || !map.columns.has(C.chiTieu)) return null;
  return { kind: "bieu-02", block, map, score: 2 + 2 * kinds + countKeys(map.columns, [C.tt, C.dvt]) };
}

/** A transposed header: each column names a figure, or says "Số hộ"/"Tỷ lệ" under one. */
function figureColumns(block: HeaderBlock): ColumnMap {
  let previous: string | null = null;
  return mapColumns(block, (path) => {
    const leaf = path[path.length - 1] ?? "";
    const own = bestTerm(leaf, HOUSEHOLD_COLUMN_VOCABULARY)?.key;
    if (
      own === C.tt ||
      own === C.ghiChu ||
      own === C.dvt ||
      (own === C.chiTieu && figureOf(leaf, null) === null)
    )
      return own;
    const group =
      path
        .slice(0, -1)
        .reverse()
        .map((g) => figureOf(g, null))
        .find((f) => f !== null) ?? null;
    const figure = figureOf(leaf, group ?? previous) ?? (group !== null && isBareCount(leaf) ? group : null);
    if (figure !== null && !figure.endsWith("ty-le")) previous = figure;
    return figure;
  });
}

function transposedLayout(block: HeaderBlock): Layout | null {
  const figures = figureColumns(block);
  if (countKeys(figures.columns, FIGURES) < 3) return null;
  const map = withFallback(figures, C.chiTieu);
  if (!map.columns.has(C.chiTieu)) return null;
  return { kind: "bieu-02", block, map, score: 2 + countKeys(map.columns, FIGURES), transposed: true };
}

export function householdLayouts(block: HeaderBlock): Layout[] {
  return [normalLayout(block), transposedLayout(block)].filter((l): l is Layout => l !== null);
}

function normalKeys(): { keyOf: (text: RowText) => string | null; isHeading: (text: RowText) => boolean } {
  let previous: string | null = null;
  return {
    keyOf: (text) => {
      const figure = figureOf(text.key, previous);
      if (figure !== null && !figure.endsWith("ty-le")) previous = figure;
      return figure;
    },
    isHeading: (text) =>
      !text.hasAmounts && householdKindOf(text.key) !== null && figureOf(text.key, null) === null,
  };
}

export function buildHouseholdTable(frame: TableFrame): RecognisedTable {
  const { view, layout } = frame;
  const columns = layout.map.columns;
  const transposed = layout.transposed === true;
  const valueKeys = transposed ? FIGURES : KINDS;
  const first = layout.block.last + 1;
  const keys = transposed
    ? { keyOf: (text: RowText) => householdKindOf(text.key), isHeading: () => false }
    : normalKeys();
  const rows = mapKeyedRows({
    view,
    first,
    last: frame.bodyLast,
    notes: frame.notes,
    columns: {
      tt: columnsOf(layout.map, C.tt),
      label: columnsOf(layout.map, C.chiTieu),
      amounts: valueKeys.flatMap((key) => columns.get(key) ?? []),
    },
    ...keys,
  });
  return {
    kind: "bieu-02",
    sheet: view.name,
    own: false,
    headerRows: { first: layout.block.first, last: layout.block.last },
    bodyRows: { first, last: frame.bodyLast },
    columns,
    rows,
    unitFactor: 1,
    unitText: null,
    ...(transposed ? { transposed } : {}),
  };
}
