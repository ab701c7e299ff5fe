/**
 * A written sheet reduced to what the parity test compares: every non-empty cell's
 * value or formula and format, merges, validations, column widths, row heights, print
 * setup and defined names.
 * Each adapter's test support turns its own output (ExcelJS worksheet, Excel fake)
 * into this shape.
 */

export interface CellSnapshot {
  value: number | string | boolean | null;
  /** Invariant formula text with the leading "=", or null for a constant. */
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  locked: boolean;
}

export interface SheetSnapshot {
  name: string;
  /** Keyed by A1 address. */
  cells: Record<string, CellSnapshot>;
  /** A1 ranges, sorted. */
  merges: string[];
  /** "A1:B3 decimal>=0" style one-line descriptions, sorted. */
  validations: string[];
  columnWidths: number[];
  /** Points by 1-based row, only rows given a height. */
  rowHeights: Record<number, number>;
  protected: boolean;
  print: { orientation: string; paperSize: string; repeatRows: string | null };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** name -> reference ("'Phụ lục 01'!$A$1:$N$30"), sorted by name. */
  names: Record<string, string>;
}
