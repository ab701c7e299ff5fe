/**
 * The tables of one sheet we did not write. From the top, every way the next rows could
 * head a table is tried as every kind of table; the candidate whose header names most of
 * our columns and whose first rows are most often ours (catalog items, household figures,
 * indicators) wins, helped a little by the title above it. Its body is then followed to
 * its end and the search goes on below it, so a sheet may hold several tables.
 */
import { PL01_COLUMNS as C } from "../templates/column-keys";
import { blockWidth, countKeys } from "./column-map";
import { bodyEnd } from "./body-extent";
import { catalogLayouts } from "./funds-table";
import { HEADER_SEARCH_ROWS, headerBlocks } from "./header-block";
import {
  ASSIGNMENT_VOCABULARY,
  FUNDS_AMOUNT_KEYS,
  FUNDS_VOCABULARY,
  HOUSEHOLD_COLUMN_VOCABULARY,
  INDICATOR_COLUMN_VOCABULARY,
  type Vocabulary,
} from "./header-vocabulary";
import { householdLayouts } from "./household-table";
import { indicatorLayouts } from "./indicator-table";
import type { Layout } from "./layout";
import type { SheetView } from "./sheet-view";
import type { TableKind } from "./table";
import { titleHint } from "./title-hints";

/** Counts how many of the rows under a candidate header are rows of its kind. */
export type Evidence = (view: SheetView, layout: Layout, first: number, last: number) => number;

export interface FoundTable {
  readonly layout: Layout;
  readonly titleFrom: number;
  readonly bodyLast: number;
}

/** Rows read to weigh a candidate: enough to see its kind, few enough for any sheet size. */
const EVIDENCE_ROWS = 200;
const MAX_TABLES_PER_SHEET = 8;
const HINT_BONUS = 3;

const VOCABULARIES: Readonly<Record<TableKind, Vocabulary>> = {
  "phu-luc-01": FUNDS_VOCABULARY,
  "phan-cong": ASSIGNMENT_VOCABULARY,
  "bieu-02": HOUSEHOLD_COLUMN_VOCABULARY,
  "bieu-03": INDICATOR_COLUMN_VOCABULARY,
  "thong-tin-chung": {},
};

interface Candidate {
  readonly layout: Layout;
  readonly confidence: number;
}

/** Whether the content is enough to call the candidate a table of its kind. */
function convincing(layout: Layout, evidence: number, hinted: boolean): boolean {
  switch (layout.kind) {
    case "phu-luc-01":
      return (
        evidence >= 1 ||
        hinted ||
        countKeys(
          layout.map.columns,
          FUNDS_AMOUNT_KEYS.filter((k) => k !== C.tong),
        ) >= 2
      );
    case "phan-cong":
      return evidence >= 1 || hinted;
    default:
      return evidence >= 2 || (hinted && evidence >= 1);
  }
}

/** Higher confidence; on a tie the shallower header (rows above it add nothing), then the higher one. */
function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  const rowsA = a.layout.block.lastWords - a.layout.block.first;
  const rowsB = b.layout.block.lastWords - b.layout.block.first;
  return rowsA < rowsB || (rowsA === rowsB && a.layout.block.first < b.layout.block.first);
}

function bestCandidate(view: SheetView, from: number, evidence: Evidence): Candidate | null {
  let best: Candidate | null = null;
  for (const block of headerBlocks(view, from, from + HEADER_SEARCH_ROWS - 1)) {
    const hint = titleHint(view, from, block.first);
    const layouts = [...catalogLayouts(block), ...householdLayouts(block), ...indicatorLayouts(block)];
    for (const layout of layouts) {
      const first = block.last + 1;
      const count = evidence(view, layout, first, Math.min(view.maxRow, first + EVIDENCE_ROWS - 1));
      if (!convincing(layout, count, hint === layout.kind)) continue;
      const candidate = {
        layout,
        confidence: layout.score + 2 * Math.min(count, 10) + (hint === layout.kind ? HINT_BONUS : 0),
      };
      if (better(candidate, best)) best = candidate;
    }
  }
  return best;
}

export function findTables(view: SheetView, evidence: Evidence): FoundTable[] {
  const found: FoundTable[] = [];
  let from = 1;
  while (found.length < MAX_TABLES_PER_SHEET && from <= view.maxRow) {
    const best = bestCandidate(view, from, evidence);
    if (!best) break;
    const { layout } = best;
    const last = bodyEnd({
      view,
      first: layout.block.last + 1,
      ...blockWidth(layout.block),
      vocabulary: VOCABULARIES[layout.kind],
    });
    const bodyLast = Math.max(last, layout.block.last);
    found.push({ layout, titleFrom: from, bodyLast });
    from = bodyLast + 1;
  }
  return found;
}
