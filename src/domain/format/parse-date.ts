/**
 * Reads the dates offices put in cells and settings: ISO text, "05/02/2025" (day first,
 * as written in Vietnam), "ngày 05 tháng 02 năm 2025", Excel serial numbers and the Date
 * objects ExcelJS returns. Everything becomes an ISO "YYYY-MM-DD" string, or null.
 */
import {
  type CalendarDate,
  calendarDate,
  dateFromDayNumber,
  dayNumber,
  parseIsoDate,
  toIsoDate,
} from "./calendar";

export interface ParseDateOptions {
  /** The workbook uses the 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  readonly date1904?: boolean;
}

/** Excel's last serial in the 1900 system: 9999-12-31. */
const LAST_SERIAL = 2958465;
/** Excel's 1900 system counts a 29 February 1900 that never was (a Lotus 1-2-3 bug it kept). */
const FICTITIOUS_LEAP_DAY = 60;
const DAY_BEFORE_SERIAL_1 = dayNumber({ year: 1899, month: 12, day: 31 });
const DAY_OF_1904_SERIAL_0 = dayNumber({ year: 1904, month: 1, day: 1 });

/**
 * Serial 1 is 1900-01-01 and 59 is 1900-02-28; serial 60 is Excel's invented 1900-02-29
 * and gives null (no such day, and a plan dated 1900 is a typing error anyway); from 61 on
 * each serial is one day less than the count suggests, so 61 is 1900-03-01.
 */
function daysOf1900Serial(serial: number): number | null {
  if (serial < 1 || serial === FICTITIOUS_LEAP_DAY) return null;
  return DAY_BEFORE_SERIAL_1 + (serial > FICTITIOUS_LEAP_DAY ? serial - 1 : serial);
}

/** The time of day (the fraction) is dropped; dates after 9999-12-31 are not dates to Excel either. */
function fromExcelSerial(serial: number, date1904: boolean): CalendarDate | null {
  if (!Number.isFinite(serial) || serial > LAST_SERIAL) return null;
  const whole = Math.floor(serial);
  const days = date1904 ? (whole >= 0 ? DAY_OF_1904_SERIAL_0 + whole : null) : daysOf1900Serial(whole);
  const date = days === null ? null : dateFromDayNumber(days);
  return date && date.year <= 9999 ? date : null;
}

function fromDayFirst(text: string): CalendarDate | null {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  return m ? calendarDate(Number(m[4]), Number(m[3]), Number(m[1])) : null;
}

function fromWords(text: string): CalendarDate | null {
  const m = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(text);
  return m ? calendarDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

function fromText(text: string): CalendarDate | null {
  const trimmed = text.normalize("NFC").trim();
  const isoPrefix = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(trimmed);
  if (isoPrefix) return parseIsoDate(isoPrefix[1] ?? "");
  return fromDayFirst(trimmed) ?? fromWords(trimmed);
}

/** ExcelJS hands date cells over as Dates at UTC midnight, so the UTC fields are the cell's date. */
function fromDate(date: Date): CalendarDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "05/02/2025", "2025-02-05", 45693 or a Date -> "2025-02-05"; anything else -> null. */
export function parseDate(input: string | number | Date, options: ParseDateOptions = {}): string | null {
  let date: CalendarDate | null;
  if (typeof input === "number") date = fromExcelSerial(input, options.date1904 ?? false);
  else if (typeof input === "string") date = fromText(input);
  else date = fromDate(input);
  return date ? toIsoDate(date) : null;
}
