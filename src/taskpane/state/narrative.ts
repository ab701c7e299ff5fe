/**
 * The controller behind the "Thuyết minh" page, free of React: read the workbook, compute the
 * formulas a file holds without results, validate, and build the plan's document tree (the
 * guard counts the errors it opens with); then render it to .docx (docx is loaded only then,
 * in a chunk of its own), write it as a worksheet and take that back, copy its text, and show
 * the cell a figure came from. Nothing here throws: every failure comes back as an outcome.
 */
import { rangeToA1, toA1, type CellAddress } from "../../domain/address/cell-address";
import { computeValues } from "../../domain/grid-values";
import { buildNarrative } from "../../domain/narrative/build";
import type { CellSource, NarrativeDocument } from "../../domain/narrative/document";
import { narrativeInputFromWorkbook } from "../../domain/narrative/from-workbook";
import {
  NarrativeInputError,
  type NarrativeInputProblem,
} from "../../domain/narrative/own-sheets/from-own-sheets";
import { planNarrativeSheet } from "../../domain/narrative/render/sheet";
import { renderText } from "../../domain/narrative/render/text";
import type { ProgramFile } from "../../domain/programs/types";
import { validateWorkbook } from "../../domain/validation/engine";
import type { WorkbookGrid } from "../../domain/workbook";
import type { MessageId } from "../i18n/messages";
import type { Workspace } from "../workspace/workspace";
import { downloadBytes, type Download } from "./download";
import { describeFailure } from "./failure";
import type { InsertFailure } from "./outcome";

export interface NarrativeContext {
  readonly workspace: Workspace;
  readonly programs: readonly ProgramFile[];
}

/** The plan ready to preview, with the errors it opens with (the guard asks when there are any). */
export interface PreparedNarrative {
  readonly document: NarrativeDocument;
  readonly errors: readonly string[];
}

export type Failed = { readonly kind: "failed"; readonly failure: InsertFailure };

export type PrepareOutcome =
  | { readonly kind: "prepared"; readonly prepared: PreparedNarrative }
  /** The workbook cannot give a plan at all (no settings sheet, unknown program): its message says why. */
  | { readonly kind: "no-plan"; readonly problem: NarrativeInputProblem; readonly message: string }
  | Failed;

export type DownloadOutcome = { readonly kind: "downloaded"; readonly fileName: string } | Failed;
export type SheetOutcome = { readonly kind: "written" | "removed"; readonly sheet: string } | Failed;
/** "shown": the workspace has no grid to move in (browser mode), so the page names the cell instead. */
export type FigureOutcome =
  { readonly kind: "selected" } | { readonly kind: "shown"; readonly cells: string } | Failed;

/** Excel's own hint names "Chèn biểu mẫu"; each action here points at its own button instead. */
function failed(error: unknown, hint: MessageId): Failed {
  return { kind: "failed", failure: describeFailure(error, hint) };
}

/**
 * The one place a workbook becomes the plan's input: our own sheets when it has them, else
 * the tables recognised in the office's own layout (narrativeInputFromWorkbook decides).
 */
export function narrativeFromGrid(grid: WorkbookGrid, programs: readonly ProgramFile[]): PreparedNarrative {
  const values = computeValues(grid);
  const validation = validateWorkbook(values, { programs });
  const input = narrativeInputFromWorkbook(values, programs, { validation });
  return { document: buildNarrative(input), errors: input.errors };
}

export async function prepareNarrative(ctx: NarrativeContext): Promise<PrepareOutcome> {
  try {
    return { kind: "prepared", prepared: narrativeFromGrid(await ctx.workspace.read(), ctx.programs) };
  } catch (error) {
    if (error instanceof NarrativeInputError)
      return { kind: "no-plan", problem: error.problem, message: error.message };
    return failed(error, "narrativeFailureHint");
  }
}

export const DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Characters Windows refuses in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]+/g;
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME_LENGTH = 120;

/** "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh.docx": the title, made safe for Windows. */
export function docxFileName(title: string): string {
  const cleaned = title.normalize("NFC").replace(UNSAFE_IN_FILE_NAMES, " ").replace(/\s+/g, " ");
  // Windows drops trailing dots and spaces, which would leave "….docx" looking different.
  const base =
    cleaned
      .slice(0, MAX_NAME_LENGTH)
      .trim()
      .replace(/[.\s]+$/, "") || "Kế hoạch";
  return `${RESERVED_ON_WINDOWS.test(base) ? `${base}_` : base}.docx`;
}

/** Renders the .docx and offers it for download; docx is fetched only on the first call. */
export async function downloadDocx(
  doc: NarrativeDocument,
  download: Download = downloadBytes,
): Promise<DownloadOutcome> {
  try {
    const { renderDocx } = await import("../../adapters/docx/render-docx");
    const fileName = docxFileName(doc.title);
    download(await renderDocx(doc), fileName, DOCX_MIME_TYPE);
    return { kind: "downloaded", fileName };
  } catch (error) {
    return failed(error, "docxFailureHint");
  }
}

/** Adds the "Thuyết minh" sheet beside the others (a free name, never overwriting) and names it. */
export async function writeNarrativeSheet(
  workspace: Workspace,
  doc: NarrativeDocument,
): Promise<SheetOutcome> {
  try {
    const [sheet] = await workspace.insertSheets((existing) => [planNarrativeSheet(doc, existing)]);
    if (sheet === undefined)
      return { kind: "failed", failure: { cause: { id: "failureUnknown" }, hint: "sheetFailureHint" } };
    return { kind: "written", sheet };
  } catch (error) {
    return failed(error, "sheetFailureHint");
  }
}

/** "Hoàn tác" of writeNarrativeSheet: deletes the sheet it added. */
export async function removeNarrativeSheet(workspace: Workspace, sheet: string): Promise<SheetOutcome> {
  try {
    await workspace.removeSheets([sheet]);
    return { kind: "removed", sheet };
  } catch (error) {
    return failed(error, "undoSheetFailureHint");
  }
}

export interface Clipboard {
  /** navigator.clipboard.writeText, where the host offers it. */
  readonly writeText: ((text: string) => Promise<void>) | null;
  /** The older way, through a selected hidden textarea; false when the host refuses it too. */
  readonly copyBySelection: (text: string) => boolean;
}

function copyBySelection(text: string): boolean {
  if (typeof document === "undefined") return false;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  const focused = document.activeElement;
  document.body.appendChild(area);
  area.select();
  try {
    // Deprecated, but the only way left when a webview denies the Clipboard API.
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
}

export function browserClipboard(): Clipboard {
  const api = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  return { writeText: api ? (text) => api.writeText(text) : null, copyBySelection };
}

/** True when the text reached the clipboard by either way. */
export async function copyText(text: string, clipboard: Clipboard = browserClipboard()): Promise<boolean> {
  if (clipboard.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Office's webviews may deny the Clipboard API (permissions policy); the older way often still works.
    }
  }
  return clipboard.copyBySelection(text);
}

export function copyNarrativeText(doc: NarrativeDocument, clipboard?: Clipboard): Promise<boolean> {
  return copyText(renderText(doc), clipboard);
}

/** "Phụ lục 01!E12", or "Phụ lục 01!E12, E14; Biểu 02!F9" for a figure added up from several cells. */
export function figureCells(sources: readonly CellSource[]): string {
  const bySheet = new Map<string, string[]>();
  for (const { sheet, address } of sources)
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), toA1(address)]);
  return [...bySheet].map(([sheet, cells]) => `${sheet}!${cells.join(", ")}`).join("; ");
}

function boundingRange(addresses: readonly CellAddress[]): { start: CellAddress; end: CellAddress } {
  const rows = addresses.map((a) => a.row);
  const cols = addresses.map((a) => a.col);
  return {
    start: { row: Math.min(...rows), col: Math.min(...cols) },
    end: { row: Math.max(...rows), col: Math.max(...cols) },
  };
}

/**
 * What to select for a figure: its cells when they fill one block on one sheet (a total and
 * its row), else its first cell, since selecting a block would also take cells it skipped.
 */
export function figureSelection(sources: readonly CellSource[]): { sheet: string; range: string } | null {
  const [first] = sources;
  if (!first) return null;
  const same = sources.every((s) => s.sheet === first.sheet);
  const range = boundingRange(sources.map((s) => s.address));
  const area = (range.end.row - range.start.row + 1) * (range.end.col - range.start.col + 1);
  const distinct = new Set(sources.map((s) => toA1(s.address))).size;
  if (same && area === distinct) return { sheet: first.sheet, range: rangeToA1(range) };
  return { sheet: first.sheet, range: toA1(first.address) };
}

export async function selectFigure(
  workspace: Workspace,
  sources: readonly CellSource[],
): Promise<FigureOutcome> {
  const target = figureSelection(sources);
  if (!target) return { kind: "shown", cells: "" };
  try {
    const selected = await workspace.select(target.sheet, target.range);
    return selected ? { kind: "selected" } : { kind: "shown", cells: figureCells(sources) };
  } catch (error) {
    return failed(error, "figureFailureHint");
  }
}
