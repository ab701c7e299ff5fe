/**
 * A header block's columns mapped to column keys, left to right: the first column naming
 * a key keeps it, a later one repeating it is reported, and a header naming nothing of
 * ours is listed so the user learns it is not checked.
 */
import type { HeaderBlock } from "./header-block";

export interface HeaderColumn {
  readonly col: number;
  readonly header: string;
}

export interface ColumnMap {
  readonly columns: ReadonlyMap<string, number>;
  /** Every column under one merged header, for keys whose header spans several ("Nội dung" over B:C). */
  readonly spans: ReadonlyMap<string, readonly number[]>;
  readonly unmapped: readonly HeaderColumn[];
  readonly repeated: readonly (HeaderColumn & { readonly key: string })[];
}

/** Called left to right, once per column with a header. */
export type ColumnKeyOf = (path: readonly string[], col: number) => string | null;

export function mapColumns(block: HeaderBlock, keyOf: ColumnKeyOf): ColumnMap {
  const columns = new Map<string, number>();
  const spans = new Map<string, number[]>();
  const unmapped: HeaderColumn[] = [];
  const repeated: (HeaderColumn & { key: string })[] = [];
  for (const [col, path] of [...block.paths].sort((a, b) => a[0] - b[0])) {
    const key = keyOf(path, col);
    const header = block.written.get(col) ?? "";
    const first = key === null ? undefined : columns.get(key);
    if (key === null) unmapped.push({ col, header });
    else if (first === undefined) {
      columns.set(key, col);
      spans.set(key, [col]);
    } else if (block.owners.get(first) === block.owners.get(col)) spans.get(key)?.push(col);
    else repeated.push({ col, header, key });
  }
  return { columns, spans, unmapped, repeated };
}

/** The columns of a key: all those under its header, the first first. */
export function columnsOf(map: ColumnMap, key: string): readonly number[] {
  return map.spans.get(key) ?? [];
}

export function countKeys(columns: ReadonlyMap<string, number>, keys: readonly string[]): number {
  return keys.filter((key) => columns.has(key)).length;
}

/** The map with `key` given to the leftmost column that names nothing, when no column names it. */
export function withFallback(map: ColumnMap, key: string, excluded: readonly number[] = []): ColumnMap {
  if (map.columns.has(key)) return map;
  const spare = map.unmapped.find((c) => !excluded.includes(c.col));
  if (!spare) return map;
  const columns = new Map(map.columns).set(key, spare.col);
  const spans = new Map(map.spans).set(key, [spare.col]);
  return { ...map, columns, spans, unmapped: map.unmapped.filter((c) => c !== spare) };
}

/** Columns spanned by the block, for telling the table's cells from text beside it. */
export function blockWidth(block: HeaderBlock): { readonly minCol: number; readonly maxCol: number } {
  const cols = [...block.paths.keys()];
  return { minCol: Math.min(...cols), maxCol: Math.max(...cols) };
}
