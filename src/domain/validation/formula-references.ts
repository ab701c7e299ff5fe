/**
 * The cells a formula reads, as (sheet, rectangle) pairs a rule can look up: sheet-less
 * references on the formula's own sheet, 3-D references spread over the sheets between,
 * defined names replaced by their ranges. References into other workbooks are left out:
 * their cells are not in the file being checked.
 */
import type { RangeAddress } from "../address/cell-address";
import type { Expr } from "../formula/ast";
import { collectNames, collectReferences, type FormulaReference } from "../formula/references";
import type { WorkbookGrid } from "../workbook";

export interface ResolvedReference {
  readonly sheet: string;
  readonly range: RangeAddress;
  /** Written as one cell (E9), not a range (E9:E9) or a name. */
  readonly single: boolean;
}

function sheetsOf(reference: FormulaReference, home: string, grid: WorkbookGrid): string[] {
  const first = reference.sheet ?? home;
  if (reference.lastSheet === undefined) return [first];
  const names = grid.sheets.map((sheet) => sheet.name.toUpperCase());
  const a = names.indexOf(first.toUpperCase());
  const b = names.indexOf(reference.lastSheet.toUpperCase());
  if (a < 0 || b < 0) return [first];
  return grid.sheets.slice(Math.min(a, b), Math.max(a, b) + 1).map((sheet) => sheet.name);
}

function namedRanges(expr: Expr, home: string, grid: WorkbookGrid): ResolvedReference[] {
  const found: ResolvedReference[] = [];
  for (const node of collectNames(expr)) {
    const wanted = (node.sheet?.name ?? home).toUpperCase();
    const matches = grid.names.filter(
      (n) => n.name.toUpperCase() === node.name.toUpperCase() && n.range && n.sheet,
    );
    const name = matches.find((n) => n.sheet?.toUpperCase() === wanted) ?? matches[0];
    if (name?.range && name.sheet) found.push({ sheet: name.sheet, range: name.range, single: false });
  }
  return found;
}

export function resolvedReferences(expr: Expr, home: string, grid: WorkbookGrid): ResolvedReference[] {
  const found: ResolvedReference[] = [];
  for (const reference of collectReferences(expr)) {
    if (reference.book !== undefined) continue;
    for (const sheet of sheetsOf(reference, home, grid)) {
      found.push({ sheet, range: reference.range, single: reference.span === "cell" });
    }
  }
  if (grid.names.length > 0) found.push(...namedRanges(expr, home, grid));
  return found;
}
