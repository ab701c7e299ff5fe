/**
 * Biểu 02 read back: total households, and for poor and near-poor households the number
 * at the start of the year, the planned exits, returns and new cases, the year-end number
 * and the rates, each with the cell it came from. An empty cell is null (not yet filled
 * in), unlike a funds amount: "0 hộ thoát nghèo" is a target, an empty cell is not.
 */
import { B02_COLUMNS as C, B02_ROWS as R } from "../templates/column-keys";
import type { WorkbookGrid } from "../workbook";
import type { OwnSheet } from "./find-own-sheets";
import { openSheet, type ReadProblem, type SheetReading, type TracedNumber } from "./reading";

/** Figure -> row key; rates are fractions (0,0412 = 4,12%). */
export const HOUSEHOLD_ROWS = {
  start: R.start,
  startRate: R.startRate,
  startEthnic: R.startEthnic,
  exits: R.exits,
  returns: R.returns,
  added: R.added,
  end: R.end,
  endRate: R.endRate,
  reduction: R.reduction,
} as const;

export type HouseholdFigure = keyof typeof HOUSEHOLD_ROWS;
export type HouseholdFigures = { readonly [K in HouseholdFigure]: TracedNumber };

export interface HouseholdTargets {
  readonly sheet: string;
  readonly totalHouseholds: TracedNumber;
  readonly poor: HouseholdFigures;
  readonly nearPoor: HouseholdFigures;
  readonly problems: readonly ReadProblem[];
}

function figures(reading: SheetReading, colKey: string): HouseholdFigures {
  const entries = (Object.keys(HOUSEHOLD_ROWS) as HouseholdFigure[]).map(
    (figure) => [figure, reading.number(HOUSEHOLD_ROWS[figure], colKey)] as const,
  );
  return Object.fromEntries(entries) as HouseholdFigures;
}

export function readHouseholds(grid: WorkbookGrid, own: OwnSheet): HouseholdTargets {
  const reading = openSheet(grid, own);
  return {
    sheet: reading.sheet,
    totalHouseholds: reading.number(R.totalHouseholds, C.hoNgheo),
    poor: figures(reading, C.hoNgheo),
    nearPoor: figures(reading, C.hoCanNgheo),
    problems: reading.problems,
  };
}
