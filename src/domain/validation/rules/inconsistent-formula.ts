/**
 * ExceLint's classic check: formulas copied along a row or down a column share one R1C1
 * shape, so a formula whose shape differs from both its neighbours', while those two agree,
 * was most likely typed over or edited by hand (pattern-copy.ts; run-neighbours.ts says
 * which cells count as neighbours inside a plan table). The fix copies the neighbours'
 * shape into the cell; when that changes the cell's number it is offered as a suggestion
 * instead.
 */
import { toA1 } from "../../address/cell-address";
import { keyToAddress, type SheetGrid } from "../../workbook";
import { evaluateIn, sameValue } from "../evaluation";
import type { Issue } from "../issue";
import { cellIssue, fixOf, formulaEdit, type CellRef } from "../issue-builders";
import { sheetPatterns, type SheetPatterns } from "../pattern-copy";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "inconsistent-formula",
  kind: "formula",
  severity: "warning",
  description: {
    vi: "Công thức khác mẫu với hai ô hai bên (cùng dòng) hoặc trên dưới (cùng cột) trong khi hai ô đó giống nhau: có thể đã bị sửa tay.",
    en: "A formula whose shape differs from both neighbours in its row or column while those two agree: most likely edited by hand.",
  },
  messages: {
    "inconsistent-formula/row": {
      vi: "Công thức ở ô {cell} khác mẫu với hai ô bên cạnh {first} và {second} trên cùng dòng, có thể đã bị sửa tay: theo mẫu của hai ô đó, ô này là {formula}.",
      en: "The formula in {cell} differs from its neighbours {first} and {second} on the same row, so it was probably edited by hand: following them, this cell would be {formula}.",
    },
    "inconsistent-formula/column": {
      vi: "Công thức ở ô {cell} khác mẫu với ô trên {first} và ô dưới {second} trong cùng cột, có thể đã bị sửa tay: theo mẫu của hai ô đó, ô này là {formula}.",
      en: "The formula in {cell} differs from {first} above and {second} below in the same column, so it was probably edited by hand: following them, this cell would be {formula}.",
    },
    "inconsistent-formula/fix": {
      vi: "Chép công thức theo mẫu của ô bên cạnh: {formula}",
      en: "Copy the neighbours' formula: {formula}",
    },
  },
};

function finding(ctx: RuleContext, patterns: SheetPatterns, at: CellRef): Issue | null {
  const copy = patterns.copyAt(at.row, at.col);
  if (!copy) return null;
  const { formula, pair } = copy;
  const fix = fixOf("inconsistent-formula/fix", { formula }, [formulaEdit(at, formula)]);
  const keeps = sameValue(
    evaluateIn(ctx, at.sheet, copy.expr),
    ctx.value(at.sheet, at.row, at.col),
    ctx.tolerance,
  );
  const data = { first: toA1(pair[0]), second: toA1(pair[1]), formula };
  const messageId = `inconsistent-formula/${copy.along}`;
  return cellIssue(meta, at, messageId, data, keeps ? { fix } : { suggestions: [fix] });
}

function checkSheet(ctx: RuleContext, sheet: SheetGrid): Issue[] {
  const patterns = sheetPatterns(ctx, sheet.name);
  if (!patterns) return [];
  const issues: Issue[] = [];
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === null) continue;
    const issue = finding(ctx, patterns, { sheet: sheet.name, ...keyToAddress(key) });
    if (issue) issues.push(issue);
  }
  return issues;
}

function check(ctx: RuleContext): Issue[] {
  return ctx.grid.sheets.flatMap((sheet) => checkSheet(ctx, sheet));
}

export const inconsistentFormula: Rule = { meta, check };
