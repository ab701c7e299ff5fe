/**
 * Whether any formula of the workbook reads a cell, directly or through a range or a name.
 * A number typed as text that nothing reads is only a style (seed plans write "05 hộ" and
 * "0,82%" on purpose); one a formula reads makes that formula skip it or depend on the
 * locale. The references are collected once per rule context, and only when asked.
 */
import type { CellAddress } from "../address/cell-address";
import { keyToAddress } from "../workbook";
import { resolvedReferences, type ResolvedReference } from "./formula-references";
import type { RuleContext } from "./rule";

const REFERENCES = new WeakMap<RuleContext, readonly ResolvedReference[]>();

function allReferences(ctx: RuleContext): readonly ResolvedReference[] {
  let found = REFERENCES.get(ctx);
  if (!found) {
    const list: ResolvedReference[] = [];
    for (const sheet of ctx.grid.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const at = keyToAddress(key);
        const expr = ctx.formula(sheet.name, at.row, at.col);
        if (expr) list.push(...resolvedReferences(expr, sheet.name, ctx.grid));
      }
    }
    found = list;
    REFERENCES.set(ctx, found);
  }
  return found;
}

export function readByFormula(ctx: RuleContext, sheet: string, at: CellAddress): boolean {
  const name = sheet.toUpperCase();
  return allReferences(ctx).some(
    ({ sheet: s, range }) =>
      s.toUpperCase() === name &&
      range.start.row <= at.row &&
      at.row <= range.end.row &&
      range.start.col <= at.col &&
      at.col <= range.end.col,
  );
}
