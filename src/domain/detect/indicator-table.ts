/**
 * Biểu 03 in a layout we did not write: "Chỉ tiêu", "ĐVT", last year's result ("Thực
 * hiện năm 2024", "Ước TH") and this year's target ("Kế hoạch năm 2025"); when the two
 * columns are headed only by their years, the later year is the plan. Rows are matched
 * to our indicators by their wording; dimension headings group them.
 */
import { B03_COLUMNS as C } from "../templates/column-keys";
import { INDICATORS, type Indicator } from "../templates/indicators";
import { columnsOf, countKeys, mapColumns } from "./column-map";
import type { HeaderBlock } from "./header-block";
import { bestTerm } from "./header-terms";
import { INDICATOR_COLUMN_VOCABULARY } from "./header-vocabulary";
import { IndicatorMatcher, isDimensionHeading } from "./indicator-match";
import { mapKeyedRows } from "./keyed-rows";
import type { Layout, TableFrame } from "./layout";
import type { RecognisedTable } from "./table";
import { yearsIn } from "./text-key";

/** A column's key from its words; a header with a year and no telling word is decided by the year. */
function wordKey(path: readonly string[]): { key: string | null; year: number | null } {
  const leaf = path[path.length - 1] ?? "";
  const year = yearsIn(path.join(" ")).pop() ?? null;
  const key = bestTerm(leaf, INDICATOR_COLUMN_VOCABULARY)?.key ?? null;
  if (key === C.chiTieu && year !== null) return { key: C.plan, year };
  return { key, year };
}

/** Columns headed by a year alone: the latest is the plan, the next last year's result, unless words took them. */
function yearKeys(block: HeaderBlock): Map<number, string> {
  const headers = [...block.paths].map(([col, path]) => ({ col, ...wordKey(path) }));
  const taken = new Set(headers.map((h) => h.key));
  const keys = new Map<number, string>();
  const byYear = headers
    .filter((h) => h.key === null && h.year !== null)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  for (const { col } of byYear) {
    const key = [C.plan, C.previous].find((k) => !taken.has(k));
    if (key === undefined) break;
    taken.add(key);
    keys.set(col, key);
  }
  return keys;
}

function indicatorLayout(block: HeaderBlock): Layout | null {
  const byYear = yearKeys(block);
  const map = mapColumns(block, (path, col) => wordKey(path).key ?? byYear.get(col) ?? null);
  const values = countKeys(map.columns, [C.plan, C.previous]);
  if (values === 0 || !map.columns.has(C.chiTieu)) return null;
  const score = 2 + 2 * values + countKeys(map.columns, [C.dvt, C.tt, C.nguon]);
  return { kind: "bieu-03", block, map, score };
}

export function indicatorLayouts(block: HeaderBlock): Layout[] {
  const layout = indicatorLayout(block);
  return layout ? [layout] : [];
}

export function buildIndicatorTable(
  frame: TableFrame,
  indicators: readonly Indicator[] = INDICATORS,
): RecognisedTable {
  const { view, layout } = frame;
  const columns = layout.map.columns;
  const matcher = new IndicatorMatcher(indicators);
  const first = layout.block.last + 1;
  const rows = mapKeyedRows({
    view,
    first,
    last: frame.bodyLast,
    notes: frame.notes,
    columns: {
      tt: columnsOf(layout.map, C.tt),
      label: columnsOf(layout.map, C.chiTieu),
      amounts: [C.previous, C.plan].flatMap((key) => columns.get(key) ?? []),
    },
    keyOf: (text) => matcher.match(text.key),
    isHeading: (text) => !text.hasAmounts && isDimensionHeading(text.key),
  });
  return {
    kind: "bieu-03",
    sheet: view.name,
    own: false,
    headerRows: { first: layout.block.first, last: layout.block.last },
    bodyRows: { first, last: frame.bodyLast },
    columns,
    rows,
    unitFactor: 1,
    unitText: null,
  };
}
