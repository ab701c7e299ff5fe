/**
 * Biểu 02 and Biểu 03 in the offices' own layouts, as the narrative's targets. Household
 * figures are read by key whichever way the table runs (tableCell swaps a transposed
 * one's keys); rates become fractions. Indicators matched to ours keep our wording, which
 * the sentences are written around, and the unit the sheet gives (else ours); a rate typed
 * as 96, formatted 0,96 as % or written "96%" is 0,96 alike.
 */
import { tableCell } from "../../detect/table-cells";
import type { RecognisedTable } from "../../detect/table";
import { textKey } from "../../detect/text-key";
import { B02_COLUMNS, B02_ROWS, B03_COLUMNS } from "../../templates/column-keys";
import { INDICATORS, type Indicator } from "../../templates/indicators";
import type { HouseholdLine, HouseholdsInput, IndicatorInput, Traced } from "../input";
import type { CellReader } from "./cell-reader";

type Figure = keyof HouseholdLine;

const FIGURES: Readonly<Record<Figure, string>> = {
  start: B02_ROWS.start,
  startRate: B02_ROWS.startRate,
  exits: B02_ROWS.exits,
  end: B02_ROWS.end,
  endRate: B02_ROWS.endRate,
  reduction: B02_ROWS.reduction,
};
const RATES: ReadonlySet<Figure> = new Set(["startRate", "endRate", "reduction"]);

function householdLine(reader: CellReader, table: RecognisedTable, kind: string): HouseholdLine {
  const line: Partial<Record<Figure, Traced>> = {};
  for (const figure of Object.keys(FIGURES) as Figure[]) {
    const cell = tableCell(table, FIGURES[figure], kind);
    const value = cell && reader.target(table.sheet, cell, RATES.has(figure));
    if (value) line[figure] = value;
  }
  return line;
}

export function recognisedHouseholds(reader: CellReader, table: RecognisedTable): HouseholdsInput {
  return {
    poor: householdLine(reader, table, B02_COLUMNS.hoNgheo),
    nearPoor: householdLine(reader, table, B02_COLUMNS.hoCanNgheo),
  };
}

function isRateUnit(unit: string): boolean {
  const key = textKey(unit);
  return unit.includes("%") || key === "ty le" || key === "phan tram";
}

/** "%" for any way of writing a rate, the sheet's own word for a count, else our unit. */
function unitOf(written: string, known: Indicator | undefined, label: string): string {
  if (written !== "") return isRateUnit(written) ? "%" : written.toLocaleLowerCase("vi");
  if (known) return known.unit;
  return label.includes("%") ? "%" : "";
}

function indicatorAt(
  reader: CellReader,
  table: RecognisedTable,
  row: RecognisedTable["rows"][number],
  known: readonly Indicator[],
): IndicatorInput {
  const indicator = known.find((i) => i.id === row.key);
  const col = (key: string) => table.columns.get(key);
  const dvt = col(B03_COLUMNS.dvt);
  const plan = col(B03_COLUMNS.plan);
  const unit = unitOf(
    dvt === undefined ? "" : reader.text(table.sheet, { row: row.row, col: dvt }),
    indicator,
    row.label,
  );
  const value =
    plan === undefined ? undefined : reader.target(table.sheet, { row: row.row, col: plan }, unit === "%");
  return {
    id: row.key ?? "",
    dimension: indicator?.dimension ?? null,
    text: indicator?.text ?? row.label.normalize("NFC"),
    unit,
    plan: value ?? null,
  };
}

/** The table's indicator rows in sheet order; headings and rows matched to nothing are left out. */
export function recognisedIndicators(
  reader: CellReader,
  table: RecognisedTable,
  known: readonly Indicator[] = INDICATORS,
): IndicatorInput[] {
  const { first, last } = table.bodyRows;
  return table.rows
    .filter((row) => row.row >= first && row.row <= last && row.role === "item" && row.key !== null)
    .map((row) => indicatorAt(reader, table, row, known));
}
