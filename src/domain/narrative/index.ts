/**
 * The plan narrative: build a NarrativeInput (from our own sheets, or later from recognised
 * foreign tables), turn it into a document tree, and render the tree (render/text.ts for
 * plain text; the .docx renderer elsewhere).
 */
export { buildNarrative, type BuildOptions } from "./build";
export * from "./document";
export type * from "./input";
export {
  narrativeInputFromOwnSheets,
  NarrativeInputError,
  type FromOwnSheetsOptions,
  type NarrativeInputProblem,
} from "./own-sheets/from-own-sheets";
export { renderText } from "./render/text";
