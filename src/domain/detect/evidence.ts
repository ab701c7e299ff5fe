/**
 * How many rows under a candidate header are rows of its kind: catalog items of any known
 * program (a TT number alone does not count), Biểu 02 figures or kinds of household, Biểu
 * 03 indicators. This is what tells a funds table from a list that merely has amounts.
 */
import { matchCatalogItem } from "../programs/names";
import type { ProgramFile } from "../programs/types";
import { B02_COLUMNS, B03_COLUMNS, PL01_COLUMNS } from "../templates/column-keys";
import type { Indicator } from "../templates/indicators";
import { mayNameCatalogItem } from "./catalog-prefilter";
import { columnsOf } from "./column-map";
import type { Evidence } from "./find-tables";
import { figureOf, householdKindOf } from "./household-terms";
import { IndicatorMatcher } from "./indicator-match";
import type { Layout } from "./layout";
import { readRowText, type RowText } from "./row-labels";
import type { SheetView } from "./sheet-view";

const LABEL_KEYS: Readonly<Record<string, { readonly tt: string; readonly label: string }>> = {
  "phu-luc-01": { tt: PL01_COLUMNS.tt, label: PL01_COLUMNS.noiDung },
  "phan-cong": { tt: PL01_COLUMNS.tt, label: PL01_COLUMNS.noiDung },
  "bieu-02": { tt: B02_COLUMNS.tt, label: B02_COLUMNS.chiTieu },
  "bieu-03": { tt: B03_COLUMNS.tt, label: B03_COLUMNS.chiTieu },
};

/** The row texts of a candidate's first rows. */
export function labelsUnder(view: SheetView, layout: Layout, first: number, last: number): RowText[] {
  const keys = LABEL_KEYS[layout.kind];
  if (!keys) return [];
  const columns = {
    tt: columnsOf(layout.map, keys.tt),
    label: columnsOf(layout.map, keys.label),
    amounts: [],
  };
  const texts: RowText[] = [];
  for (let row = first; row <= last; row++) {
    const text = readRowText(view, row, columns);
    if (text && text.label !== "") texts.push(text);
  }
  return texts;
}

/** The row names an item of the program by its words (its TT number alone does not count). */
export function namesCatalogItem(program: ProgramFile, text: RowText): boolean {
  if (!mayNameCatalogItem(program, text.key, undefined)) return false;
  const match = matchCatalogItem(program, text.label);
  return match !== undefined && match.kind !== "number";
}

function householdCount(texts: readonly RowText[], transposed: boolean): number {
  if (transposed) return texts.filter((t) => householdKindOf(t.key) !== null).length;
  let previous: string | null = null;
  return texts.filter((t) => {
    const figure = figureOf(t.key, previous);
    if (figure !== null && !figure.endsWith("ty-le")) previous = figure;
    return figure !== null;
  }).length;
}

export function contentEvidence(
  programs: readonly ProgramFile[],
  indicators: readonly Indicator[],
): Evidence {
  const matcher = new IndicatorMatcher(indicators);
  return (view, layout, first, last) => {
    const texts = labelsUnder(view, layout, first, last);
    switch (layout.kind) {
      case "bieu-02":
        return householdCount(texts, layout.transposed === true);
      case "bieu-03":
        return texts.filter((t) => matcher.match(t.key) !== null).length;
      default:
        return texts.filter((t) => programs.some((p) => namesCatalogItem(p, t))).length;
    }
  };
}
