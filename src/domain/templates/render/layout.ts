/**
 * Where everything of a template lands: the columns present for these settings (NS huyện
 * only with a district level) after the hidden key column, the title rows, the hidden
 * column-key row, one or two header rows, the body rows and, after one empty row, the
 * footer rows. Formulas and the reader work from this, never from fixed numbers.
 */
import { hasDistrictLevel } from "../../settings";
import type { ColumnCondition, ColumnSpec, TemplateSpec } from "../template-spec";
import { expandSource, type RowInstance, type SourceContext } from "./row-sources";

export interface PlacedColumn {
  readonly spec: ColumnSpec;
  readonly col: number;
}

export interface PlacedRow extends RowInstance {
  readonly row: number;
}

export interface Layout {
  readonly columns: readonly PlacedColumn[];
  readonly colByKey: ReadonlyMap<string, number>;
  readonly lastCol: number;
  readonly titleRows: number;
  /** The hidden row holding column keys, directly above the header. */
  readonly keyRow: number;
  readonly header: { readonly first: number; readonly last: number };
  readonly body: readonly PlacedRow[];
  readonly bodyEnd: number;
  readonly footer: readonly PlacedRow[];
  readonly rowByKey: ReadonlyMap<string, PlacedRow>;
}

/** Column A holds row keys; the template's columns start at B. */
export const KEY_COLUMN_NUMBER = 1;

function holds(condition: ColumnCondition | undefined, context: SourceContext): boolean {
  if (condition === undefined) return true;
  return hasDistrictLevel(context.settings);
}

function place(rows: readonly RowInstance[], first: number): PlacedRow[] {
  return rows.map((row, i) => ({ ...row, row: first + i }));
}

function indexByKey(rows: readonly PlacedRow[]): Map<string, PlacedRow> {
  const byKey = new Map<string, PlacedRow>();
  for (const row of rows) {
    if (row.key === null) continue;
    if (byKey.has(row.key)) throw new Error(`Two rows share the key "${row.key}"`);
    byKey.set(row.key, row);
  }
  return byKey;
}

export function layoutTemplate(spec: TemplateSpec, context: SourceContext): Layout {
  const present = spec.columns.filter((column) => holds(column.onlyWhen, context));
  const columns = present.map((column, i) => ({ spec: column, col: KEY_COLUMN_NUMBER + 1 + i }));
  const titleRows = spec.titles.length;
  const keyRow = titleRows + 1;
  const headerRows = present.some((column) => column.group !== undefined) ? 2 : 1;
  const header = { first: keyRow + 1, last: keyRow + headerRows };
  const body = place(
    spec.body.flatMap((source) => expandSource(source, context)),
    header.last + 1,
  );
  const bodyEnd = header.last + body.length;
  const footer = place(
    (spec.footer ?? []).flatMap((source) => expandSource(source, context)),
    bodyEnd + 2,
  );
  return {
    columns,
    colByKey: new Map(columns.map((c) => [c.spec.key, c.col])),
    lastCol: KEY_COLUMN_NUMBER + columns.length,
    titleRows,
    keyRow,
    header,
    body,
    bodyEnd,
    footer,
    rowByKey: indexByKey([...body, ...footer]),
  };
}
