/**
 * What the funds analysis reports: which arithmetic rule a wrong Phụ lục 01 cell belongs
 * to, the amount written and the amount expected (in the table's own unit), and the
 * evidence that points at that cell, from which the messages are worded.
 */
import type { RecognisedRow, RecognisedTable } from "../../detect/table";
import type { Identity, IdentityRule } from "./funds-table";

export type FundsRuleId = IdentityRule | "parent-sum" | "grand-total";

export type FundsEvidence =
  /** The identity's total cell disagrees with its parts. */
  | { readonly kind: "identity"; readonly identity: Identity }
  /** A cell two identities of its row share, both off by its error (NSTW between Tổng cộng and ĐTPT + SN). */
  | { readonly kind: "pair"; readonly outer: Identity; readonly inner: Identity }
  /** A cell its row identities and the sum in `parent` both point at. */
  | { readonly kind: "parent"; readonly parent: RecognisedRow }
  /** A part whose formula breaks its neighbours' copy pattern; their `formula` makes the identity hold. */
  | { readonly kind: "pattern"; readonly identity: Identity; readonly formula: string }
  /** A parent or TỔNG CỘNG cell that is not the sum of its rows. */
  | { readonly kind: "children"; readonly rows: readonly number[] }
  /** A parent or TỔNG CỘNG row with amounts over rows that are all empty. */
  | { readonly kind: "children-empty"; readonly rows: readonly number[] };

export interface FundsFinding {
  readonly rule: FundsRuleId;
  readonly table: RecognisedTable;
  readonly row: RecognisedRow;
  /** Column key of the wrong cell. */
  readonly column: string;
  /** In the table's own unit. */
  readonly actual: number;
  readonly expected: number;
  readonly evidence: FundsEvidence;
}
