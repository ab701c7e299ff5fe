/**
 * Our own sheets read back as typed data: find them by marker name, then read settings,
 * funds, household and indicator targets and assignments, every value with its cell; and
 * the cell edits that write changed settings back.
 * Run domain/grid-values.ts computeValues on the grid first so formulas have values.
 */
export {
  findNarrativeSheets,
  findOwnSheets,
  firstOwnSheet,
  isNarrativeMarker,
  parseMarkerName,
  type MarkerName,
  type OwnSheet,
} from "./find-own-sheets";
export {
  openSheet,
  SheetReading,
  type ReadProblem,
  type ReadProblemKind,
  type TracedNumber,
  type TracedText,
} from "./reading";
export {
  BLANK_SETTINGS,
  readSettings,
  type CounterpartGroupRow,
  type SettingsReading,
} from "./read-settings";
export { canWriteSetting, editableSettings, settingsEdits, type EditableSettings } from "./settings-edits";
export {
  AMOUNT_COLUMNS,
  readFunds,
  type AmountCells,
  type AmountKey,
  type Amounts,
  type CounterpartLine,
  type CounterpartLines,
  type FundsLine,
  type FundsRow,
  type FundsTable,
} from "./read-funds";
export {
  HOUSEHOLD_ROWS,
  readHouseholds,
  type HouseholdFigure,
  type HouseholdFigures,
  type HouseholdTargets,
} from "./read-households";
export { readIndicators, type IndicatorTarget, type IndicatorTargets } from "./read-indicators";
export { readAssignments, type Assignment, type Assignments } from "./read-assignments";
