/**
 * The record of every change the fake applied, in order, so tests can assert what an
 * adapter wrote (and that it left other sheets alone) without diffing whole workbooks.
 */

export type WriteLogEntry =
  | {
      readonly op: "set";
      readonly sheet: string | null;
      /** A1 without the sheet part; null for sheet- or workbook-level properties. */
      readonly address: string | null;
      /** "values", "format/font/bold", "pageLayout/orientation", … */
      readonly property: string;
      readonly value: unknown;
    }
  | {
      readonly op: "call";
      readonly sheet: string | null;
      readonly address: string | null;
      /** "worksheets.add", "merge", "protection.protect", "names.add", "select", … */
      readonly method: string;
      readonly args: readonly unknown[];
    };

/** Where a change happened, for the log. */
export interface LogTarget {
  readonly sheet: string | null;
  readonly address: string | null;
}

export const WORKBOOK_LEVEL: LogTarget = { sheet: null, address: null };
