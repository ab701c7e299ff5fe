/**
 * A total formula that reads an empty cell it should not: a blank row, a column that holds
 * no amounts (TT, Nội dung, Ghi chú), or a sub-total whose own formula is missing while
 * its rows hold numbers, so the total leaves them out (reported once, at the first total
 * reading it, with the fix that writes the formula back). Empty input cells are fine: an
 * empty amount is 0, and most plans leave some sources blank.
 */
import { toA1, type CellAddress } from "../../address/cell-address";
import type { RecognisedTable } from "../../detect/table";
import { cellAt, cellKey, type SheetGrid } from "../../workbook";
import { sumAmounts } from "../cell-numbers";
import { resolvedReferences, type ResolvedReference } from "../formula-references";
import { expectedFormulaText } from "../formula-text";
import { sheetNamed } from "../grid-access";
import type { Issue } from "../issue";
import { cellIssue, fixOf, formulaEdit } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";
import { numericCells, termsOf, type NumericCell } from "../table-cells";

const meta: RuleMeta = {
  id: "empty-reference",
  kind: "formula",
  severity: "warning",
  description: {
    vi: "Công thức tổng tham chiếu tới ô trống trong bảng mà lẽ ra phải có số hoặc công thức (dòng trống, cột chữ, dòng tổng con bị mất công thức).",
    en: "A total formula reading an empty cell of the table that should hold a number or a formula (a blank row, a text column, a sub-total that lost its formula).",
  },
  messages: {
    "empty-reference/empty": {
      vi: "Công thức ở ô {cell} lấy số từ ô trống {empty}: ô đó không phải ô nhập số tiền, có thể công thức trỏ nhầm ô.",
      en: "The formula in {cell} reads the empty cell {empty}, which is not an amount input: the formula may point at the wrong cell.",
    },
    "empty-reference/lost-formula": {
      vi: "Công thức ở ô {cell} lấy số từ ô {empty} đang để trống, trong khi ô đó phải là tổng {formula} của các ô đang có số: tổng bị thiếu.",
      en: "The formula in {cell} reads {empty}, which is empty although it should be the total {formula} of cells that hold numbers: the total comes out short.",
    },
    "empty-reference/fix": {
      vi: "Điền lại công thức {formula} vào ô {empty}",
      en: "Put the formula {formula} back into {empty}",
    },
  },
};

interface TableView {
  readonly ctx: RuleContext;
  readonly table: RecognisedTable;
  readonly sheet: SheetGrid;
  readonly rows: ReadonlySet<number>;
  /** The table's numeric cells by cellKey. */
  readonly numeric: ReadonlyMap<number, NumericCell>;
  readonly firstCol: number;
  readonly lastCol: number;
}

interface EmptyCell {
  readonly at: CellAddress;
  /** The formula the cell should hold, when it lost one that would add numbers. */
  readonly formula: string | null;
}

function isEmpty(view: TableView, at: CellAddress): boolean {
  const cell = cellAt(view.sheet, at.row, at.col);
  return !cell || (cell.formula === null && (cell.value === null || cell.value === ""));
}

function inside(view: TableView, at: CellAddress): boolean {
  const { first, last } = view.table.bodyRows;
  return at.row >= first && at.row <= last && at.col >= view.firstCol && at.col <= view.lastCol;
}

/** The formula a blank cell should hold, when that formula would add up something other than 0. */
function lostFormula(view: TableView, at: CellAddress): string | null {
  const expected = view.numeric.get(cellKey(at.row, at.col))?.expected;
  if (!expected) return null;
  const terms = termsOf(expected);
  const total = sumAmounts(
    terms.map((t) => ({ value: view.ctx.value(view.table.sheet, t.cell.row, t.cell.col), sign: t.sign })),
  );
  return total !== null && total !== 0 ? expectedFormulaText(expected) : null;
}

function emptySingle(view: TableView, at: CellAddress): EmptyCell[] {
  if (!inside(view, at) || !isEmpty(view, at)) return [];
  const formula = lostFormula(view, at);
  const input = view.numeric.has(cellKey(at.row, at.col));
  return formula !== null || !input ? [{ at, formula }] : [];
}

/** In a range, blanks are normal (unused sources, spacer rows): only a lost sub-total counts. */
function emptyInRange(view: TableView, ref: ResolvedReference): EmptyCell[] {
  const found: EmptyCell[] = [];
  const lastRow = Math.min(ref.range.end.row, view.table.bodyRows.last);
  const lastCol = Math.min(ref.range.end.col, view.lastCol);
  for (let row = Math.max(ref.range.start.row, view.table.bodyRows.first); row <= lastRow; row++) {
    if (!view.rows.has(row)) continue;
    for (let col = Math.max(ref.range.start.col, view.firstCol); col <= lastCol; col++) {
      const formula = isEmpty(view, { row, col }) ? lostFormula(view, { row, col }) : null;
      if (formula !== null) found.push({ at: { row, col }, formula });
    }
  }
  return found;
}

function emptyCells(view: TableView, ref: ResolvedReference): EmptyCell[] {
  if (ref.sheet.toUpperCase() !== view.table.sheet.toUpperCase()) return [];
  return ref.single ? emptySingle(view, ref.range.start) : emptyInRange(view, ref);
}

function checkCell(view: TableView, at: CellAddress, reported: Set<number>): Issue | null {
  const expr = view.ctx.formula(view.table.sheet, at.row, at.col);
  if (!expr) return null;
  const references = resolvedReferences(expr, view.table.sheet, view.ctx.grid);
  const empties = references.flatMap((ref) => emptyCells(view, ref));
  const where = { sheet: view.table.sheet, ...at };
  const lost = empties.find((e) => e.formula !== null && !reported.has(cellKey(e.at.row, e.at.col)));
  if (lost?.formula) {
    // Every total reading the lost cell is short; saying so once, with the fix, is enough.
    reported.add(cellKey(lost.at.row, lost.at.col));
    const data = { empty: toA1(lost.at), formula: lost.formula };
    const fix = fixOf("empty-reference/fix", data, [
      formulaEdit({ sheet: view.table.sheet, ...lost.at }, lost.formula),
    ]);
    return cellIssue(meta, where, "empty-reference/lost-formula", data, { fix });
  }
  const plain = empties.filter((e) => e.formula === null);
  if (plain.length === 0) return null;
  return cellIssue(meta, where, "empty-reference/empty", { empty: plain.map((e) => toA1(e.at)).join(", ") });
}

function checkTable(ctx: RuleContext, table: RecognisedTable): Issue[] {
  const sheet = sheetNamed(ctx.grid, table.sheet);
  const cols = [...table.columns.values()];
  if (!sheet || cols.length === 0) return [];
  const cells = numericCells(table);
  const view: TableView = {
    ctx,
    table,
    sheet,
    rows: new Set(table.rows.map((row) => row.row)),
    numeric: new Map(cells.map((cell) => [cellKey(cell.row.row, cell.col), cell])),
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
  };
  const issues: Issue[] = [];
  const reported = new Set<number>();
  for (const { row, col, expected } of cells) {
    if (!expected || cellAt(sheet, row.row, col)?.formula == null) continue;
    const issue = checkCell(view, { row: row.row, col }, reported);
    if (issue) issues.push(issue);
  }
  return issues;
}

function check(ctx: RuleContext): Issue[] {
  return ctx.recognition.tables.flatMap((table) => checkTable(ctx, table));
}

export const emptyReference: Rule = { meta, check };
