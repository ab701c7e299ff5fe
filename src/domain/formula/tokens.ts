/**
 * Token kinds the tokenizer produces. References arrive already read (sheet, row,
 * column, anchors) so the parser never looks at reference text; the sheet prefix is
 * attached to the reference, name or #REF! it qualifies.
 */
import type { ErrorValue } from "../workbook";
import type { CellRefNode, RangeRefNode, SheetRef } from "./ast";

/** Where a token sits in the formula text: [start, end), 0-based, "=" included. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type OperatorText =
  "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=" | "%" | ":" | "@";

export type Token = Span &
  (
    | { readonly kind: "number"; readonly value: number; readonly text: string }
    | { readonly kind: "string"; readonly value: string }
    | { readonly kind: "boolean"; readonly value: boolean }
    | {
        readonly kind: "error";
        readonly value: ErrorValue;
        readonly sheet?: SheetRef;
        readonly lostRef?: string;
      }
    | { readonly kind: "ref"; readonly ref: CellRefNode | RangeRefNode }
    | { readonly kind: "name"; readonly name: string; readonly sheet?: SheetRef }
    | { readonly kind: "structured"; readonly text: string }
    | { readonly kind: "function"; readonly name: string; readonly prefix: string }
    | { readonly kind: "operator"; readonly op: OperatorText }
    /** Whitespace between two references: Excel's intersection operator. */
    | { readonly kind: "intersect" }
    | { readonly kind: "open" | "close" | "comma" | "semicolon" | "arrayOpen" | "arrayClose" }
  );
