/**
 * The first sync of applying fixes: for every sheet an edit touches, its protection and
 * protection options; for every edited cell, its formula, value, number format and lock.
 * A sheet deleted since validation makes Excel reject the whole sync (ItemNotFound), so
 * only then are the sheet names read and the load repeated without the missing sheets.
 */
import { toA1, type CellAddress } from "../../../domain/address/cell-address";
import type { CellEdit } from "../../../domain/workbook";
import type { ExcelProtectionOptions, ExcelRange, ExcelRequestContext, ExcelWorksheet } from "../excel-api";
import { loadedContent, type CellContent } from "./content";

export interface SheetTarget {
  readonly sheet: ExcelWorksheet;
  readonly protected: boolean;
  readonly options: ExcelProtectionOptions;
}

export interface CellTarget {
  readonly content: CellContent;
  readonly numberFormat: string;
  readonly locked: boolean;
}

export interface Targets {
  readonly missing: ReadonlySet<string>;
  readonly sheets: ReadonlyMap<string, SheetTarget>;
  /** By cellId. */
  readonly cells: ReadonlyMap<string, CellTarget>;
}

/** One key per cell of the workbook, for maps over edits. */
export function cellId(sheet: string, address: CellAddress): string {
  return `${sheet}!${toA1(address)}`;
}

interface Queued {
  readonly sheets: Map<string, ExcelWorksheet>;
  readonly cells: Map<string, ExcelRange>;
}

function queueLoads(context: ExcelRequestContext, edits: readonly CellEdit[]): Queued {
  const queued: Queued = { sheets: new Map(), cells: new Map() };
  for (const { sheet: name, address } of edits) {
    let sheet = queued.sheets.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      sheet.protection.load(["protected", "options"]);
      queued.sheets.set(name, sheet);
    }
    const id = cellId(name, address);
    if (queued.cells.has(id)) continue;
    const range = sheet.getRange(toA1(address)).load(["formulas", "values", "numberFormat"]);
    range.format.protection.load("locked");
    queued.cells.set(id, range);
  }
  return queued;
}

function collect(queued: Queued, missing: ReadonlySet<string>): Targets {
  const sheets = new Map<string, SheetTarget>();
  for (const [name, sheet] of queued.sheets)
    sheets.set(name, { sheet, protected: sheet.protection.protected, options: sheet.protection.options });
  const cells = new Map<string, CellTarget>();
  for (const [id, range] of queued.cells) {
    cells.set(id, {
      content: loadedContent(range.formulas[0]?.[0], range.values[0]?.[0]),
      numberFormat: range.numberFormat[0]?.[0] ?? "General",
      locked: range.format.protection.locked !== false,
    });
  }
  return { missing, sheets, cells };
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

async function existingSheets(context: ExcelRequestContext): Promise<Set<string>> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name");
  await context.sync();
  return new Set(worksheets.items.map((s) => s.name.toLocaleLowerCase("vi")));
}

export async function loadTargets(
  context: ExcelRequestContext,
  edits: readonly CellEdit[],
): Promise<Targets> {
  try {
    const queued = queueLoads(context, edits);
    await context.sync();
    return collect(queued, new Set());
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
  }
  const present = await existingSheets(context);
  const isPresent = (name: string) => present.has(name.toLocaleLowerCase("vi"));
  const queued = queueLoads(
    context,
    edits.filter((e) => isPresent(e.sheet)),
  );
  await context.sync();
  return collect(queued, new Set(edits.map((e) => e.sheet).filter((name) => !isPresent(name))));
}
