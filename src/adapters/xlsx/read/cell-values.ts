/**
 * ExcelJS cell contents to the read port's values: rich text and hyperlinks become their
 * plain text, dates become Excel serial numbers in the workbook's own date system, error
 * codes become ErrorCells. Only what a cell shows is kept; fonts and links are not.
 */
import { ERROR_VALUES, type ErrorValue, type GridValue } from "../../../domain/workbook";

/** Excel's serial number of 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer. */
const SERIAL_OF_1970 = 25569;
const DAYS_1900_TO_1904 = 1462;
const MS_PER_DAY = 86_400_000;

export interface DateSystem {
  readonly date1904: boolean;
}

/** ExcelJS turns serials into Dates at UTC midnight (plus the time of day); this is its inverse. */
export function dateSerial(date: Date, system: DateSystem): number {
  const serial = SERIAL_OF_1970 + date.getTime() / MS_PER_DAY;
  return system.date1904 ? serial - DAYS_1900_TO_1904 : serial;
}

const KNOWN_ERRORS: ReadonlySet<string> = new Set(ERROR_VALUES);

/** Newer Excel errors (#FIELD!, #BLOCKED!, #BUSY! …) are outside the port's list; #VALUE! stands in. */
function errorValue(code: unknown): ErrorValue {
  return typeof code === "string" && KNOWN_ERRORS.has(code) ? (code as ErrorValue) : "#VALUE!";
}

interface RichTextRun {
  readonly text?: unknown;
}

function objectValue(raw: object, system: DateSystem): GridValue {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : dateSerial(raw, system);
  if ("richText" in raw && Array.isArray(raw.richText)) {
    return (raw.richText as RichTextRun[])
      .map((run) => (typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  if ("error" in raw) return { error: errorValue(raw.error) };
  /** A hyperlink: { text, hyperlink }, where text may itself be rich text. */
  if ("text" in raw) return gridValue(raw.text, system);
  return null;
}

/** A constant or a cached formula result as the grid stores it. */
export function gridValue(raw: unknown, system: DateSystem): GridValue {
  switch (typeof raw) {
    case "number":
      return Number.isFinite(raw) ? raw : { error: "#NUM!" };
    case "string":
    case "boolean":
      return raw;
    case "object":
      return raw === null ? null : objectValue(raw, system);
    default:
      return null;
  }
}
