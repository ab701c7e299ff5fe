/**
 * The formula each cell really holds. Excel saves copied formulas as shared formulas and
 * ExcelJS gives the copies only the master's address, so each copy gets the master's
 * formula moved by the core's shiftExpression (the master is parsed once per sheet). The
 * cells of an array formula ({=…} over C5:C9) all show the master's formula, as in Excel.
 */
import type ExcelJS from "exceljs";
import type { CellAddress, RangeAddress } from "../../../domain/address/cell-address";
import type { Expr } from "../../../domain/formula/ast";
import { tryParseFormula } from "../../../domain/formula/parse";
import { printExpression } from "../../../domain/formula/print";
import { shiftExpression } from "../../../domain/formula/shift";
import { readReference } from "./references";

/** The formula fields of an ExcelJS cell model; `shareType` and `ref` are missing from its types. */
export interface FormulaModel {
  readonly formula?: string;
  readonly sharedFormula?: string;
  readonly shareType?: string;
  readonly ref?: string;
}

interface Master {
  readonly at: CellAddress;
  readonly expr: Expr | null;
}

interface ArrayArea {
  readonly range: RangeAddress;
  readonly formula: string;
}

function withEquals(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

function inside(range: RangeAddress, row: number, col: number): boolean {
  return row >= range.start.row && row <= range.end.row && col >= range.start.col && col <= range.end.col;
}

/** One per worksheet: remembers shared masters and array areas while the cells are read in order. */
export class SheetFormulas {
  private readonly masters = new Map<string, Master>();
  private readonly arrays: ArrayArea[] = [];

  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  /** The formula of a formula cell, with "="; `cell` is only used when a master cannot be parsed. */
  formulaOf(model: FormulaModel, at: CellAddress, cell: ExcelJS.Cell): string | null {
    if (model.formula) {
      if (model.shareType === "array" && model.ref) this.addArray(model.ref, model.formula);
      return withEquals(model.formula);
    }
    if (model.sharedFormula) return this.shared(model.sharedFormula, at, cell);
    return null;
  }

  /** The array formula covering a cell that holds only a value, if any. */
  arrayFormulaAt(row: number, col: number): string | null {
    if (this.arrays.length === 0) return null;
    return this.arrays.find((area) => inside(area.range, row, col))?.formula ?? null;
  }

  /** A malformed ref only loses the formula on the other cells; the master keeps it. */
  private addArray(ref: string, formula: string): void {
    const area = readReference(ref);
    if (area) this.arrays.push({ range: area.range, formula: withEquals(formula) });
  }

  private shared(masterA1: string, at: CellAddress, cell: ExcelJS.Cell): string | null {
    const master = this.master(masterA1);
    if (master?.expr) {
      const moved = shiftExpression(master.expr, at.row - master.at.row, at.col - master.at.col);
      return `=${printExpression(moved)}`;
    }
    /** A master our parser refuses: ExcelJS's own translation is the best text there is. */
    return cell.formula ? withEquals(cell.formula) : null;
  }

  private master(masterA1: string): Master | null {
    const known = this.masters.get(masterA1);
    if (known) return known;
    const at = readReference(masterA1)?.range.start;
    if (!at) return null;
    const formula = (this.sheet.findCell(at.row, at.col)?.model as FormulaModel | undefined)?.formula;
    if (!formula) return null;
    const parsed = tryParseFormula(formula);
    const master = { at, expr: parsed.ok ? parsed.expr : null };
    this.masters.set(masterA1, master);
    return master;
  }
}
