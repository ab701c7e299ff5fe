/**
 * Expands a template's row sources into concrete rows: fixed rows as declared, the program
 * catalog in table order with each Dự án's children, indicators under dimension headings,
 * one row per setting (several for lists), and the counterpart group table.
 */
import type { CapitalType, ProgramFile } from "../../programs/types";
import { catalogInTableOrder, childrenOf } from "../../programs/registry";
import type { PlanSettings } from "../../settings";
import type { PlannedValue } from "../../sheet-plan";
import { groupRowKey, listRowKey, type ListSettingKey } from "../column-keys";
import type { FixedRow, IndicatorDimension, RowCells, RowSource, SettingRow } from "../template-spec";
import { listSettingValues, settingValue } from "./setting-values";

export interface RowInstance {
  readonly key: string | null;
  readonly role: string;
  readonly bold: boolean;
  readonly fields: Readonly<Record<string, PlannedValue>>;
  readonly cells?: RowCells;
  readonly merge?: readonly [string, string];
  /** Row keys this row sums (a Dự án's Tiểu dự án). */
  readonly children: readonly string[];
  /** The catalog item's capital types, for inputs limited to one of them. */
  readonly capital?: readonly CapitalType[];
}

export interface SourceContext {
  readonly program: ProgramFile;
  readonly settings: PlanSettings;
}

const DEFAULT_ROLE = "row";

function fixedRow(row: FixedRow): RowInstance {
  return {
    key: row.key,
    role: row.role ?? DEFAULT_ROLE,
    bold: row.bold ?? false,
    fields: row.fields ?? {},
    children: [],
    ...(row.cells ? { cells: row.cells } : {}),
    ...(row.merge ? { merge: row.merge } : {}),
  };
}

function catalogRows(program: ProgramFile): RowInstance[] {
  return catalogInTableOrder(program).map((item) => {
    const children = childrenOf(program, item.code).map((child) => child.code);
    const role = item.parent ? "subproject" : children.length > 0 ? "project" : "project-leaf";
    return {
      key: item.code,
      role,
      bold: !item.parent,
      fields: { number: item.number, name: item.name },
      children,
      capital: item.capital,
    };
  });
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

function indicatorRows(dimensions: readonly IndicatorDimension[]): RowInstance[] {
  return dimensions.flatMap((dimension, d) => [
    {
      key: null,
      role: "heading",
      bold: true,
      fields: { number: ROMAN[d] ?? String(d + 1), text: dimension.label },
      children: [],
    },
    ...dimension.indicators.map((indicator, i) => ({
      key: indicator.id,
      role: indicator.unit === "%" ? "indicator-percent" : "indicator-count",
      bold: false,
      fields: { number: String(i + 1), text: indicator.text, unit: indicator.unit },
      children: [],
    })),
  ]);
}

function settingRow(
  key: string,
  label: string,
  note: string | undefined,
  value: PlannedValue,
  cells: RowCells,
): RowInstance {
  return {
    key,
    role: "setting",
    bold: false,
    fields: { label, value, note: note ?? null },
    cells,
    children: [],
  };
}

function listRows(
  row: SettingRow,
  list: NonNullable<SettingRow["list"]>,
  settings: PlanSettings,
): RowInstance[] {
  const values = listSettingValues(row.key as ListSettingKey, settings);
  const count = Math.max(list.minRows, values.length + list.spare);
  return Array.from({ length: count }, (_, i) =>
    settingRow(
      listRowKey(row.key as ListSettingKey, i),
      `${row.label} ${i + 1}`,
      i === 0 ? row.note : undefined,
      values[i] ?? null,
      row.cells,
    ),
  );
}

function settingRows(rows: readonly SettingRow[], { program, settings }: SourceContext): RowInstance[] {
  return rows.flatMap((row) =>
    row.list
      ? listRows(row, row.list, settings)
      : [settingRow(row.key, row.label, row.note, settingValue(row.key, program, settings), row.cells)],
  );
}

function groupRows(
  heading: Readonly<Record<string, string>>,
  editableRows: number,
  program: ProgramFile,
): RowInstance[] {
  const head: RowInstance = { key: null, role: "group-heading", bold: true, fields: heading, children: [] };
  const { groups } = program.counterpart;
  const rows: RowInstance[] =
    groups.length > 0
      ? groups.map((group, i) => ({
          key: groupRowKey(i),
          role: "group",
          bold: false,
          fields: { label: group.label, ratio: group.minRatio, id: group.id },
          children: [],
        }))
      : Array.from({ length: editableRows }, (_, i) => ({
          key: groupRowKey(i),
          role: "group-editable",
          bold: false,
          fields: {},
          children: [],
        }));
  return [head, ...rows];
}

export function expandSource(source: RowSource, context: SourceContext): RowInstance[] {
  switch (source.from) {
    case "rows":
      return source.rows.map(fixedRow);
    case "catalog":
      return catalogRows(context.program);
    case "indicators":
      return indicatorRows(source.dimensions);
    case "settings":
      return settingRows(source.rows, context);
    case "groups":
      return groupRows(
        source.heading as Readonly<Record<string, string>>,
        source.editableRows,
        context.program,
      );
  }
}
