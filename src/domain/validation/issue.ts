/**
 * Findings as plain data (the ESLint model): a rule reports what is wrong, where, and how
 * to fix it; renderers turn message ids into Vietnamese or English. A fix keeps the
 * author's intent and may be applied in one click; a suggestion changes a number the user
 * typed and needs their confirmation.
 */
import type { RangeAddress } from "../address/cell-address";
import type { CellEdit } from "../workbook";

export type Severity = "error" | "warning" | "info";

export const RULE_IDS = [
  "error-value",
  "constant-total",
  "sum-range",
  "row-total",
  "nstw-sum",
  "nsdp-sum",
  "parent-sum",
  "grand-total",
  "number-as-text",
  "negative-amount",
  "inconsistent-formula",
  "empty-reference",
  "counterpart-ratio",
  "level-split",
  "target-percent-range",
  "target-count-whole",
  "target-reduction",
  "household-identity",
  "indicator-unit",
  "district-after-reform",
  "settings-missing",
  "unrecognised",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type MessageData = Readonly<Record<string, string | number>>;

export interface Fix {
  /** Message id of the fix's one-line description ("Mở rộng tổng đến dòng 14"). */
  readonly messageId: string;
  readonly data: MessageData;
  /** Applied together, in one batch; each edit keeps the cell's previous content for undo. */
  readonly edits: readonly CellEdit[];
}

export interface Issue {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: MessageData;
  readonly sheet: string;
  /** A cell or a small range (a row of a table at most). */
  readonly range: RangeAddress;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
}
