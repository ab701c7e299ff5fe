/**
 * Which rows a row must equal the sum of, from the rows' outline levels: TỔNG CỘNG (level
 * 0) over the groups that carry amounts or else the Dự án, a Dự án over its Tiểu dự án,
 * an item of the catalog over the activities listed under it. A group that only heads
 * rows (no amounts) passes its rows up; rows under a "Trong đó" line are a breakdown, not
 * parts; activities without any amount are description, not parts. One pass with a stack.
 */
import type { RowRole } from "./table";

export interface OutlineRow {
  readonly row: number;
  readonly role: RowRole;
  /** 0 total, 1 group, 2 Dự án or unmatched top row, 3 Tiểu dự án, 4+ activities. */
  readonly level: number;
  readonly hasAmounts: boolean;
}

const COUNTED: ReadonlySet<RowRole> = new Set(["project", "subproject", "item", "group"]);
const CATALOG: ReadonlySet<RowRole> = new Set(["project", "subproject"]);

function parentsOf(rows: readonly OutlineRow[]): (number | null)[] {
  const stack: number[] = [];
  return rows.map((row, i) => {
    while (stack.length > 0 && (rows[stack[stack.length - 1] as number] as OutlineRow).level >= row.level)
      stack.pop();
    const parent = stack.length > 0 ? (stack[stack.length - 1] as number) : null;
    stack.push(i);
    return parent;
  });
}

function isHeading(row: OutlineRow | undefined): boolean {
  return row?.role === "group" && !row.hasAmounts;
}

/** A heading group passes its rows to its own parent; a row outside every other row belongs to the total. */
function effectiveParent(
  rows: readonly OutlineRow[],
  parents: readonly (number | null)[],
  i: number,
  total: number | null,
): number | null {
  let parent = parents[i] ?? null;
  while (parent !== null && isHeading(rows[parent])) parent = parents[parent] ?? null;
  return parent ?? (i === total ? null : total);
}

function keepParts(rows: readonly OutlineRow[], parts: readonly number[]): number[] {
  if (parts.some((p) => CATALOG.has((rows[p] as OutlineRow).role)))
    return parts.filter((p) => (rows[p] as OutlineRow).role !== "item");
  const items = parts.filter((p) => (rows[p] as OutlineRow).role === "item");
  if (items.length === parts.length && !items.some((p) => (rows[p] as OutlineRow).hasAmounts)) return [];
  return [...parts];
}

/** For each row, the sheet rows it must equal the sum of ([] when it is not a sum). */
export function childRows(rows: readonly OutlineRow[]): number[][] {
  const parents = parentsOf(rows);
  const total = rows.findIndex((r) => r.role === "total");
  const parts: number[][] = rows.map(() => []);
  rows.forEach((row, i) => {
    if (!COUNTED.has(row.role) || isHeading(row)) return;
    const parent = effectiveParent(rows, parents, i, total < 0 ? null : total);
    if (parent !== null && (rows[parent] as OutlineRow).role !== "other") parts[parent]?.push(i);
  });
  return parts.map((list) => keepParts(rows, list).map((p) => (rows[p] as OutlineRow).row));
}
