/**
 * An in-memory Excel for tests and browser tests: createFakeExcel() returns an object
 * with Excel.run semantics (proxies, load/sync, queued writes, Excel's errors) plus an
 * inspection API (sheets, names, selection, sync count, write log). Plain TypeScript with
 * no Node APIs, so it runs in a browser page too.
 */
import { parseA1 } from "../../domain/address/cell-address";
import type {
  ExcelApi,
  ExcelCellValue,
  ExcelRequestContext,
  RequirementSetSupport,
} from "../office/excel-api";
import { areaToA1 } from "./areas";
import { sheetView, type FakeSheetView } from "./fake-inspection";
import { FakeRequestContext, type FakeSession } from "./request-context";
import {
  addSheetState,
  createEmptyWorkbook,
  ensureCell,
  findSheet,
  type SheetState,
  type WorkbookState,
} from "./workbook-state";
import type { WriteLogEntry } from "./write-log";

export interface InitialSheet {
  readonly name: string;
  /** A1 -> constant, or "=…" for a formula (stored as text, never calculated). */
  readonly cells?: Readonly<Record<string, ExcelCellValue>>;
  readonly hiddenRows?: readonly number[];
  readonly protected?: boolean;
}

export interface FakeExcelOptions {
  /** Defaults to one empty "Sheet1", as a new Excel workbook has. */
  readonly sheets?: readonly InitialSheet[];
  readonly names?: readonly { readonly name: string; readonly formula: string }[];
  /** Highest ExcelApi requirement set this "Excel" supports; "1.20" unless told. */
  readonly apiVersion?: string;
}

export interface FakeExcel extends ExcelApi {
  readonly requirements: RequirementSetSupport;
  /** context.sync() calls so far, plus the implicit one when a run ends with queued work. */
  readonly syncCount: number;
  readonly writeLog: readonly WriteLogEntry[];
  sheetNames(): string[];
  /** Throws when there is no such sheet. */
  sheet(name: string): FakeSheetView;
  names(): { name: string; formula: string }[];
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  /** Stands in for Excel's calculation: the value a formula cell reads back as. */
  setFormulaResult(sheet: string, address: string, value: ExcelCellValue): void;
}

function seedSheet(state: WorkbookState, initial: InitialSheet): void {
  const sheet = addSheetState(state, initial.name);
  for (const [address, value] of Object.entries(initial.cells ?? {})) {
    const { row, col } = parseA1(address);
    const cell = ensureCell(sheet, row, col);
    const isFormula = typeof value === "string" && value.startsWith("=");
    cell.formula = isFormula ? value : null;
    cell.value = isFormula ? null : value;
  }
  initial.hiddenRows?.forEach((r) => sheet.hiddenRows.add(r));
  if (initial.protected) sheet.protection.protected = true;
}

function seedState(options: FakeExcelOptions): WorkbookState {
  const state = createEmptyWorkbook();
  (options.sheets ?? [{ name: "Sheet1" }]).forEach((s) => seedSheet(state, s));
  options.names?.forEach((n) => state.names.push({ name: n.name, formula: n.formula, comment: "" }));
  state.activeSheetId = state.sheets[0]?.id ?? null;
  return state;
}

function versionAtLeast(actual: string, wanted: string): boolean {
  const [a1 = 0, a2 = 0] = actual.split(".").map(Number);
  const [w1 = 0, w2 = 0] = wanted.split(".").map(Number);
  return a1 !== w1 ? a1 > w1 : a2 >= w2;
}

async function runBatch<T>(
  session: FakeSession,
  batch: (context: ExcelRequestContext) => Promise<T>,
): Promise<T> {
  const context = new FakeRequestContext(session);
  try {
    const result = await batch(context);
    if (context.hasPending) await context.sync();
    return result;
  } finally {
    context.close();
  }
}

function sheetNamed(state: WorkbookState, name: string): SheetState {
  const sheet = findSheet(state, name);
  if (!sheet) throw new Error(`The fake workbook has no sheet "${name}"`);
  return sheet;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const session: FakeSession = { state: seedState(options), writeLog: [], syncCount: 0 };
  const { state } = session;
  const apiVersion = options.apiVersion ?? "1.20";
  const nameOf = (id: number | null) => state.sheets.find((s) => s.id === id)?.name ?? null;
  return {
    run: (batch) => runBatch(session, batch),
    requirements: {
      isSetSupported: (name, minVersion = "1.1") =>
        name === "ExcelApi" && versionAtLeast(apiVersion, minVersion),
    },
    get syncCount() {
      return session.syncCount;
    },
    get writeLog() {
      return [...session.writeLog];
    },
    sheetNames: () => state.sheets.map((s) => s.name),
    sheet: (name) => sheetView(state, sheetNamed(state, name)),
    names: () => state.names.map((n) => ({ name: n.name, formula: n.formula })),
    activeSheet: () => nameOf(state.activeSheetId),
    selection: () => {
      const sheet = nameOf(state.selection?.sheetId ?? null);
      return sheet && state.selection ? { sheet, address: areaToA1(state.selection.area) } : null;
    },
    setFormulaResult: (sheet, address, value) => {
      const { row, col } = parseA1(address);
      ensureCell(sheetNamed(state, sheet), row, col).value = value;
    },
  };
}
