/**
 * Our own sheets, recognised exactly: the marker name gives the table's range, the hidden
 * key row its columns and the hidden key column its rows (templates/table-keys.ts). Rows
 * take their role from their key (TOTAL, a catalog code, a figure or indicator id); the
 * counterpart lines under Phụ lục 01 lie outside the marker and are not table rows.
 */
import type { OwnSheet } from "../own-sheets";
import type { ProgramFile } from "../programs/types";
import { readTableKeys, type TableKeys } from "../templates/table-keys";
import { B02_COLUMNS, B03_COLUMNS, PC_COLUMNS, PL01_COLUMNS, PL01_ROWS } from "../templates/column-keys";
import { parseNumbering } from "./numbering";
import { childRows, type OutlineRow } from "./outline";
import type { SheetView } from "./sheet-view";
import type { RecognisedRow, RecognisedTable, RowRole, TableKind } from "./table";
import { findUnitLine } from "./units";

const LABEL_COLUMN: Readonly<Record<TableKind, string | null>> = {
  "phu-luc-01": PL01_COLUMNS.noiDung,
  "phan-cong": PC_COLUMNS.noiDung,
  "bieu-02": B02_COLUMNS.chiTieu,
  "bieu-03": B03_COLUMNS.chiTieu,
  "thong-tin-chung": null,
};

const CATALOG_TABLES: readonly TableKind[] = ["phu-luc-01", "phan-cong"];

/** The columns and rows our marker promises; null when the hidden keys were deleted. */
export function ownKeys(view: SheetView, own: OwnSheet): TableKeys | null {
  const keys = readTableKeys(own.marker, (row, col) => view.cell(row, col)?.value);
  return keys.columns.size >= 2 && keys.rows.size > 0 ? keys : null;
}

function roleOf(
  kind: TableKind,
  key: string | null,
  program: ProgramFile | null,
): { role: RowRole; level: number } {
  if (key === null) return { role: "group", level: 1 };
  if (!CATALOG_TABLES.includes(kind)) return { role: "item", level: 4 };
  if (key === PL01_ROWS.total) return { role: "total", level: 0 };
  const item = program?.catalog.find((i) => i.code === key);
  const sub = item ? item.parent !== undefined : key.includes(".");
  return sub ? { role: "subproject", level: 3 } : { role: "project", level: 2 };
}

/** The first body row: the first keyed row, or an earlier heading numbered in the TT column. */
function firstBodyRow(view: SheetView, own: OwnSheet, keys: TableKeys, tt: number | undefined): number {
  const firstKeyed = Math.min(...keys.rows.values());
  for (let row = own.marker.start.row; row < firstKeyed && tt !== undefined; row++) {
    const value = view.cell(row, tt)?.value;
    if ((typeof value === "string" || typeof value === "number") && parseNumbering(value)) return row;
  }
  return firstKeyed;
}

interface Line {
  readonly row: number;
  readonly key: string | null;
  readonly label: string;
}

function linesOf(view: SheetView, own: OwnSheet, first: number, labelCol: number | undefined): Line[] {
  const lines: Line[] = [];
  for (let row = first; row <= own.marker.end.row; row++) {
    const key = view.text(row, own.marker.start.col) || null;
    const label = labelCol === undefined ? "" : view.text(row, labelCol);
    if (key !== null || label !== "") lines.push({ row, key, label });
  }
  return lines;
}

export function ownTable(
  view: SheetView,
  own: OwnSheet,
  keys: TableKeys,
  program: ProgramFile | null,
): RecognisedTable {
  const kind = own.templateId;
  const labelKey = LABEL_COLUMN[kind];
  const first = firstBodyRow(view, own, keys, keys.columns.get(PL01_COLUMNS.tt));
  const lines = linesOf(view, own, first, labelKey === null ? undefined : keys.columns.get(labelKey));
  const roles = lines.map((line) => roleOf(kind, line.key, program));
  const outline: OutlineRow[] = lines.map((line, i) => ({
    row: line.row,
    role: roles[i]?.role ?? "other",
    level: roles[i]?.level ?? 2,
    hasAmounts: true,
  }));
  const parts = CATALOG_TABLES.includes(kind) ? childRows(outline) : [];
  const rows: RecognisedRow[] = lines.map((line, i) => ({
    row: line.row,
    key: line.key,
    label: line.label,
    role: roles[i]?.role ?? "other",
    childRows: parts[i] ?? [],
    hidden: view.hidden(line.row),
  }));
  const unit = kind === "phu-luc-01" ? findUnitLine(view, 1, own.marker.start.row) : null;
  return {
    kind,
    sheet: own.sheet,
    own: true,
    headerRows: { first: own.marker.start.row, last: first - 1 },
    bodyRows: { first, last: own.marker.end.row },
    columns: keys.columns,
    rows,
    unitFactor: unit?.factor ?? 1,
    unitText: unit?.text ?? null,
  };
}
