/**
 * What rendering one template needs besides its spec: the program and settings, the final
 * sheet and marker names planInsertion chose, and how to reach "Thông tin chung" for the
 * values Phụ lục 01 takes from it (same batch, an existing sheet, or not at all).
 */
import type { CellAddress } from "../../address/cell-address";
import type { ProgramFile } from "../../programs/types";
import type { PlanSettings } from "../../settings";

export type SettingsLink =
  /** Inserted in the same batch: direct references to its cells, keyed by setting row key. */
  | { readonly kind: "sheet"; readonly sheetName: string; readonly cells: ReadonlyMap<string, CellAddress> }
  /**
   * Already in the workbook, found by its marker name: INDEX/MATCH on the row key inside the
   * named table, `valueColumn` counted from the name's first column.
   */
  | { readonly kind: "name"; readonly name: string; readonly valueColumn: number }
  /** Nowhere: the values become input cells prefilled from the settings. */
  | { readonly kind: "none" };

export interface RenderContext {
  readonly program: ProgramFile;
  readonly settings: PlanSettings;
  readonly sheetName: string;
  readonly markerName: string;
  readonly settingsLink: SettingsLink;
}
