/**
 * Notes about the workbook as a whole: it is empty, a sheet holds none of the plan's
 * tables, or a sheet's title names a table whose header was not found; and the title
 * lines the settings are inferred from.
 */
import type { OwnSheet } from "../own-sheets";
import type { WorkbookGrid } from "../workbook";
import { NOTE_IDS } from "./notes";
import type { SheetTables } from "./sheet-tables";
import type { SheetView } from "./sheet-view";
import type { RecognisedTable, RecognitionNote, TableKind } from "./table";

/** Rows at the top of a sheet where titles are. */
const TITLE_ROWS = 15;

const KIND_NAMES: Readonly<Record<TableKind, string>> = {
  "phu-luc-01": "Phụ lục 01",
  "bieu-02": "Biểu 02",
  "bieu-03": "Biểu 03",
  "phan-cong": "bảng phân công",
  "thong-tin-chung": "Thông tin chung",
};

function note(sheet: string, messageId: string, data: RecognitionNote["data"] = {}): RecognitionNote {
  return { sheet, row: null, col: null, messageId, data };
}

type Hint = (view: SheetView, from: number, before: number) => TableKind | null;

function hasData(view: SheetView): boolean {
  return view.grid.cells.size > 0;
}

export function sheetNotes(
  grid: WorkbookGrid,
  sheets: readonly SheetTables[],
  tables: readonly RecognisedTable[],
  own: readonly OwnSheet[],
  hint: Hint,
): RecognitionNote[] {
  if (!sheets.some(({ view }) => hasData(view)))
    return [note("", NOTE_IDS.emptyWorkbook, { source: grid.source })];
  return sheets.flatMap(({ view }) => {
    if (!hasData(view) || !view.grid.visible) return [];
    if (tables.some((t) => t.sheet === view.name) || own.some((o) => o.sheet === view.name)) return [];
    const expected = hint(view, 1, TITLE_ROWS + 1);
    return expected
      ? [note(view.name, NOTE_IDS.tableNotFound, { sheet: view.name, expected: KIND_NAMES[expected] })]
      : [note(view.name, NOTE_IDS.sheetUnrecognised, { sheet: view.name })];
  });
}

/** Title lines of every visible sheet, and the header lines of its tables (a plan column "Kế hoạch năm 2025"). */
export function titleLines(sheets: readonly SheetTables[]): string[] {
  return sheets.flatMap(({ view, found }) => {
    if (!view.grid.visible) return [];
    const last = Math.min(view.maxRow, TITLE_ROWS);
    const lines: string[] = [];
    for (let row = 1; row <= last; row++) {
      const masters = view.shownColumns(row).filter((col) => view.master(row, col).col === col);
      lines.push(...masters.map((col) => view.text(row, col)));
    }
    for (const { layout } of found) lines.push(...layout.block.written.values());
    return lines;
  });
}
