/**
 * A total or parent row whose SUM (or SUBTOTAL, or chain of +) does not cover exactly its
 * child rows: it misses one, counts one twice (a Dự án and its own Tiểu dự án, or the same
 * row in two ranges), or takes in a row that is not its child. The fix rewrites the sum
 * over exactly the child rows in the author's own style.
 */
import { toA1, type CellAddress } from "../../address/cell-address";
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import { visitNodes } from "../../formula/walk";
import { sumOf } from "../../templates/render/formulas";
import { cellAt, type SheetGrid } from "../../workbook";
import { amountOf, holdsNumber, sameAmount, sumAmounts } from "../cell-numbers";
import { sheetNamed } from "../grid-access";
import type { Issue } from "../issue";
import { cellIssue, fixOf, formulaEdit, rowList, type CellRef } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";
import { verticalSum, type SumStyle, type VerticalSum } from "../sum-shape";
import { isParent, numericCells } from "../table-cells";

const meta: RuleMeta = {
  id: "sum-range",
  kind: "formula",
  severity: "error",
  description: {
    vi: "Công thức tổng (SUM, SUBTOTAL, phép +) ở dòng tổng hoặc dòng Dự án bỏ sót dòng con, cộng trùng một dòng hoặc cộng cả dòng không thuộc nó.",
    en: "A total formula (SUM, SUBTOTAL, a chain of +) on a total or parent row that misses a child row, counts a row twice or takes in a row that is not its child.",
  },
  messages: {
    "sum-range/missing": {
      vi: "Công thức ở ô {cell} bỏ sót dòng {missing} nên chưa cộng đủ các dòng con: nên là {formula}.",
      en: "The formula in {cell} misses row {missing}, so it does not add up all child rows: it should be {formula}.",
    },
    "sum-range/extra": {
      vi: "Công thức ở ô {cell} cộng cả dòng {extra} không thuộc dòng này: nên là {formula}.",
      en: "The formula in {cell} also adds row {extra}, which does not belong to this row: it should be {formula}.",
    },
    "sum-range/doubled": {
      vi: "Công thức ở ô {cell} cộng dòng {doubled} hai lần (hoặc cộng cả dòng Dự án lẫn các Tiểu dự án của nó): nên là {formula}.",
      en: "The formula in {cell} counts row {doubled} twice (or adds a Dự án together with its own Tiểu dự án rows): it should be {formula}.",
    },
    "sum-range/mixed": {
      vi: "Công thức ở ô {cell} cộng sai các dòng (bỏ sót: {missing}; thừa: {extra}; cộng trùng: {doubled}): nên là {formula}.",
      en: "The formula in {cell} adds the wrong rows (missing: {missing}; extra: {extra}; counted twice: {doubled}): it should be {formula}.",
    },
    "sum-range/fix": {
      vi: "Sửa công thức thành {formula}",
      en: "Change the formula to {formula}",
    },
  },
};

const NONE = "—";

interface CellCheck {
  readonly ctx: RuleContext;
  readonly table: RecognisedTable;
  readonly sheet: SheetGrid;
  readonly rows: ReadonlyMap<number, RecognisedRow>;
  readonly parents: ReadonlyMap<number, number>;
  readonly at: CellRef;
}

function isSubtotalCell(check: CellCheck, row: number): boolean {
  const expr = check.ctx.formula(check.at.sheet, row, check.at.col);
  let found = false;
  if (expr) visitNodes(expr, (node) => (found ||= node.type === "function" && node.name === "SUBTOTAL"));
  return found;
}

function childRowsOf(check: CellCheck, row: number): readonly number[] {
  return check.rows.get(row)?.childRows ?? [];
}

/**
 * The rows a SUBTOTAL really adds for `row`: a parent row stands for its own children, as
 * its own SUBTOTAL is skipped. A parent typed over with a number is constant-total's
 * finding, not a fault of the SUBTOTAL above it.
 */
function effectiveRows(check: CellCheck, row: number, seen = new Set<number>()): number[] {
  if (seen.has(row)) return [];
  seen.add(row);
  const children = childRowsOf(check, row);
  if (children.length === 0 && !isSubtotalCell(check, row)) return [row];
  return children.flatMap((child) => effectiveRows(check, child, seen));
}

function coveredRows(check: CellCheck, sum: VerticalSum): Map<number, number> {
  const counts = new Map<number, number>();
  const subtotal = sum.style.kind === "subtotal";
  for (const span of sum.spans) {
    const last = Math.min(span.last, check.sheet.maxRow);
    for (let row = span.first; row <= last; row++) {
      const skipped = subtotal && (childRowsOf(check, row).length > 0 || isSubtotalCell(check, row));
      if (row === check.at.row || skipped) continue;
      counts.set(row, (counts.get(row) ?? 0) + 1);
    }
  }
  return counts;
}

function matters(check: CellCheck, row: number): boolean {
  return check.rows.has(row) || holdsNumber(check.ctx.value(check.at.sheet, row, check.at.col));
}

function hasCountedAncestor(check: CellCheck, row: number, counts: ReadonlyMap<number, number>): boolean {
  for (let up = check.parents.get(row); up !== undefined; up = check.parents.get(up)) {
    if (up === check.at.row) return false;
    if (counts.has(up)) return true;
  }
  return false;
}

interface RowProblems {
  readonly missing: number[];
  readonly extra: number[];
  readonly doubled: number[];
}

function problems(
  check: CellCheck,
  expected: readonly number[],
  counts: ReadonlyMap<number, number>,
): RowProblems {
  const wanted = new Set(expected);
  const missing = expected.filter((row) => !counts.has(row));
  const doubled = [...counts].filter(([, n]) => n > 1).map(([row]) => row);
  const extra: number[] = [];
  for (const row of counts.keys()) {
    if (wanted.has(row) || !matters(check, row)) continue;
    if (hasCountedAncestor(check, row, counts)) doubled.push(row);
    else extra.push(row);
  }
  const sorted = (rows: number[]) => [...new Set(rows)].sort((a, b) => a - b);
  return { missing: sorted(missing), extra: sorted(extra), doubled: sorted(doubled) };
}

/** SUBTOTAL over one block, when that block adds exactly the expected rows; else null. */
function subtotalBlock(check: CellCheck, expected: readonly number[], code: string): string | null {
  const first = Math.min(...expected);
  const last = Math.max(...expected);
  const wanted = new Set(expected);
  for (let row = first; row <= last; row++) {
    if (!wanted.has(row) && !isSubtotalCell(check, row) && matters(check, row)) return null;
  }
  const col = check.at.col;
  return `=SUBTOTAL(${code},${toA1({ row: first, col })}:${toA1({ row: last, col })})`;
}

function fixedFormula(
  check: CellCheck,
  style: SumStyle,
  children: readonly CellAddress[],
  expected: readonly number[],
): string {
  if (style.kind === "plus") return `=${children.map((cell) => toA1(cell)).join("+")}`;
  if (style.kind === "subtotal") return subtotalBlock(check, expected, style.code) ?? `=${sumOf(children)}`;
  return `=${sumOf(children)}`;
}

function messageOf(found: RowProblems): string {
  const kinds = [
    found.missing.length > 0 && "sum-range/missing",
    found.extra.length > 0 && "sum-range/extra",
    found.doubled.length > 0 && "sum-range/doubled",
  ].filter((kind): kind is string => kind !== false);
  return kinds.length === 1 ? (kinds[0] as string) : "sum-range/mixed";
}

function valueChanges(check: CellCheck, children: readonly CellAddress[]): boolean {
  const { ctx, at, table } = check;
  const now = amountOf(ctx.value(at.sheet, at.row, at.col));
  const right = sumAmounts(children.map((c) => ({ value: ctx.value(at.sheet, c.row, c.col), sign: 1 })));
  return now === null || right === null || !sameAmount(now, right, ctx.tolerance, table.unitFactor);
}

function checkCell(check: CellCheck, row: RecognisedRow): Issue | null {
  const { ctx, at } = check;
  const expr = ctx.formula(at.sheet, at.row, at.col);
  const sum = expr && verticalSum(expr, at, at.sheet);
  if (!sum) return null;
  const expected =
    sum.style.kind === "subtotal"
      ? row.childRows.flatMap((child) => effectiveRows(check, child))
      : [...row.childRows];
  const found = problems(check, expected, coveredRows(check, sum));
  if (found.missing.length + found.extra.length + found.doubled.length === 0) return null;
  const children = row.childRows.map((child) => ({ row: child, col: at.col }));
  const formula = fixedFormula(check, sum.style, children, expected);
  const list = (rows: number[]) => (rows.length > 0 ? rowList(rows) : NONE);
  const data = {
    missing: list(found.missing),
    extra: list(found.extra),
    doubled: list(found.doubled),
    formula,
  };
  const fix = fixOf("sum-range/fix", { formula }, [formulaEdit(at, formula)]);
  const severity = valueChanges(check, children) ? "error" : "warning";
  return cellIssue(meta, at, messageOf(found), data, { severity, fix });
}

function parentsOf(table: RecognisedTable): Map<number, number> {
  const parents = new Map<number, number>();
  for (const row of table.rows) for (const child of row.childRows) parents.set(child, row.row);
  return parents;
}

function checkTable(ctx: RuleContext, table: RecognisedTable): Issue[] {
  const sheet = sheetNamed(ctx.grid, table.sheet);
  if (!sheet) return [];
  const rows = new Map(table.rows.map((row) => [row.row, row]));
  const parents = parentsOf(table);
  const issues: Issue[] = [];
  for (const { row, col } of numericCells(table)) {
    if (!isParent(row) || cellAt(sheet, row.row, col)?.formula == null) continue;
    const issue = checkCell(
      { ctx, table, sheet, rows, parents, at: { sheet: table.sheet, row: row.row, col } },
      row,
    );
    if (issue) issues.push(issue);
  }
  return issues;
}

function check(ctx: RuleContext): Issue[] {
  return ctx.recognition.tables.flatMap((table) => checkTable(ctx, table));
}

export const sumRange: Rule = { meta, check };
