/**
 * The shape every validation rule has (one rule per file in rules/, file name = rule id):
 * metadata with its messages in both languages, and a pure check over the workbook's grids,
 * the recognised tables and the plan's settings.
 */
import type { Expr } from "../formula/ast";
import type { Recognition } from "../detect/table";
import type { ProgramFile } from "../programs/types";
import type { PlanSettings } from "../settings";
import type { GridValue, WorkbookGrid } from "../workbook";
import type { Issue, RuleId, Severity } from "./issue";

export type RuleKind = "formula" | "arithmetic" | "counterpart" | "targets" | "settings" | "recognition";

export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export interface RuleMeta {
  readonly id: RuleId;
  readonly kind: RuleKind;
  /** The usual severity; a rule may report some findings at another. */
  readonly severity: Severity;
  /** One line for docs/rules.md and the pane's help. */
  readonly description: Bilingual;
  /** Message id -> text with {placeholders}; ids are unique across rules (prefix with the rule id). */
  readonly messages: Readonly<Record<string, Bilingual>>;
  /**
   * True when a finding also explains the same finding (same message id) in every cell whose
   * formula reads that cell, directly or through other formulas, as a negative amount explains
   * the negative totals above it: the engine then reports only where it starts. Leave unset
   * for findings about a formula's own shape, which a wrong input never explains.
   */
  readonly dependentsExplained?: boolean;
}

export interface RuleContext {
  readonly grid: WorkbookGrid;
  /** A cell's value, computed by the core when the file has no cached result. */
  value(sheet: string, row: number, col: number): GridValue;
  /** A cell's parsed formula (cached), or null for constants and unparsable text. */
  formula(sheet: string, row: number, col: number): Expr | null;
  readonly recognition: Recognition;
  readonly program: ProgramFile | null;
  readonly settings: PlanSettings | null;
  /** Amounts that differ by less than this many triệu đồng are equal. */
  readonly tolerance: number;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): Issue[];
}
