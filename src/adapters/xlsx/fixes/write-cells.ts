/**
 * Writes fix and undo edits into ExcelJS cells so that they read back as written: formulas
 * without their "=", error constants ("#N/A") as errors, text as text (ExcelJS never
 * reinterprets a string, so no apostrophe is needed). A cell that is the master of a shared
 * formula (Excel saves copied formulas that way) first hands each copy its own formula:
 * ExcelJS would otherwise move the new formula into every copy on save.
 */
import type ExcelJS from "exceljs";
import { ERROR_VALUES, type CellEdit } from "../../../domain/workbook";
import { excelJsFormula } from "../cell-values";
import { SheetFormulas, type FormulaModel } from "../read/formulas";

const ERRORS: ReadonlySet<string> = new Set(ERROR_VALUES);

type CellModel = FormulaModel & { readonly result?: unknown };

export function editValue(edit: CellEdit): ExcelJS.CellValue {
  if (edit.formula !== undefined) return { formula: excelJsFormula(edit.formula) };
  const { value } = edit;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" && ERRORS.has(value)) return { error: value } as ExcelJS.CellErrorValue;
  return value;
}

/** Gives every copy of `master`'s shared formula its own formula and cached result. */
function detachSharedCopies(worksheet: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  if ((master.model as CellModel).shareType !== "shared") return;
  const formulas = new SheetFormulas(worksheet);
  worksheet.eachRow((row) =>
    row.eachCell((cell, col) => {
      const model = cell.model as CellModel;
      if (model.sharedFormula !== master.address) return;
      const formula = formulas.formulaOf(model, { row: row.number, col }, cell);
      cell.value =
        formula === null
          ? null
          : ({ formula: excelJsFormula(formula), result: model.result } as ExcelJS.CellFormulaValue);
    }),
  );
}

export function writeEdit(worksheet: ExcelJS.Worksheet, edit: CellEdit): void {
  const cell = worksheet.getCell(edit.address.row, edit.address.col);
  detachSharedCopies(worksheet, cell);
  cell.value = editValue(edit);
}
