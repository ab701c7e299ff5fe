/**
 * Range.values, Range.formulas and Range.numberFormat of the fake: 2-D arrays whose shape
 * must match the range (Excel throws InvalidArgument otherwise), where null leaves a cell
 * as it is, "" clears it, and entries are read like typed text (typed-input.ts).
 */
import type { ExcelCellInput, ExcelCellValue } from "../office/excel-api";
import { columnCount, mapArea, rowCount, type Area } from "./areas";
import { shapeMismatch } from "./fake-errors";
import { assertCanEdit, assertCanFormat } from "./protection-guard";
import type { RangeTarget } from "./range-target";
import { readTypedInput } from "./typed-input";
import { cellAt, ensureCell, GENERAL, type CellState } from "./workbook-state";

function assertShape(matrix: unknown, area: Area, location: string): asserts matrix is unknown[][] {
  const fits =
    Array.isArray(matrix) &&
    matrix.length === rowCount(area) &&
    matrix.every((row) => Array.isArray(row) && row.length === columnCount(area));
  if (!fits) throw shapeMismatch(location);
}

function entryAt<V>(matrix: readonly (readonly V[])[], area: Area, row: number, col: number): V | undefined {
  return matrix[row - area.top]?.[col - area.left];
}

/** Excel gives "" for an empty cell; a formula nobody calculated reads as null in the fake. */
function cellValue(cell: CellState | undefined): ExcelCellValue | null {
  if (!cell) return "";
  if (cell.formula !== null) return cell.value;
  return cell.value ?? "";
}

export function readValues(target: RangeTarget): (ExcelCellValue | null)[][] {
  return mapArea(target.area, (r, c) => cellValue(cellAt(target.sheet, r, c)));
}

export function readFormulas(target: RangeTarget): ExcelCellValue[][] {
  return mapArea(target.area, (r, c) => {
    const cell = cellAt(target.sheet, r, c);
    return cell?.formula ?? cell?.value ?? "";
  });
}

export function readNumberFormats(target: RangeTarget): string[][] {
  return mapArea(target.area, (r, c) => cellAt(target.sheet, r, c)?.numberFormat ?? GENERAL);
}

function typeInto(cell: CellState, entry: ExcelCellValue): void {
  const content = readTypedInput(entry, cell.numberFormat === "@");
  cell.formula = content.kind === "formula" ? content.formula : null;
  cell.value = content.kind === "constant" ? content.value : null;
}

/** Range.values and Range.formulas share one writer: both are read as typed text. */
export function writeContent(target: RangeTarget, matrix: unknown, location: string): void {
  const { sheet, area } = target;
  assertShape(matrix, area, location);
  const entries = matrix as ExcelCellInput[][];
  assertCanEdit(sheet, area, (r, c) => entryAt(entries, area, r, c) !== null, location);
  mapArea(area, (r, c) => {
    const entry = entryAt(entries, area, r, c);
    if (entry !== null && entry !== undefined) typeInto(ensureCell(sheet, r, c), entry);
  });
}

export function writeNumberFormats(target: RangeTarget, matrix: unknown, location: string): void {
  const { sheet, area } = target;
  assertShape(matrix, area, location);
  assertCanFormat(sheet, "cells", location);
  const formats = matrix as (string | null)[][];
  mapArea(area, (r, c) => {
    const format = entryAt(formats, area, r, c);
    if (typeof format === "string") ensureCell(sheet, r, c).numberFormat = format === "" ? GENERAL : format;
  });
}
