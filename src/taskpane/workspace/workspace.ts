/**
 * What the pane's pages work on, whichever it is: the workbook open in Excel (through the
 * Office adapter) or an .xlsx file opened in a plain browser (through ExcelJS, browser mode).
 * Pages and their controllers only see this port, so every feature works the same in both
 * and tests drive it with the in-memory Excel fake. Every write hands back what is needed to
 * undo it; nothing here throws for a refused fix (it is listed in the batch instead).
 */
import type { Fix } from "../../domain/validation/issue";
import type { WorkbookGrid } from "../../domain/workbook";
import type { AppliedBatch } from "../../adapters/office/apply-fixes";
import type { SheetPlanner } from "../../adapters/office/insert-templates";

export type { SheetPlanner };

export interface Workspace {
  readonly kind: "excel" | "file";
  /** The opened file's name in browser mode ("ke-hoach-2025.xlsx"); null inside Excel. */
  readonly fileName: string | null;
  /** Every sheet, formula, value and defined name validation and the narrative need. */
  read(): Promise<WorkbookGrid>;
  /**
   * Adds the planned sheets beside the existing ones (never overwriting one) and returns
   * their final names, in plan order. Rejects with ExcelTooOldError when Excel lacks the API.
   */
  insertSheets(planner: SheetPlanner): Promise<readonly string[]>;
  /** Deletes sheets the pane inserted (the undo of an insertion); missing ones are skipped. */
  removeSheets(names: readonly string[]): Promise<void>;
  /**
   * Writes `fixes` as one batch; pass the grid they were computed from so a fix whose cell
   * changed since is refused. Also how settings are written (one Fix of CellEdits).
   */
  applyFixes(fixes: readonly Fix[], validated?: WorkbookGrid): Promise<AppliedBatch>;
  /** Gives back what a batch changed (refused when its cells were typed over since). */
  undoBatch(batch: AppliedBatch): Promise<AppliedBatch>;
  /**
   * Shows a cell or small range ("C12", "C12:F12") of `sheet`: Excel selects it and this
   * resolves true; browser mode has no grid to move in and resolves false.
   */
  select(sheet: string, range: string): Promise<boolean>;
  /** Browser mode: the workbook's .xlsx bytes as they stand now, for download; Excel: null. */
  save(): Promise<Uint8Array | null>;
}
