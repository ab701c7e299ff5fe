/**
 * Which two cells a formula should agree with, given what recognition knows of the sheet.
 * Outside plan tables: the cells on either side and above and below. Inside a table, only
 * cells of the same kind form a run: an identity column (Tổng cộng, NSTW, NSĐP) is not a
 * copy of the source columns beside it, and a Dự án row adds its own Tiểu dự án rows, so
 * it is never compared down its column; a Tiểu dự án row is compared with the nearest
 * detail rows above and below, across the Dự án rows between them. A cell whose formula
 * reads another sheet (a summary row linking its details) is an ordinary cell again,
 * compared with whatever lies beside it.
 */
import type { CellAddress } from "../address/cell-address";
import { collectReferences } from "../formula/references";
import { cellKey } from "../workbook";
import type { RuleContext } from "./rule";
import { bodyRows, isParent, numericCells, type ExpectedFormula } from "./table-cells";

const INPUT = "input";

export type Neighbours = readonly [CellAddress, CellAddress];

export class RunNeighbours {
  /** Kind of each numeric table cell: its expected formula's kind, or "input". */
  private readonly kinds = new Map<number, string>();
  private readonly parents = new Set<number>();
  /** Detail rows of each table: the nearest detail row above and below. */
  private readonly detail = new Map<number, { above: number | null; below: number | null }>();

  constructor(
    private readonly ctx: RuleContext,
    private readonly sheet: string,
  ) {
    for (const table of ctx.recognition.tables) {
      if (table.sheet.toUpperCase() !== sheet.toUpperCase()) continue;
      for (const { row, col, expected } of numericCells(table)) {
        this.kinds.set(cellKey(row.row, col), this.kindOf({ row: row.row, col }, expected));
      }
      const rows = bodyRows(table);
      rows.filter(isParent).forEach((row) => this.parents.add(row.row));
      const details = rows.filter((row) => !isParent(row)).map((row) => row.row);
      details.forEach((row, i) =>
        this.detail.set(row, { above: details[i - 1] ?? null, below: details[i + 1] ?? null }),
      );
    }
  }

  alongRow(row: number, col: number): Neighbours | null {
    return this.sameKind(
      [
        { row, col: col - 1 },
        { row, col: col + 1 },
      ],
      { row, col },
    );
  }

  downColumn(row: number, col: number): Neighbours | null {
    if (this.parents.has(row)) return null;
    const detail = this.detail.get(row);
    const above = detail ? detail.above : row - 1;
    const below = detail ? detail.below : row + 1;
    if (above === null || below === null) return null;
    return this.sameKind(
      [
        { row: above, col },
        { row: below, col },
      ],
      { row, col },
    );
  }

  /**
   * The expected formula's kind, unless the cell's formula reads another sheet (a summary
   * row linking its details): then it is an ordinary cell, like its neighbours.
   */
  private kindOf(at: CellAddress, expected: ExpectedFormula | null): string {
    const expr = expected ? this.ctx.formula(this.sheet, at.row, at.col) : null;
    if (!expected || !expr) return expected?.kind ?? INPUT;
    const home = this.sheet.toUpperCase();
    const local = collectReferences(expr).every(
      (ref) => ref.sheet === null || ref.sheet.toUpperCase() === home,
    );
    return local ? expected.kind : INPUT;
  }

  private sameKind(pair: Neighbours, at: CellAddress): Neighbours | null {
    const kind = (cell: CellAddress) => this.kinds.get(cellKey(cell.row, cell.col));
    const own = kind(at);
    return pair.every((cell) => kind(cell) === own) ? pair : null;
  }
}
