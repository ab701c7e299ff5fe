/**
 * Reduces an ExcelJS workbook (written by the .xlsx adapter, or read back from a file)
 * to the WorkbookSnapshot the parity test compares with the Office adapter's fake
 * (fake-snapshot.ts). The normalisation, shared by both sides:
 *
 * - cells: every non-empty cell except the covered parts of merged areas; formulas with
 *   a leading "=" and value null; rich text and hyperlinks as their plain text, errors as
 *   their code ("#REF!"), dates as ISO dates; numberFormat "General" when none is set;
 *   bold only when the font says so; locked unless protection.locked is false (Excel's
 *   default is locked).
 * - merges: A1 ranges without "$", sorted.
 * - validations: one line per validated rectangle, "D6:D7 decimal>=0", "E6:E7 whole
 *   0..100", "F6:F7 list:a,b", "B2 date>=2025-01-01", sorted. Files read back store a
 *   validation per cell; cells sharing one are regrouped into rectangles.
 * - columnWidths: up to the last column with a width, 0 where none is set; each width as
 *   Excel shows it, snapped to whole pixels (src/adapters/office/column-width.ts) and
 *   rounded to 1/100 of a character, so 12 stays 12 and 12.5 becomes 12.42 on both sides.
 * - rowHeights: points by row, for rows with a height set (ExcelJS reads `ht` back).
 * - print: orientation in lower case, paper by name ("A4"; "Letter", Excel's default,
 *   when the file names none), repeated rows as "$4:$5".
 * - names: name -> reference without "=", ranges absolute, sheet names quoted by
 *   quoteSheetName's rule ("'Phụ lục 01'!$A$4:$G$8").
 */
import type ExcelJS from "exceljs";
import { parseA1, quoteSheetName, rangeToA1, type CellAddress } from "../../src/domain/address/cell-address";
import { characterWidthToPoints, pointsToCharacterWidth } from "../../src/adapters/office/column-width";
import { dataValidationTable, sheetProtection } from "../../src/adapters/xlsx/exceljs-internals";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./sheet-snapshot";

type Constant = CellSnapshot["value"];

const round2 = (n: number) => Math.round(n * 100) / 100;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The value of a non-formula cell in the snapshot's terms. */
function constant(value: ExcelJS.CellValue): Constant {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("text" in value) return typeof value.text === "string" ? value.text : constant(value.text);
  return null;
}

function isCoveredByMerge(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function cellSnapshot(cell: ExcelJS.Cell): CellSnapshot | null {
  if (isCoveredByMerge(cell)) return null;
  const formula = cell.formula ? `=${cell.formula}` : null;
  const value = formula === null ? constant(cell.value) : null;
  if (formula === null && (value === null || value === "")) return null;
  return {
    value,
    formula,
    numberFormat: cell.numFmt || "General",
    bold: cell.font?.bold === true,
    locked: cell.protection?.locked !== false,
  };
}

function cells(sheet: ExcelJS.Worksheet): Record<string, CellSnapshot> {
  const result: Record<string, CellSnapshot> = {};
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const snapshot = cellSnapshot(cell);
      if (snapshot) result[cell.address] = snapshot;
    }),
  );
  return result;
}

function operand(value: unknown): string {
  if (value instanceof Date) return isoDate(value);
  return String(value).replace(/^=/, "");
}

/** Same wording as describeRule in fake-snapshot.ts. */
function describeValidation(v: ExcelJS.DataValidation): string {
  const formulae: readonly unknown[] = v.formulae;
  const [first, second] = formulae;
  switch (v.type) {
    case "list":
      return `list:${operand(first).replace(/^"(.*)"$/, "$1")}`;
    case "decimal":
    case "whole":
    case "date":
      if (v.operator === "between" || v.operator === undefined)
        return `${v.type} ${operand(first)}..${operand(second)}`;
      if (v.operator === "greaterThanOrEqual") return `${v.type}>=${operand(first)}`;
      return `${v.type} ${v.operator} ${operand(first)}`;
    default:
      return v.type;
  }
}

/** "D6" or "D6:E7" -> every cell address it covers. */
function addressesOf(key: string): CellAddress[] {
  const [a, b] = key.split(":");
  const start = parseA1(a ?? "");
  const end = b === undefined ? start : parseA1(b);
  const result: CellAddress[] = [];
  for (let row = start.row; row <= end.row; row++) {
    for (let col = start.col; col <= end.col; col++) result.push({ row, col });
  }
  return result;
}

/** Greedy cover: from the top-left free cell, grow right, then down while whole rows match. */
function rectangles(addresses: readonly CellAddress[]): string[] {
  const free = new Set(addresses.map((a) => `${a.row},${a.col}`));
  const has = (row: number, col: number) => free.has(`${row},${col}`);
  const ordered = [...addresses].sort((a, b) => a.row - b.row || a.col - b.col);
  const result: string[] = [];
  for (const start of ordered) {
    if (!has(start.row, start.col)) continue;
    let right = start.col;
    while (has(start.row, right + 1)) right++;
    let bottom = start.row;
    const rowIsFree = (row: number) =>
      Array.from({ length: right - start.col + 1 }, (_, i) => has(row, start.col + i)).every(Boolean);
    while (rowIsFree(bottom + 1)) bottom++;
    for (let row = start.row; row <= bottom; row++)
      for (let col = start.col; col <= right; col++) free.delete(`${row},${col}`);
    result.push(rangeToA1({ start, end: { row: bottom, col: right } }));
  }
  return result;
}

/** Freshly written tables are keyed by range, read ones per cell; one object per rule in both. */
function validations(sheet: ExcelJS.Worksheet): string[] {
  const cellsOf = new Map<ExcelJS.DataValidation, CellAddress[]>();
  for (const [key, validation] of Object.entries(dataValidationTable(sheet).model)) {
    if (!validation) continue;
    cellsOf.set(validation, [...(cellsOf.get(validation) ?? []), ...addressesOf(key)]);
  }
  const lines = [...cellsOf].flatMap(([v, addresses]) =>
    rectangles(addresses).map((r) => `${r} ${describeValidation(v)}`),
  );
  return lines.sort();
}

function shownWidth(width: number | undefined): number {
  return width === undefined ? 0 : round2(pointsToCharacterWidth(characterWidthToPoints(width)));
}

function columnWidths(sheet: ExcelJS.Worksheet): number[] {
  const widths = (sheet.columns ?? []).map((column) => column.width);
  const last = widths.reduce<number>((found, width, index) => (width === undefined ? found : index + 1), 0);
  return widths.slice(0, last).map(shownWidth);
}

function rowHeights(sheet: ExcelJS.Worksheet): Record<number, number> {
  const heights: Record<number, number> = {};
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.height !== undefined) heights[number] = row.height;
  });
  return heights;
}

const PAPER_NAMES: Readonly<Record<number, string>> = { 1: "Letter", 5: "Legal", 8: "A3", 9: "A4", 11: "A5" };

function paperName(code: number | undefined): string {
  if (code === undefined) return "Letter";
  return PAPER_NAMES[code] ?? `paper ${code}`;
}

function repeatRows(titles: string | undefined): string | null {
  if (!titles) return null;
  const [first, last] = titles.replace(/\$/g, "").split(":");
  return `$${first}:$${last ?? first}`;
}

function sheetSnapshot(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const { pageSetup } = sheet;
  return {
    name: sheet.name,
    cells: cells(sheet),
    merges: [...sheet.model.merges].sort(),
    validations: validations(sheet),
    columnWidths: columnWidths(sheet),
    rowHeights: rowHeights(sheet),
    protected: sheetProtection(sheet)?.sheet === true,
    print: {
      orientation: (pageSetup.orientation ?? "portrait").toLowerCase(),
      paperSize: paperName(pageSetup.paperSize),
      repeatRows: repeatRows(pageSetup.printTitlesRow),
    },
  };
}

/** "'O''Brien'!$A$1" -> the same reference with the sheet name quoted by quoteSheetName. */
function normaliseReference(reference: string): string {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return reference;
  const sheet = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return `${quoteSheetName(sheet)}!${reference.slice(bang + 1)}`;
}

/** `sheets` limits the snapshot to those sheets (e.g. the inserted ones), in workbook order. */
export function snapshotExcelJsWorkbook(
  workbook: ExcelJS.Workbook,
  sheets?: readonly string[],
): WorkbookSnapshot {
  const wanted = workbook.worksheets.filter((sheet) => !sheets || sheets.includes(sheet.name));
  const names = [...workbook.definedNames.model].sort((a, b) => a.name.localeCompare(b.name));
  return {
    sheets: wanted.map(sheetSnapshot),
    names: Object.fromEntries(names.map((n) => [n.name, n.ranges.map(normaliseReference).join(",")])),
  };
}
