/**
 * Small constructors the rules share, so every finding, fix and cell edit is built the
 * same way: one cell per issue, formulas written with "=", values as plain numbers.
 */
import { quoteSheetName, toA1, type CellAddress } from "../address/cell-address";
import type { CellEdit } from "../workbook";
import type { Fix, Issue, MessageData, Severity } from "./issue";
import type { RuleMeta } from "./rule";

export interface CellRef extends CellAddress {
  readonly sheet: string;
}

export interface IssueExtras {
  readonly severity?: Severity;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
}

export function cellIssue(
  meta: RuleMeta,
  at: CellRef,
  messageId: string,
  data: MessageData,
  extras: IssueExtras = {},
): Issue {
  const address = { row: at.row, col: at.col };
  return {
    ruleId: meta.id,
    severity: extras.severity ?? meta.severity,
    messageId,
    data,
    sheet: at.sheet,
    range: { start: address, end: address },
    ...(extras.fix && { fix: extras.fix }),
    ...(extras.suggestions && extras.suggestions.length > 0 && { suggestions: extras.suggestions }),
  };
}

export function fixOf(messageId: string, data: MessageData, edits: readonly CellEdit[]): Fix {
  return { messageId, data, edits };
}

/** `formula` without or with its "="; the edit always carries one. */
export function formulaEdit(at: CellRef, formula: string): CellEdit {
  const text = formula.startsWith("=") ? formula : `=${formula}`;
  return { sheet: at.sheet, address: { row: at.row, col: at.col }, formula: text };
}

export function valueEdit(at: CellRef, value: number | string | boolean | null): CellEdit {
  return { sheet: at.sheet, address: { row: at.row, col: at.col }, value };
}

/** "E12" on the issue's own sheet, "'Biểu 02'!D5" elsewhere, for messages that point at another cell. */
export function cellLabel(cell: CellRef, homeSheet: string): string {
  const a1 = toA1(cell);
  return cell.sheet === homeSheet ? a1 : `${quoteSheetName(cell.sheet)}!${a1}`;
}

/** "13, 15" for the rows a message lists. */
export function rowList(rows: readonly number[]): string {
  return rows.join(", ");
}
