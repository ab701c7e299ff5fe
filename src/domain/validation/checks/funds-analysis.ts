/**
 * Finds the cells of Phụ lục 01 whose amounts break the identities of domain.md §3, one
 * finding per wrong number rather than one per broken total. Every row identity (Tổng cộng
 * = NSTW + NSĐP + khác, NSTW = ĐTPT + SN, NSĐP = tỉnh + huyện + xã) is checked on rows
 * without child rows, and every parent and TỔNG CỘNG cell against the sum of its child rows
 * as written. A parent row's own identities follow from those two (its discrepancy is its
 * children's plus its column differences), so they are never reported: that is what keeps
 * a wrong Tiểu dự án total from being repeated at its Dự án and at TỔNG CỘNG. A column
 * difference that one child cell explains (its row identities are off by the same amount)
 * is reported once, at that cell; one that the parent's other columns explain (a typed SN
 * feeding formula totals) is reported at the column where it starts. A row identity off by
 * what one part's formula explains (a link to the wrong row, out of its neighbours' copy
 * pattern) is reported at that part, not at the total that is right.
 *
 * The five arithmetic rules share this analysis and each reports its own findings; it is
 * computed once per rule context.
 */
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import { evaluateIn } from "../evaluation";
import { sheetPatterns } from "../pattern-copy";
import type { RuleContext } from "../rule";
import type { FundsEvidence, FundsFinding, FundsRuleId } from "./funds-finding";
import {
  amountColumns,
  amountRows,
  FundsValues,
  fundsTables,
  identitiesOf,
  sameAmount,
  type Identity,
} from "./funds-table";

export type { FundsEvidence, FundsFinding, FundsRuleId } from "./funds-finding";

interface Discrepancy {
  readonly identity: Identity;
  /** Target − sum of parts. */
  readonly d: number;
  readonly violated: boolean;
}

interface ColumnSum {
  readonly actual: number;
  readonly expected: number;
  /** Parent − sum of its rows. */
  readonly delta: number;
  readonly violated: boolean;
}

interface CellAt {
  readonly row: number;
  readonly key: string;
}

/** Deeper than any real table (TỔNG CỘNG > group > Dự án > Tiểu dự án); guards a malformed tree. */
const MAX_DEPTH = 8;

function involves(identity: Identity, key: string): boolean {
  return identity.target === key || identity.parts.includes(key);
}

/** +1 for the identity's target, −1 for a part: how an error in the cell moves the discrepancy. */
function coefficient(identity: Identity, key: string): number {
  return identity.target === key ? 1 : -1;
}

function only<T>(items: readonly (T | null)[]): T | null {
  const found = items.filter((item): item is T => item !== null);
  return found.length === 1 ? (found[0] ?? null) : null;
}

class TableAnalysis {
  private readonly values: FundsValues;
  private readonly rows: ReadonlyMap<number, RecognisedRow>;
  private readonly identities: readonly Identity[];
  private readonly columns: readonly string[];
  private readonly discrepancyCache = new Map<number, Discrepancy[]>();
  /** Leaf row -> column -> (error, the parent whose sum pointed at it). */
  private readonly located = new Map<number, Map<string, { error: number; parent: RecognisedRow }>>();
  readonly findings: FundsFinding[] = [];

  constructor(
    private readonly ctx: RuleContext,
    private readonly table: RecognisedTable,
  ) {
    this.values = new FundsValues(ctx, table);
    this.rows = new Map(amountRows(table).map((row) => [row.row, row]));
    this.identities = identitiesOf(table);
    this.columns = amountColumns(table);
  }

  run(): FundsFinding[] {
    const rows = [...this.rows.values()];
    rows.filter((row) => row.childRows.length > 0).forEach((row) => this.checkParent(row));
    rows.filter((row) => row.childRows.length === 0).forEach((row) => this.checkLeaf(row));
    return this.findings.sort((a, b) => a.row.row - b.row.row || this.columnOrder(a) - this.columnOrder(b));
  }

  private columnOrder(finding: FundsFinding): number {
    return this.table.columns.get(finding.column) ?? 0;
  }

  private same(a: number, b: number): boolean {
    return sameAmount(this.ctx, this.table, a, b);
  }

  private discrepancies(row: number): Discrepancy[] {
    let found = this.discrepancyCache.get(row);
    if (!found) {
      found = this.identities.flatMap((identity) => this.discrepancy(row, identity) ?? []);
      this.discrepancyCache.set(row, found);
    }
    return found;
  }

  private discrepancy(row: number, identity: Identity): Discrepancy | null {
    const target = this.values.get(row, identity.target);
    const parts = identity.parts.map((key) => this.values.get(row, key));
    if (target === null || parts.some((part) => part === null)) return null;
    const sum = (parts as number[]).reduce((total, part) => total + part, 0);
    return { identity, d: target - sum, violated: !this.same(target, sum) };
  }

  private columnSum(row: number, key: string): ColumnSum | null {
    const actual = this.values.get(row, key);
    const children = (this.rows.get(row)?.childRows ?? []).map((child) => this.values.get(child, key));
    if (actual === null || children.some((value) => value === null)) return null;
    const expected = (children as number[]).reduce((total, value) => total + value, 0);
    return { actual, expected, delta: actual - expected, violated: !this.same(actual, expected) };
  }

  /** The one cell at or below `row` in column `key` whose being off by `error` explains what is seen. */
  private locate(row: number, key: string, error: number, depth = 0): CellAt | null {
    const recognised = this.rows.get(row);
    if (!recognised || depth > MAX_DEPTH) return null;
    if (recognised.childRows.length === 0) return this.explainsLeaf(row, key, error) ? { row, key } : null;
    const sum = this.columnSum(row, key);
    if (!sum) return null;
    if (sum.violated) return this.same(sum.delta, error) ? { row, key } : null;
    // The parent follows its rows (a SUM formula): the error may sit in one of them.
    return only(recognised.childRows.map((child) => this.locate(child, key, error, depth + 1)));
  }

  /**
   * Every identity of the row that holds the cell is off by the cell's error, except one
   * whose total is a formula: that total followed the wrong cell and so still agrees.
   */
  private explainsLeaf(row: number, key: string, error: number): boolean {
    const involved = this.discrepancies(row).filter((d) => involves(d.identity, key));
    const explained = (d: Discrepancy) => d.violated && this.same(d.d, coefficient(d.identity, key) * error);
    const followed = (d: Discrepancy) =>
      !d.violated && d.identity.target !== key && this.values.isFormula(row, d.identity.target);
    return involved.some(explained) && involved.every((d) => explained(d) || followed(d));
  }

  private checkParent(parent: RecognisedRow): void {
    if (this.reportEmptyChildren(parent)) return;
    for (const key of this.columns) {
      const sum = this.columnSum(parent.row, key);
      if (!sum?.violated) continue;
      const cell = only(parent.childRows.map((child) => this.locate(child, key, -sum.delta)));
      if (cell) {
        this.recordLocated(cell, -sum.delta, parent);
        continue;
      }
      if (this.explainedByParts(parent.row, key, sum)) continue;
      const evidence: FundsEvidence = { kind: "children", rows: parent.childRows };
      this.findings.push({ ...this.base(parent, key, sum.actual), expected: sum.expected, evidence });
    }
  }

  private base(row: RecognisedRow, column: string, actual: number) {
    const rule: FundsRuleId = row.role === "total" ? "grand-total" : "parent-sum";
    return { rule, table: this.table, row, column, actual };
  }

  private recordLocated(cell: CellAt, error: number, parent: RecognisedRow): void {
    if ((this.rows.get(cell.row)?.childRows.length ?? 0) > 0) return; // reported by that row's own sums
    const byColumn =
      this.located.get(cell.row) ?? new Map<string, { error: number; parent: RecognisedRow }>();
    byColumn.set(cell.key, { error, parent });
    this.located.set(cell.row, byColumn);
  }

  /**
   * A total column of the parent that holds its identity (a formula over NSTW, NSĐP, khác)
   * is off exactly by what its parts are off: the difference starts in a part column.
   */
  private explainedByParts(row: number, key: string, sum: ColumnSum): boolean {
    const own = this.discrepancies(row).find((d) => d.identity.target === key);
    if (!own || own.violated) return false;
    const parts = own.identity.parts.map((part) => this.columnSum(row, part));
    if (parts.some((part) => part === null)) return false;
    const partsDelta = (parts as ColumnSum[]).reduce((total, part) => total + part.delta, 0);
    return this.same(sum.delta, partsDelta);
  }

  /** A Dự án with amounts over Tiểu dự án rows left empty: one finding, not one per column. */
  private reportEmptyChildren(parent: RecognisedRow): boolean {
    const childrenEmpty = parent.childRows.every((child) =>
      this.columns.every((key) => this.values.get(child, key) === 0),
    );
    if (!childrenEmpty) return false;
    const key = this.columns.find((column) => (this.values.get(parent.row, column) ?? 0) !== 0);
    if (key === undefined) return false;
    const actual = this.values.get(parent.row, key) ?? 0;
    const evidence: FundsEvidence = { kind: "children-empty", rows: parent.childRows };
    this.findings.push({ ...this.base(parent, key, actual), expected: 0, evidence });
    return true;
  }

  private checkLeaf(row: RecognisedRow): void {
    const open = this.discrepancies(row.row).filter((d) => d.violated);
    if (open.length === 0) return;
    const remaining = new Set(open);
    for (const [key, { error, parent }] of this.located.get(row.row) ?? []) {
      const consumed = open.filter((d) => involves(d.identity, key));
      consumed.forEach((d) => remaining.delete(d));
      const own = consumed.find((d) => d.identity.target === key);
      const rule = own?.identity.rule ?? consumed[0]?.identity.rule ?? "row-total";
      const actual = this.values.get(row.row, key) ?? 0;
      // A total cell is explained by its own identity; the parent's sum only confirms it.
      const evidence: FundsEvidence = own
        ? { kind: "identity", identity: own.identity }
        : { kind: "parent", parent };
      this.findings.push({
        rule,
        table: this.table,
        row,
        column: key,
        actual,
        expected: actual - error,
        evidence,
      });
    }
    this.reportPairs(row, remaining);
    for (const d of remaining) this.reportIdentity(row, d);
  }

  /** Tổng cộng and NSTW both off, by opposite amounts: the NSTW cell they share is wrong. */
  private reportPairs(row: RecognisedRow, remaining: Set<Discrepancy>): void {
    for (const inner of [...remaining]) {
      if (!remaining.has(inner)) continue;
      const outer = [...remaining].find(
        (d) => d !== inner && d.identity.parts.includes(inner.identity.target) && this.same(d.d, -inner.d),
      );
      if (!outer) continue;
      remaining.delete(inner);
      remaining.delete(outer);
      const key = inner.identity.target;
      const actual = this.values.get(row.row, key) ?? 0;
      const evidence: FundsEvidence = { kind: "pair", outer: outer.identity, inner: inner.identity };
      const rule = inner.identity.rule;
      this.findings.push({
        rule,
        table: this.table,
        row,
        column: key,
        actual,
        expected: actual - inner.d,
        evidence,
      });
    }
  }

  /**
   * The one part of the identity whose formula is out of its neighbours' pattern and whose
   * pattern copy gives exactly the amount that makes the identity hold.
   */
  private patternPart(
    row: number,
    d: Discrepancy,
  ): { key: string; expected: number; formula: string } | null {
    const patterns = sheetPatterns(this.ctx, this.table.sheet);
    if (!patterns) return null;
    const candidates = d.identity.parts.map((key) => {
      const col = this.table.columns.get(key);
      const actual = this.values.get(row, key);
      const copy = col === undefined || actual === null ? null : patterns.copyAt(row, col);
      if (!copy || actual === null) return null;
      const value = evaluateIn(this.ctx, this.table.sheet, copy.expr);
      const fits = typeof value === "number" && this.same(value, actual + d.d);
      return fits ? { key, expected: value, formula: copy.formula } : null;
    });
    return only(candidates);
  }

  private reportIdentity(row: RecognisedRow, d: Discrepancy): void {
    const part = this.patternPart(row.row, d);
    if (part) {
      const actual = this.values.get(row.row, part.key) ?? 0;
      const evidence: FundsEvidence = { kind: "pattern", identity: d.identity, formula: part.formula };
      const finding = { table: this.table, row, column: part.key, actual, expected: part.expected };
      this.findings.push({ rule: d.identity.rule, ...finding, evidence });
      return;
    }
    const key = d.identity.target;
    const actual = this.values.get(row.row, key) ?? 0;
    const evidence: FundsEvidence = { kind: "identity", identity: d.identity };
    this.findings.push({
      rule: d.identity.rule,
      table: this.table,
      row,
      column: key,
      actual,
      expected: actual - d.d,
      evidence,
    });
  }
}

const ANALYSES = new WeakMap<RuleContext, readonly FundsFinding[]>();

/** Every arithmetic finding of every Phụ lục 01 table, computed once per context. */
export function analyseFunds(ctx: RuleContext): readonly FundsFinding[] {
  let findings = ANALYSES.get(ctx);
  if (!findings) {
    findings = fundsTables(ctx).flatMap((table) => new TableAnalysis(ctx, table).run());
    ANALYSES.set(ctx, findings);
  }
  return findings;
}
