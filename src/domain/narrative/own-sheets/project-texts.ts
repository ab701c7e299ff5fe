/**
 * The user's own wording of a), b), c) per project, from a sheet they add themselves: a
 * header row with "Mục tiêu", "Đối tượng" and/or "Nội dung hỗ trợ", and below it one row per
 * Dự án / Tiểu dự án named as they like ("Dự án 2", "TDA1", "DA3.1", the full name). A
 * filled cell replaces our text for that part; lines of a list cell become "- " items.
 */
import { foldDiacritics, matchCatalogItem, normaliseLabel } from "../../programs/names";
import type { ProgramFile } from "../../programs/types";
import { cellAt, type SheetGrid, type WorkbookGrid } from "../../workbook";
import type { ProjectTexts } from "../input";

type Part = keyof ProjectTexts;

const HEADER_WORDS: readonly (readonly [Part, string])[] = [
  ["objective", "muc tieu"],
  ["beneficiaries", "doi tuong"],
  ["support", "noi dung ho tro"],
];
/** The header must name at least two parts, so a table that merely mentions "Mục tiêu" is not taken. */
const MIN_PARTS = 2;
const HEADER_SCAN_ROWS = 20;

interface Header {
  readonly row: number;
  readonly columns: ReadonlyMap<Part, number>;
}

function textAt(sheet: SheetGrid, row: number, col: number): string {
  const value = cellAt(sheet, row, col)?.value;
  return typeof value === "string" ? value.trim() : "";
}

/** "a) Mục tiêu", "MỤC TIÊU" -> objective. */
function headerPart(text: string): Part | undefined {
  const plain = foldDiacritics(normaliseLabel(text)).replace(/^[a-z]\)\s*/, "");
  return HEADER_WORDS.find(([, word]) => plain.startsWith(word))?.[0];
}

function findHeader(sheet: SheetGrid): Header | null {
  for (let row = 1; row <= Math.min(sheet.maxRow, HEADER_SCAN_ROWS); row++) {
    const columns = new Map<Part, number>();
    for (let col = 1; col <= sheet.maxCol; col++) {
      const part = headerPart(textAt(sheet, row, col));
      if (part && !columns.has(part)) columns.set(part, col);
    }
    if (columns.size >= MIN_PARTS) return { row, columns };
  }
  return null;
}

function listLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[-–+•]\s*/, ""))
    .filter((line) => line !== "");
}

function rowTexts(sheet: SheetGrid, row: number, columns: ReadonlyMap<Part, number>): ProjectTexts {
  const texts: { -readonly [K in Part]?: ProjectTexts[K] } = {};
  for (const [part, col] of columns) {
    const text = textAt(sheet, row, col);
    if (text === "") continue;
    if (part === "objective") texts.objective = listLines(text).join(" ");
    else texts[part] = listLines(text);
  }
  return texts;
}

function readSheet(sheet: SheetGrid, program: ProgramFile, found: Map<string, ProjectTexts>): void {
  const header = findHeader(sheet);
  if (!header) return;
  const firstPart = Math.min(...header.columns.values());
  let parentCode: string | undefined;
  for (let row = header.row + 1; row <= sheet.maxRow; row++) {
    const labels = [...Array(firstPart - 1).keys()]
      .map((i) => textAt(sheet, row, i + 1))
      .filter((t) => t !== "");
    // The name stands right of the TT column: "1 | Dự án 2: … | Mục tiêu …".
    const label = labels[labels.length - 1];
    const match = label ? matchCatalogItem(program, label, parentCode ? { parentCode } : {}) : undefined;
    if (!match) continue;
    if (!match.item.parent) parentCode = match.item.code;
    const texts = rowTexts(sheet, row, header.columns);
    if (Object.keys(texts).length > 0)
      found.set(match.item.code, { ...found.get(match.item.code), ...texts });
  }
}

/** Per catalog code, the parts the user wrote; `skip` lists sheets that are ours. */
export function readProjectTexts(
  grid: WorkbookGrid,
  program: ProgramFile,
  skip: ReadonlySet<string>,
): Map<string, ProjectTexts> {
  const found = new Map<string, ProjectTexts>();
  for (const sheet of grid.sheets.filter((s) => !skip.has(s.name))) readSheet(sheet, program, found);
  return found;
}
