/**
 * The writing syncs of applying fixes. Unprotecting comes first, in a sync of its own,
 * so that a sheet Excel will not unprotect (a password was added) stops nothing but the
 * fixes that need it, and the sheets unprotected before it are protected again at once.
 * Then one sync writes every edit, protects the unprotected sheets again with their own
 * options and reads back what the cells now hold. If Excel rejects a write, the writes
 * before it stay and the rest are dropped, so the cells are read again and those that
 * changed are written back, the sheets protected again, and ApplyFixesError says so: a
 * batch is applied whole or not at all, and protection is never lost.
 */
import { toA1 } from "../../../domain/address/cell-address";
import type { CellEdit } from "../../../domain/workbook";
import type { ExcelRange, ExcelRequestContext } from "../excel-api";
import { cellInput, editContent, loadedContent, restoringEdit, sameContent } from "./content";
import { cellId, type SheetTarget, type Targets } from "./targets";

export class ApplyFixesError extends Error {
  constructor(
    /** True when every edited cell and sheet protection was put back as before. */
    readonly restored: boolean,
    override readonly cause: unknown,
  ) {
    super(
      restored
        ? "Excel không nhận sửa đổi nên bảng tính được giữ nguyên như trước khi sửa."
        : "Excel không nhận sửa đổi và không trả lại được bảng tính như trước; hãy kiểm tra các ô vừa sửa.",
    );
    this.name = "ApplyFixesError";
  }
}

function sheetTarget(targets: Targets, name: string): SheetTarget {
  const target = targets.sheets.get(name);
  if (!target) throw new Error(`No loaded sheet "${name}" for an edit`);
  return target;
}

function protectAgain(targets: Targets, names: readonly string[]): void {
  for (const name of names) {
    const { sheet, options } = sheetTarget(targets, name);
    sheet.protection.protect(options);
  }
}

/** Protects again those of `names` that an interrupted sync left unprotected. */
async function restoreProtection(context: ExcelRequestContext, targets: Targets, names: readonly string[]) {
  for (const name of names) sheetTarget(targets, name).sheet.protection.load("protected");
  await context.sync();
  const unprotected = names.filter((name) => !sheetTarget(targets, name).sheet.protection.protected);
  if (unprotected.length === 0) return;
  protectAgain(targets, unprotected);
  await context.sync();
}

/** Returns the sheets that stay protected because Excel would not unprotect them. */
export async function unprotectSheets(
  context: ExcelRequestContext,
  targets: Targets,
  names: readonly string[],
): Promise<ReadonlySet<string>> {
  if (names.length === 0) return new Set();
  for (const name of names) sheetTarget(targets, name).sheet.protection.unprotect();
  try {
    await context.sync();
    return new Set();
  } catch {
    await restoreProtection(context, targets, names);
    return new Set(names);
  }
}

function queueEdits(targets: Targets, edits: readonly CellEdit[]): void {
  for (const edit of edits) {
    const format = targets.cells.get(cellId(edit.sheet, edit.address))?.numberFormat ?? "General";
    const range = sheetTarget(targets, edit.sheet).sheet.getRange(toA1(edit.address));
    range.formulas = [[cellInput(edit, format)]];
  }
}

function loadCells(targets: Targets, cells: readonly CellEdit[]): [CellEdit, ExcelRange][] {
  return cells.map((cell) => [
    cell,
    sheetTarget(targets, cell.sheet).sheet.getRange(toA1(cell.address)).load(["formulas", "values"]),
  ]);
}

function contentNow(range: ExcelRange) {
  return loadedContent(range.formulas[0]?.[0], range.values[0]?.[0]);
}

/** Writes back only the cells the failed sync changed: the others may be the ones Excel refused. */
async function rollBack(
  context: ExcelRequestContext,
  targets: Targets,
  undo: readonly CellEdit[],
  reprotect: readonly string[],
): Promise<void> {
  const now = loadCells(targets, undo);
  await context.sync();
  queueEdits(
    targets,
    now.filter(([cell, range]) => !sameContent(contentNow(range), editContent(cell))).map(([cell]) => cell),
  );
  await restoreProtection(context, targets, reprotect);
}

/**
 * Writes `edits` in order, protects `reprotect` again, and returns what each edited cell
 * holds afterwards (one restoring edit per cell, in `undo`'s order).
 */
export async function writeEdits(
  context: ExcelRequestContext,
  targets: Targets,
  edits: readonly CellEdit[],
  undo: readonly CellEdit[],
  reprotect: readonly string[],
): Promise<CellEdit[]> {
  queueEdits(targets, edits);
  protectAgain(targets, reprotect);
  const after = loadCells(targets, undo);
  try {
    await context.sync();
  } catch (error) {
    const restored = await rollBack(context, targets, undo, reprotect).then(
      () => true,
      () => false,
    );
    throw new ApplyFixesError(restored, error);
  }
  return after.map(([cell, range]) => restoringEdit(cell.sheet, cell.address, contentNow(range)));
}
