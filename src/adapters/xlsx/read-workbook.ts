/**
 * An ExcelJS workbook as the read port's plain grids, in one pass over the stored cells:
 * values (dates as serial numbers, rich text as text, errors as ErrorCells), formulas with
 * "=" as each cell holds them (shared formulas moved to the cell, array formulas on every
 * cell they cover), number formats, hidden rows and columns, merges, visibility,
 * protection and defined names. A formula whose result the file does not hold is marked
 * valueKnown: false; domain/grid-values.ts computes those.
 */
import ExcelJS from "exceljs";
import type { RangeAddress } from "../../domain/address/cell-address";
import { cellKey, type GridCell, type SheetGrid, type WorkbookGrid } from "../../domain/workbook";
import { sheetProtection } from "./exceljs-internals";
import { gridValue, type DateSystem } from "./read/cell-values";
import { SheetFormulas, type FormulaModel } from "./read/formulas";
import { readDefinedNames } from "./read/names";

const GENERAL = "General";

type CellModel = ExcelJS.CellModel & FormulaModel;

/** Merged areas grow from their top-left cell as the covered cells are met. */
class MergeCollector {
  private readonly areas = new Map<string, RangeAddress>();

  cover(master: ExcelJS.Cell, row: number, col: number): void {
    const { address, row: masterRow, col: masterCol } = master.fullAddress;
    const area = this.areas.get(address);
    const end = area?.end ?? { row: masterRow, col: masterCol };
    this.areas.set(address, {
      start: { row: masterRow, col: masterCol },
      end: { row: Math.max(end.row, row), col: Math.max(end.col, col) },
    });
  }

  ranges(): RangeAddress[] {
    return [...this.areas.values()];
  }
}

interface SheetReader {
  readonly dates: DateSystem;
  readonly formulas: SheetFormulas;
  readonly merges: MergeCollector;
  readonly cells: Map<number, GridCell>;
}

function numberFormat(cell: ExcelJS.Cell): string {
  return cell.numFmt || GENERAL;
}

function formulaCell(reader: SheetReader, cell: ExcelJS.Cell, model: CellModel, formula: string): GridCell {
  const known = model.result !== undefined && model.result !== null;
  return {
    value: known ? gridValue(model.result, reader.dates) : null,
    valueKnown: known,
    formula,
    numberFormat: numberFormat(cell),
  };
}

/** A hyperlink keeps its shown text in `text`; a formula that could not be read keeps its result. */
function storedValue(model: CellModel): unknown {
  if (model.type === ExcelJS.ValueType.Hyperlink) return model.text;
  return model.type === ExcelJS.ValueType.Formula ? model.result : model.value;
}

/** The cell as the grid holds it, or null when it is empty or covered by a merge. */
function readCell(reader: SheetReader, cell: ExcelJS.Cell, row: number, col: number): GridCell | null {
  /** `model` keeps a cached 0 or FALSE that `cell.value` drops (shared/real-files.md). */
  const model = cell.model as CellModel;
  if (model.type === ExcelJS.ValueType.Merge) {
    reader.merges.cover(cell.master, row, col);
    return null;
  }
  if (model.type === ExcelJS.ValueType.Formula) {
    const formula = reader.formulas.formulaOf(model, { row, col }, cell);
    if (formula !== null) return formulaCell(reader, cell, model, formula);
  }
  const value = gridValue(storedValue(model), reader.dates);
  const arrayFormula = reader.formulas.arrayFormulaAt(row, col);
  if (arrayFormula !== null)
    return { value, valueKnown: true, formula: arrayFormula, numberFormat: numberFormat(cell) };
  if (value === null || value === "") return null;
  return { value, valueKnown: true, formula: null, numberFormat: numberFormat(cell) };
}

function hiddenColumns(sheet: ExcelJS.Worksheet): Set<number> {
  const hidden = new Set<number>();
  (sheet.columns ?? []).forEach((column, i) => {
    if (column?.hidden) hidden.add(i + 1);
  });
  return hidden;
}

function readSheet(sheet: ExcelJS.Worksheet, dates: DateSystem): SheetGrid {
  const reader: SheetReader = {
    dates,
    formulas: new SheetFormulas(sheet),
    merges: new MergeCollector(),
    cells: new Map(),
  };
  const hiddenRows = new Set<number>();
  let maxRow = 0;
  let maxCol = 0;
  for (const row of sheet.findRows(1, sheet.rowCount) ?? []) {
    if (!row) continue;
    if (row.hidden) hiddenRows.add(row.number);
    row.eachCell((cell, col) => {
      const read = readCell(reader, cell, row.number, col);
      if (!read) return;
      reader.cells.set(cellKey(row.number, col), read);
      maxRow = row.number;
      if (col > maxCol) maxCol = col;
    });
  }
  return {
    name: sheet.name,
    visible: sheet.state === undefined || sheet.state === "visible",
    protected: sheetProtection(sheet)?.sheet === true,
    cells: reader.cells,
    maxRow,
    maxCol,
    hiddenRows,
    hiddenCols: hiddenColumns(sheet),
    merges: reader.merges.ranges(),
  };
}

/** `source` names the workbook in messages (usually the file name). */
export function readWorkbookGrid(workbook: ExcelJS.Workbook, source: string): WorkbookGrid {
  const dates: DateSystem = { date1904: workbook.properties?.date1904 === true };
  return {
    source,
    sheets: workbook.worksheets.map((sheet) => readSheet(sheet, dates)),
    names: readDefinedNames(workbook),
  };
}
