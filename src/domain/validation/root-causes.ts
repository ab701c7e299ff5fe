/**
 * Reports each problem once, where it starts. Two ways a finding is explained by another:
 * - rules whose findings travel up through formulas (RuleMeta.dependentsExplained): the
 *   same finding in a cell whose formula reads a cell that has it too is dropped;
 * - findings that compare a total with its parts (arithmetic rules) at a formula cell are
 *   dropped when the formula reads, directly or through other formulas, a cell holding an
 *   error or warning of the same family (a Dự án typed over, a SUM missing a row): the
 *   total is only wrong because that cell is, and fixing it fixes the total;
 * - an arithmetic finding at a cell holding a number stored as text: the sums skip the
 *   text, so its row looks off by the whole amount, but converting it is the fix, not the
 *   "should be 0" the arithmetic would suggest.
 */
import { CellIndex } from "./cell-index";
import { resolvedReferences } from "./formula-references";
import type { Issue } from "./issue";
import type { Rule, RuleContext, RuleKind } from "./rule";
import { keyToAddress } from "../workbook";

/** Kinds of rules whose findings can explain each other. */
const FAMILY: Readonly<Record<RuleKind, string>> = {
  formula: "amounts",
  arithmetic: "amounts",
  counterpart: "counterpart",
  targets: "targets",
  settings: "settings",
  recognition: "recognition",
};

const VALUE_KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>(["arithmetic"]);

const cellId = (sheet: string, row: number, col: number) => `${sheet.toUpperCase()}|${row}|${col}`;

function indexOf(issues: readonly Issue[]): CellIndex {
  const index = new CellIndex();
  for (const issue of issues) index.add(issue.sheet, issue.range.start);
  return index;
}

/** Whether the formula at a cell reads, directly or through other formulas, a cell of `explainers`. */
class Upstream {
  private formulas: CellIndex | undefined;
  private readonly clean = new Set<string>();

  constructor(
    private readonly ctx: RuleContext,
    private readonly explainers: CellIndex,
  ) {}

  reaches(sheet: string, row: number, col: number): boolean {
    const origin = cellId(sheet, row, col);
    const seen = new Set<string>([origin]);
    const queue = [{ sheet, row, col }];
    // A loop back to the origin's own finding proves nothing, nor may it mark cells clean.
    let loopsBack = false;
    for (let at = queue.shift(); at; at = queue.shift()) {
      const expr = this.ctx.formula(at.sheet, at.row, at.col);
      for (const ref of expr ? resolvedReferences(expr, at.sheet, this.ctx.grid) : []) {
        const hit = this.explainers
          .cellsIn(ref.sheet, ref.range)
          .map((cell) => cellId(ref.sheet, cell.row, cell.col));
        if (hit.some((id) => id !== origin)) return true;
        loopsBack ||= hit.length > 0;
        for (const cell of this.formulaCells().cellsIn(ref.sheet, ref.range)) {
          const id = cellId(ref.sheet, cell.row, cell.col);
          if (seen.has(id) || this.clean.has(id)) continue;
          seen.add(id);
          queue.push({ sheet: ref.sheet, ...cell });
        }
      }
    }
    if (!loopsBack) seen.forEach((id) => id !== origin && this.clean.add(id));
    return false;
  }

  private formulaCells(): CellIndex {
    if (!this.formulas) {
      this.formulas = new CellIndex();
      for (const sheet of this.ctx.grid.sheets) {
        for (const [key, cell] of sheet.cells)
          if (cell.formula !== null) this.formulas.add(sheet.name, keyToAddress(key));
      }
    }
    return this.formulas;
  }
}

function dropSameFinding(ctx: RuleContext, rules: readonly Rule[], issues: readonly Issue[]): Issue[] {
  const propagating = new Set(
    rules.filter((rule) => rule.meta.dependentsExplained).map((rule) => rule.meta.id),
  );
  const groups = new Map<string, Issue[]>();
  for (const issue of issues.filter((i) => propagating.has(i.ruleId))) {
    const key = `${issue.ruleId}|${issue.messageId}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const dropped = new Set<Issue>();
  for (const group of groups.values()) {
    const upstream = new Upstream(ctx, indexOf(group));
    for (const issue of group) {
      if (upstream.reaches(issue.sheet, issue.range.start.row, issue.range.start.col)) dropped.add(issue);
    }
  }
  return issues.filter((issue) => !dropped.has(issue));
}

function dropExplainedTotals(ctx: RuleContext, rules: readonly Rule[], issues: readonly Issue[]): Issue[] {
  const kinds = new Map(rules.map((rule) => [rule.meta.id, rule.meta.kind]));
  const familyOf = (issue: Issue) => FAMILY[kinds.get(issue.ruleId) ?? "recognition"];
  const serious = issues.filter((issue) => issue.severity !== "info");
  const upstreams = new Map<string, Upstream>();
  const upstream = (family: string) => {
    const found =
      upstreams.get(family) ?? new Upstream(ctx, indexOf(serious.filter((i) => familyOf(i) === family)));
    upstreams.set(family, found);
    return found;
  };
  return issues.filter((issue) => {
    if (!VALUE_KINDS.has(kinds.get(issue.ruleId) ?? "recognition")) return true;
    const { row, col } = issue.range.start;
    return !upstream(familyOf(issue)).reaches(issue.sheet, row, col);
  });
}

function dropAtTextNumbers(rules: readonly Rule[], issues: readonly Issue[]): Issue[] {
  const kinds = new Map(rules.map((rule) => [rule.meta.id, rule.meta.kind]));
  const at = (issue: Issue) => cellId(issue.sheet, issue.range.start.row, issue.range.start.col);
  const texts = new Set(issues.filter((i) => i.ruleId === "number-as-text" && i.severity !== "info").map(at));
  return issues.filter(
    (issue) => !VALUE_KINDS.has(kinds.get(issue.ruleId) ?? "recognition") || !texts.has(at(issue)),
  );
}

export function dropExplained(ctx: RuleContext, rules: readonly Rule[], issues: readonly Issue[]): Issue[] {
  return dropExplainedTotals(ctx, rules, dropSameFinding(ctx, rules, dropAtTextNumbers(rules, issues)));
}
