/**
 * Recognition of the plan's tables in any workbook: `recognise` over the read port's
 * grids gives every table mapped to our column keys and catalog codes, the program, the
 * settings and notes on what could not be placed. Validation and the narrative read
 * tables through this, cells by key through `tableCell`, and sums pulled from other
 * sheets through `followReference`.
 */
export type {
  Recognition,
  RecognisedRow,
  RecognisedTable,
  RecognitionNote,
  RowRole,
  SheetKind,
  TableKind,
} from "./table";
export { recognise, type RecogniseOptions } from "./recognise";
export { tableCell, tableRow } from "./table-cells";
export { followReference, type ReferenceTrail, type SheetCellRef, type TrailEnd } from "./follow-reference";
export { NOTE_IDS, NOTE_MESSAGES, type NoteId, type NoteText } from "./notes";
export { parseUnitLine, type UnitLine } from "./units";
