/**
 * The plan's number and date as the attachments cite it under their titles: "(Kèm theo Kế
 * hoạch số 152/KH-UBND ngày 20/6/2023 của UBND huyện Hậu Lộc)", also typed without
 * diacritics or as "ngày 05 tháng 02 năm 2025". A line left blank for the number or the
 * day ("số      /KH-UBND ngày      tháng 8 năm 2025") gives nothing: the plan is not yet
 * numbered or signed, and the narrative leaves those blanks too.
 */
import { parseDate } from "../../format/parse-date";
import { foldDiacritics } from "../../programs/names";
import { keyToAddress, type WorkbookGrid } from "../../workbook";

export interface PlanReference {
  /** "152/KH-UBND", or "" when the line leaves it blank. */
  readonly planNumber: string;
  /** ISO date, or null when the line gives no full date. */
  readonly planDate: string | null;
}

/** Rows at the top of a sheet where titles and the "Kèm theo" line are. */
const TITLE_ROWS = 15;
const ATTACHED = /\bkem theo\b/;
const NUMBER = /\bke hoach so\s*(\d+\s*\/\s*[a-z][a-z0-9-]*)/;
const DAY_FIRST = /\bngay\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/;
const IN_WORDS = /\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

/** The text cells of the title rows of every visible sheet, in NFC. */
export function titleTexts(grid: WorkbookGrid): string[] {
  return grid.sheets
    .filter((sheet) => sheet.visible)
    .flatMap((sheet) =>
      [...sheet.cells.entries()].flatMap(([key, cell]) =>
        keyToAddress(key).row <= TITLE_ROWS && typeof cell.value === "string"
          ? [cell.value.normalize("NFC")]
          : [],
      ),
    );
}

/** The number as offices write it: "152/KH-UBND" (folded text is lower case; the symbol is not). */
function planNumberOf(folded: string): string {
  const match = NUMBER.exec(folded)?.[1];
  return match ? match.replace(/\s+/g, "").toUpperCase() : "";
}

function planDateOf(folded: string): string | null {
  const dayFirst = DAY_FIRST.exec(folded)?.[1];
  if (dayFirst) return parseDate(dayFirst.replace(/\s+/g, ""));
  const words = IN_WORDS.exec(folded);
  return words ? parseDate(`${words[1]}/${words[2]}/${words[3]}`) : null;
}

/** The first "Kèm theo Kế hoạch …" line that gives a number or a date; null when none does. */
export function planReference(lines: readonly string[]): PlanReference | null {
  for (const line of lines) {
    const folded = foldDiacritics(line.normalize("NFC").toLocaleLowerCase("vi")).replace(/\s+/g, " ");
    if (!ATTACHED.test(folded)) continue;
    const planNumber = planNumberOf(folded);
    const planDate = planDateOf(folded);
    if (planNumber !== "" || planDate !== null) return { planNumber, planDate };
  }
  return null;
}
