/**
 * Where the plan's settings live, for findings about them: the value cell of a setting on
 * our "Thông tin chung" sheet (found by its marker, cells by row key), the lines of a list
 * setting as written, and, for a workbook without that sheet, the first cell of the plan's
 * first sheet. The sheet is read once per rule context.
 */
import type { CellAddress } from "../../address/cell-address";
import { findOwnSheets, firstOwnSheet } from "../../own-sheets/find-own-sheets";
import { readSettings } from "../../own-sheets/read-settings";
import type { CellRef } from "../issue-builders";
import type { RuleContext } from "../rule";

interface SettingsSheet {
  readonly sheet: string;
  /** Row key ("year", "recipients.2") -> its value cell. */
  readonly cells: ReadonlyMap<string, CellAddress>;
}

const SHEETS = new WeakMap<RuleContext, SettingsSheet | null>();

function settingsSheet(ctx: RuleContext): SettingsSheet | null {
  let found = SHEETS.get(ctx);
  if (found === undefined) {
    const own = firstOwnSheet(findOwnSheets(ctx.grid), "thong-tin-chung");
    const reading = own ? readSettings(ctx.grid, own) : null;
    found = reading ? { sheet: reading.sheet, cells: reading.cells } : null;
    SHEETS.set(ctx, found);
  }
  return found;
}

/** The first cell of the settings sheet, else of the first sheet holding a plan table, else of the workbook. */
export function workbookStart(ctx: RuleContext): CellRef {
  const sheet =
    settingsSheet(ctx)?.sheet ?? ctx.recognition.tables[0]?.sheet ?? ctx.grid.sheets[0]?.name ?? "";
  return { sheet, row: 1, col: 1 };
}

export function settingCell(ctx: RuleContext, key: string): CellRef | null {
  const found = settingsSheet(ctx);
  const cell = found?.cells.get(key);
  return found && cell ? { sheet: found.sheet, ...cell } : null;
}

export interface SettingLine {
  readonly cell: CellRef;
  readonly text: string;
}

/** The lines of a list setting ("recipients.1", "recipients.2", …) as written. */
export function settingLines(ctx: RuleContext, list: string): SettingLine[] {
  const found = settingsSheet(ctx);
  if (!found) return [];
  return [...found.cells]
    .filter(([key]) => key.startsWith(`${list}.`))
    .flatMap(([, cell]) => {
      const value = ctx.value(found.sheet, cell.row, cell.col);
      return typeof value === "string" && value.trim() !== ""
        ? [{ cell: { sheet: found.sheet, ...cell }, text: value.trim() }]
        : [];
    });
}
