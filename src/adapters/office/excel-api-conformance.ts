/**
 * Compile-time proof that the real `Excel` global (as @types/office-js describes it) fits
 * our ExcelApi subset, and `Office.context.requirements` fits RequirementSetSupport. Nothing
 * here runs: when a new @types/office-js renames or retypes a member we use, tsc fails on
 * this file.
 */
import type { ExcelApi, RequirementSetSupport } from "./excel-api";

type Conforms<Actual extends Expected, Expected> = [Actual, Expected];

export type RealExcelConforms = Conforms<typeof Excel, ExcelApi>;
export type RealRequirementsConform = Conforms<Office.RequirementSetSupport, RequirementSetSupport>;
