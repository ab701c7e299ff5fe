/**
 * Amounts below zero in Phụ lục 01: no source funds a project with a negative sum. The
 * finding goes where the negative number comes from: a negative total is followed down
 * its formula to the cells whose own negative value it adds up (even in a column the
 * recognised table does not cover), and each of those is reported once, however many
 * totals above it turn negative.
 */
import type { RangeAddress } from "../../address/cell-address";
import type { RecognisedTable } from "../../detect/table";
import { cellAt, cellKey, keyToAddress, type SheetGrid } from "../../workbook";
import { amountOf } from "../cell-numbers";
import { resolvedReferences } from "../formula-references";
import { sheetNamed } from "../grid-access";
import type { Issue } from "../issue";
import { cellIssue, type CellRef } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";
import { isAmountTable, numericCells } from "../table-cells";

const meta: RuleMeta = {
  id: "negative-amount",
  kind: "formula",
  severity: "error",
  dependentsExplained: true,
  description: {
    vi: "Số tiền âm trong Phụ lục 01: kinh phí của mọi nguồn phải lớn hơn hoặc bằng 0; báo ở ô có số âm gốc, không báo lại ở các ô tổng.",
    en: "Negative amounts in Phụ lục 01: funds from every source must be zero or more; reported where the negative number is, not again at the totals.",
  },
  messages: {
    "negative-amount/negative": {
      vi: "Ô {cell} có số tiền âm ({amount}): kinh phí không được nhỏ hơn 0.",
      en: "Cell {cell} holds a negative amount ({amount}): funds cannot be below zero.",
    },
  },
};

/** Ranges larger than this are searched through the sheet's stored cells instead of cell by cell. */
const SCAN_LIMIT = 4096;

const refKey = (at: CellRef) => `${at.sheet.toUpperCase()}|${at.row}|${at.col}`;

function isNegative(ctx: RuleContext, at: CellRef): boolean {
  return (amountOf(ctx.value(at.sheet, at.row, at.col)) ?? 0) < 0;
}

function cellsIn(sheet: SheetGrid, range: RangeAddress): CellRef[] {
  const rows = Math.min(range.end.row, sheet.maxRow) - range.start.row + 1;
  const cols = Math.min(range.end.col, sheet.maxCol) - range.start.col + 1;
  const found: CellRef[] = [];
  if (rows <= 0 || cols <= 0) return found;
  if (rows * cols <= SCAN_LIMIT) {
    for (let row = range.start.row; row < range.start.row + rows; row++) {
      for (let col = range.start.col; col < range.start.col + cols; col++) {
        if (cellAt(sheet, row, col)) found.push({ sheet: sheet.name, row, col });
      }
    }
    return found;
  }
  for (const key of sheet.cells.keys()) {
    const { row, col } = keyToAddress(key);
    const inside =
      row >= range.start.row && row <= range.end.row && col >= range.start.col && col <= range.end.col;
    if (inside) found.push({ sheet: sheet.name, row, col });
  }
  return found;
}

/** The negative cells a formula adds up. */
function negativeInputs(ctx: RuleContext, at: CellRef): CellRef[] {
  const expr = ctx.formula(at.sheet, at.row, at.col);
  if (!expr) return [];
  return resolvedReferences(expr, at.sheet, ctx.grid).flatMap((ref) => {
    const sheet = sheetNamed(ctx.grid, ref.sheet);
    return sheet ? cellsIn(sheet, ref.range).filter((cell) => isNegative(ctx, cell)) : [];
  });
}

/** Follows a negative cell down to where its negative value starts. */
function origins(ctx: RuleContext, start: CellRef, seen: Set<string>, found: Map<string, CellRef>): void {
  const stack = [start];
  for (let at = stack.pop(); at; at = stack.pop()) {
    if (seen.has(refKey(at))) continue;
    seen.add(refKey(at));
    const inputs = negativeInputs(ctx, at).filter((input) => refKey(input) !== refKey(at));
    if (inputs.length === 0) found.set(refKey(at), at);
    else stack.push(...inputs);
  }
}

function negativeCells(ctx: RuleContext, table: RecognisedTable): CellRef[] {
  const sheet = sheetNamed(ctx.grid, table.sheet);
  if (!sheet || !isAmountTable(table)) return [];
  return numericCells(table)
    .filter(({ row, col }) => sheet.cells.has(cellKey(row.row, col)))
    .map(({ row, col }) => ({ sheet: table.sheet, row: row.row, col }))
    .filter((at) => isNegative(ctx, at));
}

function check(ctx: RuleContext): Issue[] {
  const seen = new Set<string>();
  const found = new Map<string, CellRef>();
  for (const table of ctx.recognition.tables) {
    for (const at of negativeCells(ctx, table)) origins(ctx, at, seen, found);
  }
  return [...found.values()].map((at) =>
    cellIssue(meta, at, "negative-amount/negative", {
      amount: amountOf(ctx.value(at.sheet, at.row, at.col)) ?? 0,
    }),
  );
}

export const negativeAmount: Rule = { meta, check };
