/**
 * Every target says what it counts (domain.md §5): each row of Biểu 02 and Biểu 03 with a
 * target has a unit in its "Đơn vị tính" cell, or at least in its label ("… (%)"). For an
 * indicator of our own list the unit is known, so filling it in keeps the author's intent
 * and is offered as a fix. A transposed Biểu 02 has one row per kind of household (hộ
 * nghèo, hộ cận nghèo) and its figures across, each headed with its unit ("Số hộ", "Tỷ
 * lệ (%)"): its rows are not targets and have no unit of their own to miss. A Biểu 02
 * without a unit column names its figures' units in their labels ("Số hộ …").
 */
import { toA1 } from "../../address/cell-address";
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import { B03_COLUMNS } from "../../templates/column-keys";
import {
  indicatorRows,
  knownUnit,
  labelText,
  shortLabel,
  targetNumber,
  targetTables,
  unitInLabel,
  unitText,
  valueKeys,
} from "../checks/target-cells";
import type { Fix, Issue } from "../issue";
import { cellIssue, fixOf, valueEdit, type CellRef } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "indicator-unit",
  kind: "targets",
  severity: "warning",
  description: {
    vi: "Mỗi chỉ tiêu phải ghi đơn vị tính (%, hộ, người…).",
    en: "Every target must state its unit (%, households, people…).",
  },
  messages: {
    "indicator-unit/missing": {
      vi: "Ô {cell} ({indicator}): chỉ tiêu chưa ghi đơn vị tính (%, hộ, người…).",
      en: "Cell {cell} ({indicator}): the target has no unit (%, households, people…).",
    },
    "indicator-unit/fill": {
      vi: 'Ghi đơn vị tính "{unit}" vào ô {cell}',
      en: 'Enter the unit "{unit}" in cell {cell}',
    },
  },
};

const LABEL_KEY = B03_COLUMNS.chiTieu;

/** A row with neither a label nor a number is an empty line, not a target without a unit. */
function statesTarget(ctx: RuleContext, table: RecognisedTable, row: RecognisedRow): boolean {
  const hasNumber = valueKeys(table).some((key) => targetNumber(ctx, table, row.row, key) !== null);
  return hasNumber || labelText(ctx, table, row) !== "";
}

/** A column of the sheet, or undefined: a key mapped to no real column (0) has no cell to point at. */
function columnOf(table: RecognisedTable, key: string): number | undefined {
  const col = table.columns.get(key);
  return col !== undefined && col >= 1 ? col : undefined;
}

function where(table: RecognisedTable, row: RecognisedRow): CellRef {
  const col = columnOf(table, B03_COLUMNS.dvt) ?? columnOf(table, LABEL_KEY) ?? 1;
  return { sheet: table.sheet, row: row.row, col };
}

function fillUnit(table: RecognisedTable, row: RecognisedRow, at: CellRef): Fix | undefined {
  const unit = knownUnit(table, row);
  if (!unit || columnOf(table, B03_COLUMNS.dvt) === undefined) return undefined;
  return fixOf("indicator-unit/fill", { unit, cell: toA1(at) }, [valueEdit(at, unit)]);
}

/** Tables whose rows are targets: Biểu 03, and Biểu 02 with one row per figure. */
function tablesOfTargets(ctx: RuleContext): RecognisedTable[] {
  return targetTables(ctx).filter((table) => table.kind === "bieu-03" || table.transposed !== true);
}

/**
 * A Biểu 02 laid out without a unit column says its unit in each figure's name ("Số hộ…",
 * "Tỷ lệ…"), as the annual review forms do; only an unknown row there lacks one.
 */
function unitImplied(table: RecognisedTable, row: RecognisedRow): boolean {
  return table.kind === "bieu-02" && !table.columns.has(B03_COLUMNS.dvt) && knownUnit(table, row) !== null;
}

function check(ctx: RuleContext): Issue[] {
  return tablesOfTargets(ctx).flatMap((table) =>
    indicatorRows(table).flatMap((row) => {
      const label = labelText(ctx, table, row);
      if (unitText(ctx, table, row) !== "" || unitInLabel(label) || unitImplied(table, row)) return [];
      if (!statesTarget(ctx, table, row)) return [];
      const at = where(table, row);
      const data = { cell: toA1(at), indicator: shortLabel(label) || `dòng ${row.row}` };
      const fix = fillUnit(table, row, at);
      return [cellIssue(meta, at, "indicator-unit/missing", data, fix ? { fix } : {})];
    }),
  );
}

export const rule: Rule = { meta, check };
