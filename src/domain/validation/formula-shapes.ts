/**
 * R1C1 shapes of a sheet's formulas, computed once in reading order. A formula copied
 * from the cell above or to the left is recognised by writing that copy from the run's
 * pattern and comparing texts, which costs far less than parsing it; only the first cell
 * of each run of copies (and anything typed differently) is parsed and printed in R1C1.
 * Runs are kept for two rows at a time only, so a 20,000-row list never holds 20,000 trees.
 */
import { r1c1Key } from "../formula/r1c1";
import { cellKey, keyToAddress, type SheetGrid } from "../workbook";
import { CopyPattern } from "./copy-pattern";
import type { RuleContext } from "./rule";

/** A formula's shape, and the run of copies it belongs to (its first cell's pattern and place). */
interface Shaped {
  readonly shape: string;
  readonly pattern: CopyPattern;
  readonly row: number;
  readonly col: number;
}

export class SheetShapes {
  private readonly shapes = new Map<number, string | null>();
  private above = new Map<number, Shaped>();
  private current = new Map<number, Shaped>();
  private row = 0;

  constructor(
    private readonly ctx: RuleContext,
    readonly sheet: SheetGrid,
  ) {
    const keys: number[] = [];
    for (const [key, cell] of sheet.cells) if (cell.formula !== null) keys.push(key);
    for (const key of keys.sort((a, b) => a - b)) this.visit(key);
  }

  /** The R1C1 shape of the formula at a cell; null for constants, empty and unreadable cells. */
  shape(row: number, col: number): string | null {
    return row >= 1 && col >= 1 ? (this.shapes.get(cellKey(row, col)) ?? null) : null;
  }

  private visit(key: number): void {
    const { row, col } = keyToAddress(key);
    if (row !== this.row) {
      this.above = row === this.row + 1 ? this.current : new Map<number, Shaped>();
      this.current = new Map();
      this.row = row;
    }
    const text = this.sheet.cells.get(key)?.formula ?? "";
    const shaped =
      this.copied(text, this.above.get(col), row, col) ??
      this.copied(text, this.current.get(col - 1), row, col) ??
      this.parsed(row, col);
    if (shaped) this.current.set(col, shaped);
    this.shapes.set(key, shaped?.shape ?? null);
  }

  private copied(text: string, run: Shaped | undefined, row: number, col: number): Shaped | null {
    return run && run.pattern.textAt(row - run.row, col - run.col) === text ? run : null;
  }

  private parsed(row: number, col: number): Shaped | null {
    const expr = this.ctx.formula(this.sheet.name, row, col);
    return expr ? { shape: r1c1Key(expr, { row, col }), pattern: new CopyPattern(expr), row, col } : null;
  }
}
