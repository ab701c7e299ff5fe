/**
 * The plan narrative: build a NarrativeInput from any workbook (narrativeInputFromWorkbook:
 * our own sheets by key, the offices' own layouts through recognition), turn it into a
 * document tree, and render the tree (render/text.ts for plain text, render/sheet.ts for
 * the "Thuyết minh" worksheet; the .docx renderer elsewhere).
 */
export { buildNarrative, type BuildOptions } from "./build";
export * from "./document";
export type * from "./input";
export { narrativeInputFromWorkbook, type FromWorkbookOptions } from "./from-workbook";
export {
  narrativeInputFromOwnSheets,
  NarrativeInputError,
  type FromOwnSheetsOptions,
  type NarrativeInputProblem,
} from "./own-sheets/from-own-sheets";
export { narrativeInputFromRecognition, type FromRecognitionOptions } from "./recognised/from-recognition";
export { NARRATIVE_SHEET_NAME, planNarrativeSheet } from "./render/sheet";
export { renderText } from "./render/text";
