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
import { seedState, type InitialName, type InitialSheet } from "./seed";
import { ensureCell, findSheet, type SheetState, type WorkbookState } from "./workbook-state";
import type { WriteLogEntry } from "./write-log";

export type { InitialName, InitialSheet } from "./seed";

export interface FakeExcelOptions {
  /** Defaults to one empty "Sheet1", as a new Excel workbook has. */
  readonly sheets?: readonly InitialSheet[];
  readonly names?: readonly InitialName[];
  /** The file name; "Book1.xlsx" unless told. */
  readonly title?: string;
  /** Highest ExcelApi requirement set this "Excel" supports; "1.20" unless told. */
  readonly apiVersion?: string;
}

export interface FakeExcel extends ExcelApi {
  readonly requirements: RequirementSetSupport;
  /** context.sync() calls so far, plus the implicit one when a run ends with queued work. */
  readonly syncCount: number;
  readonly writeLog: readonly WriteLogEntry[];
  /** Per sync so far, the bytes of UTF-8 JSON its loaded values would take (Excel on the web stops at 5 MB). */
  readonly responseSizes: readonly number[];
  sheetNames(): string[];
  /** Throws when there is no such sheet. */
  sheet(name: string): FakeSheetView;
  /** Every defined name; `sheet` only on sheet-level names. */
  names(): { name: string; formula: string; sheet?: string }[];
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  /** Stands in for Excel's calculation: the value a formula cell reads back as. */
  setFormulaResult(sheet: string, address: string, value: ExcelCellValue): void;
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
  const session: FakeSession = {
    state: seedState(options),
    writeLog: [],
    syncCount: 0,
    responseSizes: [],
  };
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
    get responseSizes() {
      return [...session.responseSizes];
    },
    sheetNames: () => state.sheets.map((s) => s.name),
    sheet: (name) => sheetView(state, sheetNamed(state, name)),
    names: () =>
      state.names.map((n) => {
        const sheet = n.sheetId === undefined ? null : nameOf(n.sheetId);
        return { name: n.name, formula: n.formula, ...(sheet === null ? {} : { sheet }) };
      }),
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
