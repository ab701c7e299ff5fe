/**
 * Dates as Vietnamese administrative documents print them. Nghị định 30/2020/NĐ-CP wants
 * a leading zero for days below 10 and for months 1 and 2 ("ngày 05 tháng 02 năm 2025",
 * "ngày 12 tháng 3 năm 2025"); citations use "18/01/2022". Dates travel as ISO strings.
 */
import { type CalendarDate, parseIsoDate } from "./calendar";

export { parseDate, type ParseDateOptions } from "./parse-date";

/** The gap left for the day and month on a plan printed before it is signed. */
const BLANK = " ".repeat(6);

function requireIsoDate(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  return date;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2025-02-05" -> "ngày 05 tháng 02 năm 2025"; "2025-03-12" -> "ngày 12 tháng 3 năm 2025". */
export function formatLongDate(iso: string): string {
  const { year, month, day } = requireIsoDate(iso);
  const monthText = month <= 2 ? twoDigits(month) : String(month);
  return `ngày ${twoDigits(day)} tháng ${monthText} năm ${year}`;
}

/**
 * The place-and-date line under the national motto: "Ba Dinh, ngày 05 tháng 02 năm 2025".
 * Without a date it leaves blanks for the officer to fill in by hand after signing,
 * "Ba Dinh, ngày      tháng      năm 2025", with the plan's year when given.
 */
export function formatPlaceDate(place: string, iso: string): string;
export function formatPlaceDate(place: string, iso: null, year: number): string;
export function formatPlaceDate(place: string, iso: string | null, year?: number): string;
export function formatPlaceDate(place: string, iso: string | null, year?: number): string {
  if (iso !== null) return `${place}, ${formatLongDate(iso)}`;
  const yearText = year === undefined ? BLANK : ` ${year}`;
  return `${place}, ngày${BLANK}tháng${BLANK}năm${yearText}`;
}

/** "2022-01-18" -> "18/01/2022", as legal citations write the date of a decision. */
export function formatShortDate(iso: string): string {
  const { year, month, day } = requireIsoDate(iso);
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}
