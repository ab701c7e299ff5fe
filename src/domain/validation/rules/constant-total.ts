/**
 * A number typed where a formula belongs: a total or parent row of Phụ lục 01, its
 * identity columns (Tổng cộng, NSTW, NSĐP) on any row, the year-end row of Biểu 02. Such a
 * cell goes stale as soon as a child changes, but is right as long as it adds up, and
 * typed totals are common in real plans: so this is a note, and the arithmetic rules
 * report the totals that do not add up. When the typed number equals what the formula
 * gives, restoring the formula is a fix; otherwise a suggestion the user confirms, since
 * it changes their number.
 */
import type { RecognisedTable } from "../../detect/table";
import { cellAt } from "../../workbook";
import { amountOf, holdsNumber, sameAmount, sumAmounts } from "../cell-numbers";
import { columnsText, expectedFormulaText } from "../formula-text";
import { sheetNamed } from "../grid-access";
import type { Issue } from "../issue";
import { cellIssue, fixOf, formulaEdit, type CellRef } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";
import { numericCells, termsOf, type ExpectedFormula } from "../table-cells";

const meta: RuleMeta = {
  id: "constant-total",
  kind: "formula",
  severity: "info",
  description: {
    vi: "Số gõ tay ở ô phải là công thức (dòng tổng, dòng Dự án, cột Tổng cộng/NSTW/NSĐP, số hộ cuối năm): khôi phục công thức.",
    en: "A number typed where a formula belongs (total and parent rows, the Tổng cộng/NSTW/NSĐP columns, the year-end count): restores the formula.",
  },
  messages: {
    "constant-total/sum": {
      vi: "Ô {cell} là số được gõ tay nhưng đây là dòng tổng: nên là công thức {formula}.",
      en: "Cell {cell} holds a typed number but this is a total row: it should be the formula {formula}.",
    },
    "constant-total/sum-differs": {
      vi: "Ô {cell} là số gõ tay ({typed}) nhưng đây là dòng tổng và tổng các dòng con là {expected}: nên là công thức {formula}.",
      en: "Cell {cell} holds a typed number ({typed}) but this is a total row and its child rows add up to {expected}: it should be the formula {formula}.",
    },
    "constant-total/identity": {
      vi: "Ô {cell} là số được gõ tay nhưng cột này là tổng các cột {columns} cùng dòng: nên là công thức {formula}.",
      en: "Cell {cell} holds a typed number but this column is the sum of columns {columns} on the same row: it should be the formula {formula}.",
    },
    "constant-total/identity-differs": {
      vi: "Ô {cell} là số gõ tay ({typed}) nhưng cột này là tổng các cột {columns} cùng dòng, hiện bằng {expected}: nên là công thức {formula}.",
      en: "Cell {cell} holds a typed number ({typed}) but this column is the sum of columns {columns} on the same row, now {expected}: it should be the formula {formula}.",
    },
    "constant-total/year-end": {
      vi: "Ô {cell} là số được gõ tay nhưng số hộ cuối năm phải bằng đầu năm − thoát + tái + phát sinh: nên là công thức {formula}.",
      en: "Cell {cell} holds a typed number but the year-end count must be start − exits + returns + new: it should be the formula {formula}.",
    },
    "constant-total/year-end-differs": {
      vi: "Ô {cell} là số gõ tay ({typed}) nhưng theo đầu năm − thoát + tái + phát sinh thì số hộ cuối năm là {expected}: nên là công thức {formula}.",
      en: "Cell {cell} holds a typed number ({typed}) but start − exits + returns + new gives {expected} at year end: it should be the formula {formula}.",
    },
    "constant-total/fix": {
      vi: "Thay số gõ tay bằng công thức {formula}",
      en: "Replace the typed number with the formula {formula}",
    },
    "constant-total/suggest": {
      vi: "Thay bằng công thức {formula} (số trong ô đổi từ {typed} thành {expected})",
      en: "Replace with the formula {formula} (the cell changes from {typed} to {expected})",
    },
  },
};

/** Per kind of formula: the message when the typed number is right, and when it differs. */
const MESSAGES: Readonly<Record<ExpectedFormula["kind"], readonly [string, string]>> = {
  children: ["constant-total/sum", "constant-total/sum-differs"],
  identity: ["constant-total/identity", "constant-total/identity-differs"],
  "year-end": ["constant-total/year-end", "constant-total/year-end-differs"],
};

function expectedValue(ctx: RuleContext, sheet: string, expected: ExpectedFormula): number | null {
  const values = termsOf(expected).map((t) => ({
    value: ctx.value(sheet, t.cell.row, t.cell.col),
    sign: t.sign,
  }));
  return sumAmounts(values);
}

function finding(
  ctx: RuleContext,
  table: RecognisedTable,
  at: CellRef,
  typed: number,
  expected: ExpectedFormula,
): Issue {
  const formula = expectedFormulaText(expected);
  const base = { formula, columns: columnsText(expected) };
  const edit = [formulaEdit(at, formula)];
  const value = expectedValue(ctx, at.sheet, expected);
  const [messageId, differs] = MESSAGES[expected.kind];
  if (value === null)
    return cellIssue(meta, at, messageId, base, {
      suggestions: [fixOf("constant-total/fix", { formula }, edit)],
    });
  if (sameAmount(typed, value, ctx.tolerance, table.unitFactor)) {
    return cellIssue(meta, at, messageId, base, { fix: fixOf("constant-total/fix", { formula }, edit) });
  }
  const data = { ...base, typed, expected: value };
  const suggestion = fixOf("constant-total/suggest", { formula, typed, expected: value }, edit);
  return cellIssue(meta, at, differs, data, { suggestions: [suggestion] });
}

function checkTable(ctx: RuleContext, table: RecognisedTable): Issue[] {
  const sheet = sheetNamed(ctx.grid, table.sheet);
  if (!sheet) return [];
  const issues: Issue[] = [];
  for (const { row, col, expected } of numericCells(table)) {
    const cell = cellAt(sheet, row.row, col);
    if (!expected || !cell || cell.formula !== null || !holdsNumber(cell.value)) continue;
    const typed = amountOf(cell.value);
    if (typed !== null)
      issues.push(finding(ctx, table, { sheet: table.sheet, row: row.row, col }, typed, expected));
  }
  return issues;
}

function check(ctx: RuleContext): Issue[] {
  return ctx.recognition.tables.flatMap((table) => checkTable(ctx, table));
}

export const constantTotal: Rule = { meta, check };
