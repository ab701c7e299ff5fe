/**
 * Finds our own sheets in any workbook by their marker names alone: "KHGN_PL01" and its
 * suffixed copies "KHGN_PL01_2", "KHGN_PL01_3" … (what inserting twice creates), and the
 * same name on another sheet (what Excel's "Move or Copy" creates: the copy gets a name
 * of its own scope). Nothing else counts: a sheet titled "Phụ lục 01" without a marker
 * is a table we did not write, for the detect/ step. The narrative sheet "Thuyết minh" is
 * ours too ("KHGN_TM", "KHGN_TM_2" …) but holds no table: findNarrativeSheets names it so
 * that recognition leaves it alone.
 */
import type { RangeAddress } from "../address/cell-address";
import { TEMPLATE_IDS, type TemplateId } from "../sheet-plan";
import { MARKER_IDS, MARKER_PREFIX, NARRATIVE_MARKER } from "../templates/column-keys";
import type { DefinedName, WorkbookGrid } from "../workbook";

export interface OwnSheet {
  readonly templateId: TemplateId;
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  /** The marker's range: hidden key column to last column, header to last body row. */
  readonly marker: RangeAddress;
  /** The defined name as written ("KHGN_PL01_2"). */
  readonly markerName: string;
  /** 1 for "KHGN_PL01" (and a sheet copy that kept that name), 2 for "KHGN_PL01_2" … */
  readonly copy: number;
}

export interface MarkerName {
  readonly templateId: TemplateId;
  readonly copy: number;
}

const TEMPLATE_BY_MARKER = new Map(TEMPLATE_IDS.map((id) => [MARKER_IDS[id], id]));

function isDigits(text: string): boolean {
  return text !== "" && [...text].every((ch) => ch >= "0" && ch <= "9");
}

/** "KHGN_PL01" -> phu-luc-01, copy 1; "khgn_pl01_3" -> copy 3 (names are case-insensitive); else null. */
export function parseMarkerName(name: string): MarkerName | null {
  const upper = name.toUpperCase();
  if (!upper.startsWith(MARKER_PREFIX)) return null;
  const [id = "", suffix, ...rest] = upper.slice(MARKER_PREFIX.length).split("_");
  const templateId = TEMPLATE_BY_MARKER.get(id);
  if (!templateId || rest.length > 0) return null;
  if (suffix === undefined) return { templateId, copy: 1 };
  return isDigits(suffix) && Number(suffix) >= 2 ? { templateId, copy: Number(suffix) } : null;
}

/** "KHGN_TM" and its suffixed copies "KHGN_TM_2" … (case-insensitive). */
export function isNarrativeMarker(name: string): boolean {
  const upper = name.toUpperCase();
  if (upper === NARRATIVE_MARKER) return true;
  const suffix = upper.startsWith(`${NARRATIVE_MARKER}_`) ? upper.slice(NARRATIVE_MARKER.length + 1) : "";
  return isDigits(suffix) && Number(suffix) >= 2;
}

function sheetsByName(grid: WorkbookGrid): Map<string, string> {
  return new Map(grid.sheets.map((sheet) => [sheet.name.toUpperCase(), sheet.name]));
}

/** The sheets holding our narrative, by their marker, as the workbook spells them. */
export function findNarrativeSheets(grid: WorkbookGrid): Set<string> {
  const sheetNames = sheetsByName(grid);
  const marked = grid.names.filter((name) => isNarrativeMarker(name.name) && name.range !== null);
  return new Set(marked.flatMap((name) => sheetNames.get(name.sheet?.toUpperCase() ?? "") ?? []));
}

function ownSheet(name: DefinedName, sheetNames: ReadonlyMap<string, string>): OwnSheet | null {
  const marker = parseMarkerName(name.name);
  const sheet = name.sheet === null ? undefined : sheetNames.get(name.sheet.toUpperCase());
  if (!marker || !sheet || !name.range) return null;
  return { ...marker, sheet, marker: name.range, markerName: name.name };
}

/** Our sheets in workbook order; each sheet counts once per template. */
export function findOwnSheets(grid: WorkbookGrid): OwnSheet[] {
  const sheetNames = sheetsByName(grid);
  const order = new Map(grid.sheets.map((sheet, i) => [sheet.name, i]));
  const found = new Map<string, OwnSheet>();
  for (const name of grid.names) {
    const own = ownSheet(name, sheetNames);
    const key = own && `${own.templateId}|${own.sheet}`;
    if (own && key && !found.has(key)) found.set(key, own);
  }
  return [...found.values()].sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
}

/** The first of our sheets made from a template (the original before its copies), if any. */
export function firstOwnSheet(sheets: readonly OwnSheet[], templateId: TemplateId): OwnSheet | undefined {
  return sheets.filter((s) => s.templateId === templateId).sort((a, b) => a.copy - b.copy)[0];
}
