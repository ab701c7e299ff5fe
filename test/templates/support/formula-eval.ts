/**
 * A tiny spreadsheet over SheetPlans: typed-in values can be set on any cell, and formula
 * cells are evaluated with Excel's rules for the functions our templates use (SUM, IF,
 * ROUND, ROUNDDOWN, ABS, ISNUMBER, IFERROR, INDEX, MATCH, OR, FIXED), so tests can check
 * what a sheet computes without Excel. A single reference to a cell the plans never
 * wrote is an error: our formulas must only point at cells we put there.
 */
import type { CellAddress } from "../../../src/domain/address/cell-address";
import type { PlannedCell, PlannedValue, SheetPlan } from "../../../src/domain/sheet-plan";
import { parseFormula, type Node } from "./formula-parse";

export interface ErrorValue {
  readonly error: string;
}
export type Scalar = number | string | boolean | null | ErrorValue;

interface RangeValue {
  readonly kind: "range";
  readonly sheet: string;
  readonly start: CellAddress;
  readonly end: CellAddress;
}
type Value = Scalar | RangeValue;

const VALUE_ERROR: ErrorValue = { error: "#VALUE!" };

export function isError(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}
function isRange(v: Value): v is RangeValue {
  return typeof v === "object" && v !== null && "kind" in v;
}

const key = (sheet: string, at: CellAddress) => `${sheet.toLowerCase()}|${at.row},${at.col}`;

/** Excel rounds half away from zero on the decimal digits it shows (15 significant). */
function roundTo(x: number, digits: number, mode: "round" | "down"): number {
  const scale = 10 ** digits;
  const scaled = Number((Math.abs(x) * scale).toPrecision(15));
  const whole = mode === "round" ? Math.round(scaled) : Math.floor(scaled);
  return (Math.sign(x) * whole) / scale;
}

export class PlanWorkbook {
  private readonly cells = new Map<string, PlannedCell>();
  private readonly names = new Map<string, RangeValue>();
  private readonly typed = new Map<string, PlannedValue>();
  private readonly cache = new Map<string, Scalar>();
  private readonly evaluating = new Set<string>();

  constructor(plans: readonly SheetPlan[]) {
    for (const plan of plans) {
      for (const cell of plan.cells) this.cells.set(key(plan.sheetName, cell.address), cell);
      for (const name of plan.names) {
        this.names.set(name.name.toUpperCase(), { kind: "range", sheet: plan.sheetName, ...name.range });
      }
    }
  }

  cell(sheet: string, at: CellAddress): PlannedCell | undefined {
    return this.cells.get(key(sheet, at));
  }

  /** Types a value into a cell (it must be one the plans wrote and not a formula). */
  set(sheet: string, at: CellAddress, value: PlannedValue): void {
    const cell = this.cell(sheet, at);
    if (!cell) throw new Error(`No planned cell at ${key(sheet, at)}`);
    if (cell.formula !== undefined) throw new Error(`Cannot type over the formula at ${key(sheet, at)}`);
    this.typed.set(key(sheet, at), value);
    this.cache.clear();
  }

  value(sheet: string, at: CellAddress): Scalar {
    const k = key(sheet, at);
    const cached = this.cache.get(k);
    if (cached !== undefined) return cached;
    const cell = this.cells.get(k);
    if (!cell) throw new Error(`Reference to a cell no plan wrote: ${k}`);
    if (cell.formula === undefined)
      return this.typed.has(k) ? (this.typed.get(k) ?? null) : (cell.value ?? null);
    if (this.evaluating.has(k)) throw new Error(`Circular reference at ${k}`);
    this.evaluating.add(k);
    const result = this.scalar(this.evaluate(parseFormula(cell.formula), sheet));
    this.evaluating.delete(k);
    this.cache.set(k, result);
    return result;
  }

  /** A cell inside a range: cells no plan wrote read as empty (INDEX over a marker name). */
  private rangeCell(sheet: string, at: CellAddress): Scalar {
    return this.cells.has(key(sheet, at)) ? this.value(sheet, at) : null;
  }

  private cellsOf(range: RangeValue): Scalar[] {
    const out: Scalar[] = [];
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let col = range.start.col; col <= range.end.col; col++)
        out.push(this.rangeCell(range.sheet, { row, col }));
    }
    return out;
  }

  private scalar(v: Value): Scalar {
    return isRange(v) ? VALUE_ERROR : v;
  }

  private evaluate(node: Node, sheet: string): Value {
    switch (node.t) {
      case "num":
      case "str":
      case "bool":
        return node.value;
      case "ref":
        return this.value(node.sheet ?? sheet, node.at);
      case "range":
        return { kind: "range", sheet: node.sheet ?? sheet, start: node.start, end: node.end };
      case "name": {
        const range = this.names.get(node.name.toUpperCase());
        if (!range) return { error: "#NAME?" };
        return range;
      }
      case "neg": {
        const n = toNumber(this.scalar(this.evaluate(node.operand, sheet)));
        return isError(n) ? n : -n;
      }
      case "bin":
        return binary(
          node.op,
          this.scalar(this.evaluate(node.left, sheet)),
          this.scalar(this.evaluate(node.right, sheet)),
        );
      case "call":
        return this.call(node.fn, node.args, sheet);
    }
  }

  private call(fn: string, args: Node[], sheet: string): Value {
    const arg = (i: number): Value => {
      const node = args[i];
      if (!node) throw new Error(`${fn} lacks argument ${i + 1}`);
      return this.evaluate(node, sheet);
    };
    const scalarArg = (i: number) => this.scalar(arg(i));
    switch (fn) {
      case "SUM":
        return this.sum(args, sheet);
      case "IF": {
        const test = truthy(scalarArg(0));
        if (isError(test)) return test;
        return test ? arg(1) : args.length > 2 ? arg(2) : false;
      }
      case "IFERROR": {
        const v = scalarArg(0);
        return isError(v) ? arg(1) : v;
      }
      case "ISNUMBER":
        return typeof scalarArg(0) === "number";
      case "OR": {
        const values = args.map((_, i) => truthy(scalarArg(i)));
        return values.find(isError) ?? values.some((v) => v === true);
      }
      case "ABS":
        return numeric(scalarArg(0), Math.abs);
      case "ROUND":
      case "ROUNDDOWN": {
        const digits = toNumber(scalarArg(1));
        if (isError(digits)) return digits;
        return numeric(scalarArg(0), (x) => roundTo(x, digits, fn === "ROUND" ? "round" : "down"));
      }
      case "FIXED": {
        const digits = toNumber(scalarArg(1));
        if (isError(digits)) return digits;
        return fixed(scalarArg(0), digits);
      }
      case "INDEX":
        return this.index(arg(0), scalarArg(1), args.length > 2 ? scalarArg(2) : 1);
      case "MATCH":
        return this.match(scalarArg(0), arg(1));
      default:
        throw new Error(`The test evaluator does not know ${fn}`);
    }
  }

  private sum(args: Node[], sheet: string): Scalar {
    let total = 0;
    for (const node of args) {
      const v = this.evaluate(node, sheet);
      const fromReference = isRange(v) || node.t === "ref";
      const values = isRange(v) ? this.cellsOf(v) : [v];
      for (const item of values) {
        if (isError(item)) return item;
        if (typeof item === "number") total += item;
        else if (!fromReference && item !== null) {
          const n = toNumber(item);
          if (isError(n)) return n;
          total += n;
        }
      }
    }
    return total;
  }

  private index(target: Value, rowArg: Scalar, colArg: Scalar): Value {
    if (!isRange(target)) return VALUE_ERROR;
    const r = toNumber(rowArg);
    const c = toNumber(colArg);
    if (isError(r)) return r;
    if (isError(c)) return c;
    const width = target.end.col - target.start.col + 1;
    const height = target.end.row - target.start.row + 1;
    if (c < 1 || c > width || r < 0 || r > height) return { error: "#REF!" };
    const col = target.start.col + c - 1;
    if (r === 0)
      return {
        kind: "range",
        sheet: target.sheet,
        start: { row: target.start.row, col },
        end: { row: target.end.row, col },
      };
    return this.rangeCell(target.sheet, { row: target.start.row + r - 1, col });
  }

  private match(wanted: Scalar, within: Value): Scalar {
    if (!isRange(within)) return { error: "#N/A" };
    if (isError(wanted)) return wanted;
    const found = this.cellsOf(within).findIndex((v) => v !== null && equal(v, wanted));
    return found < 0 ? { error: "#N/A" } : found + 1;
  }
}

function toNumber(v: Scalar): number | ErrorValue {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  return v.trim() === "" || Number.isNaN(n) ? VALUE_ERROR : n;
}

function numeric(v: Scalar, f: (x: number) => number): Scalar {
  const n = toNumber(v);
  return isError(n) ? n : f(n);
}

function truthy(v: Scalar): boolean | ErrorValue {
  if (isError(v)) return v;
  if (typeof v === "string") return VALUE_ERROR;
  return v === true || (typeof v === "number" && v !== 0);
}

/** Only called after errors were ruled out. */
function text(v: Exclude<Scalar, ErrorValue>): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "number" ? String(v) : v;
}

function fixed(v: Scalar, digits: number): Scalar {
  const n = toNumber(v);
  if (isError(n)) return n;
  const rounded = roundTo(n, digits, "round");
  return rounded.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Excel orders numbers < text < booleans; text compares case-insensitively; empty is 0 or "". */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const left = a === null ? (typeof b === "string" ? "" : 0) : a;
  const right = b === null ? (typeof a === "string" ? "" : 0) : b;
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (typeof left === "string" && typeof right === "string")
    return left.toLowerCase().localeCompare(right.toLowerCase());
  return Number(left) - Number(right);
}

function equal(a: Scalar, b: Scalar): boolean {
  return compare(a, b) === 0;
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case "&":
      return text(a) + text(b);
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case ">":
      return compare(a, b) > 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">=":
      return compare(a, b) >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return x * y;
  if (y === 0) return { error: "#DIV/0!" };
  return x / y;
}
