/**
 * Recognition of a whole workbook: our own sheets by their markers, every other sheet by
 * its headers, except our narrative sheet ("Thuyết minh"), which is text about the tables,
 * not a table, and is left out of everything but the list of sheets; the program from our settings, the rows' names or the year; settings from
 * "Thông tin chung" or inferred from titles. Linear in the size of the sheets; whatever
 * cannot be placed becomes a note, never an exception.
 */
import {
  findNarrativeSheets,
  findOwnSheets,
  firstOwnSheet,
  readSettings,
  type OwnSheet,
} from "../own-sheets";
import type { ProgramFile } from "../programs/types";
import { hasDistrictLevel, type PlanSettings } from "../settings";
import { PL01_COLUMNS } from "../templates/column-keys";
import { INDICATORS, type Indicator } from "../templates/indicators";
import type { WorkbookGrid } from "../workbook";
import { contentEvidence, labelsUnder } from "./evidence";
import { inferSettings, titleFacts, type TitleFacts } from "./inferred-settings";
import { NOTE_IDS } from "./notes";
import { chooseProgram } from "./program-choice";
import type { RowText } from "./row-labels";
import { buildTables, locateTables, type SheetTables } from "./sheet-tables";
import { SheetView } from "./sheet-view";
import type { Recognition, RecognisedTable, RecognitionNote, SheetKind } from "./table";
import { titleHint } from "./title-hints";
import { sheetNotes, titleLines } from "./workbook-notes";

export interface RecogniseOptions {
  /** The Biểu 03 indicators to match rows against (templates/indicators.ts by default). */
  readonly indicators?: readonly Indicator[];
}

/** Row labels read to choose the program: plenty for a plan, bounded for any sheet. */
const PROGRAM_LABEL_ROWS = 300;

function catalogRows(sheets: readonly SheetTables[]): RowText[] {
  return sheets.flatMap(({ view, found }) =>
    found
      .filter((f) => f.layout.kind === "phu-luc-01" || f.layout.kind === "phan-cong")
      .flatMap((f) => {
        const first = f.layout.block.last + 1;
        return labelsUnder(view, f.layout, first, Math.min(f.bodyLast, first + PROGRAM_LABEL_ROWS - 1));
      }),
  );
}

function ownSettings(grid: WorkbookGrid, own: readonly OwnSheet[]): PlanSettings | null {
  const sheet = firstOwnSheet(own, "thong-tin-chung");
  return sheet ? readSettings(grid, sheet).settings : null;
}

const LEVEL_COLUMNS = [PL01_COLUMNS.tinh, PL01_COLUMNS.huyen, PL01_COLUMNS.xa];

/** A funds table split by budget level says it; one with NSĐP only leaves it to the plan's date. */
function districtOf(tables: readonly RecognisedTable[], settings: PlanSettings | null): boolean | undefined {
  const funds = tables.find(
    (t) => t.kind === "phu-luc-01" && LEVEL_COLUMNS.some((key) => t.columns.has(key)),
  );
  if (funds) return funds.columns.has(PL01_COLUMNS.huyen);
  return settings && settings.year > 0 ? hasDistrictLevel(settings) : undefined;
}

function kindsOf(
  grid: WorkbookGrid,
  narrative: ReadonlySet<string>,
  own: readonly OwnSheet[],
  tables: readonly RecognisedTable[],
) {
  return grid.sheets.map(({ name }) => {
    const kind: SheetKind = narrative.has(name)
      ? "thuyet-minh"
      : (tables.find((t) => t.sheet === name)?.kind ??
        own.find((o) => o.sheet === name)?.templateId ??
        "unknown");
    return { name, kind };
  });
}

function settingsNote(facts: TitleFacts, settings: PlanSettings): RecognitionNote {
  const data = { year: facts.year ?? "?", level: settings.level === "huyen" ? "huyện" : "xã" };
  return { sheet: "", row: null, col: null, messageId: NOTE_IDS.settingsInferred, data };
}

export function recognise(
  grid: WorkbookGrid,
  programs: readonly ProgramFile[],
  options: RecogniseOptions = {},
): Recognition {
  const indicators = options.indicators ?? INDICATORS;
  const own = findOwnSheets(grid);
  const narrative = findNarrativeSheets(grid);
  const evidence = contentEvidence(programs, indicators);
  const sheets = grid.sheets
    .filter((sheet) => !narrative.has(sheet.name))
    .map((sheet) => {
      const view = new SheetView(sheet);
      const owned = own.filter((o) => o.sheet === sheet.name && o.templateId !== "thong-tin-chung");
      return locateTables(view, owned, evidence);
    });
  const stored = ownSettings(grid, own);
  const facts = titleFacts(titleLines(sheets));
  const program = chooseProgram(programs, {
    programId: stored?.programId ?? null,
    rows: catalogRows(sheets),
    year: stored && stored.year > 0 ? stored.year : facts.year,
  });
  const built = sheets.map((s) => buildTables(s, program, indicators));
  const tables = built.flatMap((b) => b.tables);
  const settings = stored ?? inferSettings(facts, program);
  const notes: RecognitionNote[] = [
    ...sheetNotes(grid, sheets, tables, own, titleHint),
    ...built.flatMap((b) => b.notes),
    ...(program === null && tables.some((t) => t.kind === "phu-luc-01" || t.kind === "phan-cong")
      ? [{ sheet: "", row: null, col: null, messageId: NOTE_IDS.programUnknown, data: {} }]
      : []),
    ...(!stored && settings ? [settingsNote(facts, settings)] : []),
  ];
  const hasDistrict = districtOf(tables, settings);
  return {
    sheets: kindsOf(grid, narrative, own, tables),
    tables,
    settings,
    programId: program?.id ?? null,
    notes,
    ...(settings ? { settingsSource: stored ? "own" : "inferred" } : {}),
    ...(hasDistrict === undefined ? {} : { hasDistrict }),
  };
}
