/**
 * A sheet being read, filled piece by piece as syncs return (cells, hidden rows and
 * columns, merges, protection), then frozen into the read port's SheetGrid.
 */
import { parseRangeA1, type RangeAddress } from "../../../domain/address/cell-address";
import { keyToAddress, type GridCell, type SheetGrid } from "../../../domain/workbook";

export interface SheetParts {
  readonly name: string;
  readonly visible: boolean;
  protected: boolean;
  readonly cells: Map<number, GridCell>;
  readonly hiddenRows: Set<number>;
  readonly hiddenCols: Set<number>;
  merges: RangeAddress[];
}

export function newSheetParts(name: string, visible: boolean): SheetParts {
  return {
    name,
    visible,
    protected: false,
    cells: new Map(),
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    merges: [],
  };
}

/**
 * "Sheet1!A1:B4, 'Phụ lục 01'!D1:D4" -> rectangles. Each rectangle is the A1 text after a
 * "!" and before a comma or the end; a sheet name may hold "!" or "," but only inside
 * quotes, where no comma follows an address.
 */
export function readMergedAddress(address: string): RangeAddress[] {
  const pattern = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*(?:,|$))/g;
  return [...address.matchAll(pattern)].map((match) => parseRangeA1((match[1] ?? "").replace(/\$/g, "")));
}

export function toSheetGrid(parts: SheetParts): SheetGrid {
  let maxRow = 0;
  let maxCol = 0;
  for (const key of parts.cells.keys()) {
    const { row, col } = keyToAddress(key);
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  }
  return {
    name: parts.name,
    visible: parts.visible,
    protected: parts.protected,
    cells: parts.cells,
    maxRow,
    maxCol,
    hiddenRows: parts.hiddenRows,
    hiddenCols: parts.hiddenCols,
    merges: parts.merges,
  };
}
