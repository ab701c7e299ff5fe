/**
 * Reading the cells of recognised tables for the narrative: an amount converted to triệu
 * đồng, a target (a rate as a fraction, whether typed "96", formatted 0,96 as % or written
 * "≥ 96%"), a text in NFC. Every number comes back traced to its cell; whatever cannot be
 * read (an error, a formula without a value, a word where a number belongs) is left out
 * and kept as a ReadProblem, the same kind our own sheets' readers report. Read a grid
 * whose formulas have values (computedGrid).
 */
import type { CellAddress } from "../../address/cell-address";
import { parseNumberText } from "../../format/parse-number";
import { computeValues, type ComputedGrid } from "../../grid-values";
import type { ReadProblem } from "../../own-sheets";
import { cellAt, isErrorCell, type GridValue, type SheetGrid, type WorkbookGrid } from "../../workbook";
import type { Traced } from "../input";

/** Offices type a dash (or leave blanks) for "nothing" in an amount cell. */
const NOTHING = /^[\s\-\u2013\u2014]*$/;
/** "≥ 36%", "trên 80%": the bound is the target. */
const COMPARISON_PREFIX = /^\s*(?:[≥≤><]=?|=|trên|dưới|tối thiểu|tối đa|đạt)\s*/iu;

/** The grid with formula values filled in; one that already has them is taken as it is. */
export function computedGrid(grid: WorkbookGrid): ComputedGrid {
  return "computed" in grid ? (grid as ComputedGrid) : computeValues(grid);
}

/** A number scaled by `factor` without the float noise of scaling (150500000 × 0,000001, 5,57 ÷ 100). */
function scaled(x: number, factor: number): number {
  return factor === 1 ? x : Number((x * factor).toPrecision(15));
}

/** Whether a number format shows values as percentages (a "%" outside quoted text). */
function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

function shown(value: GridValue): string {
  if (value === null) return "";
  return isErrorCell(value) ? value.error : String(value);
}

export class CellReader {
  readonly problems: ReadProblem[] = [];
  private readonly sheets: ReadonlyMap<string, SheetGrid>;

  constructor(grid: WorkbookGrid) {
    this.sheets = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  }

  /** An amount times `factor` (the table's unit to triệu đồng); an empty cell or a dash is 0. */
  amount(sheet: string, at: CellAddress, factor: number): Traced | undefined {
    const value = this.value(sheet, at);
    if (value === undefined) return undefined;
    const number = this.amountOf(sheet, at, value);
    return number === undefined ? undefined : this.traced(sheet, at, scaled(number, factor));
  }

  /** A target; a rate (`percent`) as a fraction. An empty cell is no target yet, not 0. */
  target(sheet: string, at: CellAddress, percent: boolean): Traced | undefined {
    const value = this.value(sheet, at);
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === ""))
      return undefined;
    const read = this.targetOf(sheet, at, value);
    if (!read) return undefined;
    return this.traced(sheet, at, scaled(read.value, percent && !read.fraction ? 0.01 : 1));
  }

  /** The cell's text, trimmed and in NFC; "" for an empty cell or one holding no text. */
  text(sheet: string, at: CellAddress): string {
    const value = this.cell(sheet, at)?.value ?? null;
    if (typeof value !== "string" && typeof value !== "number") return "";
    return String(value).normalize("NFC").replace(/\s+/g, " ").trim();
  }

  private cell(sheet: string, at: CellAddress) {
    const grid = this.sheets.get(sheet);
    return grid ? cellAt(grid, at.row, at.col) : undefined;
  }

  /** The value, or undefined (reported) for an error or a formula whose value is unknown. */
  private value(sheet: string, at: CellAddress): GridValue | undefined {
    const cell = this.cell(sheet, at);
    if (!cell) return null;
    if (!cell.valueKnown) {
      this.problems.push({ kind: "value-unknown", sheet, cell: at });
      return undefined;
    }
    if (isErrorCell(cell.value)) {
      this.problems.push({ kind: "error-value", sheet, cell: at, shown: cell.value.error });
      return undefined;
    }
    return cell.value;
  }

  private amountOf(sheet: string, at: CellAddress, value: GridValue): number | undefined {
    if (value === null) return 0;
    if (typeof value === "number") return value;
    if (typeof value === "string") {
      const parsed = parseNumberText(value)?.value;
      if (parsed !== undefined) return parsed;
      if (NOTHING.test(value)) return 0;
    }
    this.problems.push({ kind: "not-a-number", sheet, cell: at, shown: shown(value) });
    return undefined;
  }

  private targetOf(
    sheet: string,
    at: CellAddress,
    value: GridValue,
  ): { value: number; fraction: boolean } | undefined {
    if (typeof value === "number")
      return { value, fraction: isPercentFormat(this.cell(sheet, at)?.numberFormat ?? "") };
    const parsed = typeof value === "string" ? parseNumberText(value.replace(COMPARISON_PREFIX, "")) : null;
    if (parsed) return { value: parsed.value, fraction: parsed.percent };
    this.problems.push({ kind: "not-a-number", sheet, cell: at, shown: shown(value) });
    return undefined;
  }

  private traced(sheet: string, address: CellAddress, value: number): Traced {
    return { value, sources: [{ sheet, address }] };
  }
}
