/**
 * Which cells of a recognised table hold numbers, and which of them should be formulas:
 * the Phụ lục 01 identities (Tổng cộng = NSTW + NSĐP + vốn khác, NSTW = ĐTPT + SN, NSĐP =
 * tỉnh + huyện + xã), parent and total rows (the sum of their child rows), and the
 * year-end count of Biểu 02 (đầu năm − thoát + tái + phát sinh), also when a Biểu 02 is
 * laid out transposed. Declared as data keyed by the template column keys and shared by
 * the formula rules, so they agree on every cell.
 */
import type { CellAddress } from "../address/cell-address";
import type { RecognisedRow, RecognisedTable, TableKind } from "../detect/table";
import { tableCell } from "../detect/table-cells";
import {
  B02_COLUMNS as B02,
  B02_ROWS,
  B03_COLUMNS as B03,
  PL01_AMOUNT_COLUMNS,
  PL01_IDENTITY_PARTS,
} from "../templates/column-keys";

const PL01_AMOUNT_KEYS: readonly string[] = PL01_AMOUNT_COLUMNS;
const PL01_IDENTITIES: Readonly<Record<string, readonly string[] | undefined>> = PL01_IDENTITY_PARTS;

const B02_VALUE_KEYS: readonly string[] = [B02.hoNgheo, B02.hoCanNgheo];
const B02_ROW_KEYS: ReadonlySet<string> = new Set(Object.values(B02_ROWS));

const NUMERIC_COLUMNS: Readonly<Record<TableKind, readonly string[]>> = {
  "phu-luc-01": PL01_AMOUNT_KEYS,
  "bieu-02": B02_VALUE_KEYS,
  "bieu-03": [B03.previous, B03.plan],
  "thong-tin-chung": [],
  "phan-cong": [],
};

/** Biểu 02's year-end count: the figures it adds (+1) or takes away (−1). */
const YEAR_END_TERMS: readonly { readonly key: string; readonly sign: number }[] = [
  { key: B02_ROWS.start, sign: 1 },
  { key: B02_ROWS.exits, sign: -1 },
  { key: B02_ROWS.returns, sign: 1 },
  { key: B02_ROWS.added, sign: 1 },
];

export interface Term {
  readonly cell: CellAddress;
  readonly sign: number;
}

export type ExpectedFormula =
  /** A parent or total row: the sum of its child rows in the same column. */
  | { readonly kind: "children"; readonly cells: readonly CellAddress[] }
  /** An identity column: the sum of its component columns on the same row. */
  | { readonly kind: "identity"; readonly cells: readonly CellAddress[] }
  /** Biểu 02's year-end count. */
  | { readonly kind: "year-end"; readonly terms: readonly Term[] };

/** One number of a table: where it is, what it is, and the formula it should hold if any. */
export interface NumericCell {
  readonly row: RecognisedRow;
  readonly col: number;
  /** The table column key it belongs to ("ns-xa", "ho-ngheo", "ke-hoach"). */
  readonly column: string;
  readonly expected: ExpectedFormula | null;
}

export function isAmountTable(table: RecognisedTable): boolean {
  return table.kind === "phu-luc-01";
}

/** Recognised rows inside the table body (not the counterpart lines under it). */
export function bodyRows(table: RecognisedTable): RecognisedRow[] {
  const { first, last } = table.bodyRows;
  return table.rows.filter((row) => row.row >= first && row.row <= last);
}

export function isParent(row: RecognisedRow): boolean {
  return row.childRows.length > 0;
}

function presentColumns(table: RecognisedTable, keys: readonly string[]): { key: string; col: number }[] {
  return keys
    .map((key) => ({ key, col: table.columns.get(key) ?? 0 }))
    .filter((column) => column.col > 0)
    .sort((a, b) => a.col - b.col);
}

/**
 * The columns an identity adds up, as the sheet has them: a sub-total column the sheet
 * lacks (a table without an NSĐP column) stands for its own parts (NS tỉnh, huyện, xã).
 */
function identityParts(table: RecognisedTable, key: string): string[] {
  return (PL01_IDENTITIES[key] ?? []).flatMap((part) =>
    table.columns.has(part) || !PL01_IDENTITIES[part] ? [part] : identityParts(table, part),
  );
}

function amountFormula(
  table: RecognisedTable,
  row: RecognisedRow,
  key: string,
  col: number,
): ExpectedFormula | null {
  const identity = presentColumns(table, identityParts(table, key)).map((part) => ({
    row: row.row,
    col: part.col,
  }));
  if (identity.length > 0) return { kind: "identity", cells: identity };
  if (!isParent(row)) return null;
  return { kind: "children", cells: row.childRows.map((child) => ({ row: child, col })) };
}

function yearEnd(table: RecognisedTable, value: string): ExpectedFormula | null {
  const terms: Term[] = [];
  for (const term of YEAR_END_TERMS) {
    const cell = tableCell(table, term.key, value);
    if (!cell) return null;
    terms.push({ cell, sign: term.sign });
  }
  return { kind: "year-end", terms };
}

function b02Cells(table: RecognisedTable): NumericCell[] {
  const cells: NumericCell[] = [];
  for (const row of bodyRows(table)) {
    const columns = table.transposed
      ? [...table.columns].filter(([key]) => B02_ROW_KEYS.has(key)).map(([key, col]) => ({ key, col }))
      : presentColumns(table, B02_VALUE_KEYS);
    for (const { key, col } of columns) {
      const [figure, value] = table.transposed ? [key, row.key ?? ""] : [row.key ?? "", key];
      if (table.transposed && !B02_VALUE_KEYS.includes(value)) continue;
      const expected = figure === B02_ROWS.end ? yearEnd(table, value) : null;
      cells.push({ row, col, column: value, expected });
    }
  }
  return cells;
}

/** Every numeric cell of the table's body, row by row, left to right. */
export function numericCells(table: RecognisedTable): NumericCell[] {
  if (table.kind === "bieu-02") return b02Cells(table);
  const columns = presentColumns(table, NUMERIC_COLUMNS[table.kind]);
  return bodyRows(table).flatMap((row) =>
    columns.map(({ key, col }) => ({
      row,
      col,
      column: key,
      expected: isAmountTable(table) ? amountFormula(table, row, key, col) : null,
    })),
  );
}

/** The cells an expected formula reads, with their signs. */
export function termsOf(expected: ExpectedFormula): Term[] {
  return expected.kind === "year-end"
    ? [...expected.terms]
    : expected.cells.map((cell) => ({ cell, sign: 1 }));
}
