/**
 * The typed tree a formula parses into. Every later step (printing, reference listing,
 * R1C1 shape keys, shifting shared formulas, evaluation) walks these nodes instead of
 * the formula text, so a reference such as 'Phụ lục 01'!$C$10:$C$10000 is read exactly
 * once, by the tokenizer, and never re-matched with a pattern.
 */
import type { ErrorValue } from "../workbook";

/** Excel's grid: 1,048,576 rows by 16,384 columns (A..XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** The sheet part of a reference: Sheet1!, 'Phụ lục 01'!, 'Sheet 1:Sheet 3'! or [1]Sheet1!. */
export interface SheetRef {
  readonly name: string;
  /** Last sheet of a 3-D reference (Sheet1:Sheet3!A1). */
  readonly last?: string;
  /** External workbook part exactly as written, brackets included ("[1]", "C:\dir\[Book.xlsx]"). */
  readonly book?: string;
}

export interface NumberNode {
  readonly type: "number";
  readonly value: number;
  /** The digits as written (1E+3, .5), so printing gives the formula back unchanged. */
  readonly text: string;
}

export interface StringNode {
  readonly type: "string";
  readonly value: string;
}

export interface BooleanNode {
  readonly type: "boolean";
  readonly value: boolean;
}

export interface ErrorNode {
  readonly type: "error";
  readonly value: ErrorValue;
  /** 'Phụ lục 01'!#REF!: a reference whose cells were deleted keeps its sheet. */
  readonly sheet?: SheetRef;
  /** #REF!A1: a reference whose sheet was deleted keeps its cell text after the error. */
  readonly lostRef?: string;
}

/** One corner of a reference; `rowAbs`/`colAbs` are the $ anchors. */
export interface RefPoint {
  readonly row: number;
  readonly col: number;
  readonly rowAbs: boolean;
  readonly colAbs: boolean;
}

export interface CellRefNode extends RefPoint {
  readonly type: "cell";
  readonly sheet?: SheetRef;
}

/**
 * A rectangle written as one reference. For `columns` (A:C) only the column parts of
 * start/end mean anything and rows are 1..MAX_ROW; for `rows` (3:5) the reverse.
 */
export interface RangeRefNode {
  readonly type: "range";
  readonly span: "cells" | "columns" | "rows";
  readonly sheet?: SheetRef;
  readonly start: RefPoint;
  readonly end: RefPoint;
}

/** A defined name (or anything name-shaped Excel would look up as one: A0, XFE1). */
export interface NameNode {
  readonly type: "name";
  readonly name: string;
  readonly sheet?: SheetRef;
}

/** Table1[Col], [@Col]: kept as written; we never resolve tables. */
export interface StructuredRefNode {
  readonly type: "structured";
  readonly text: string;
}

export interface FunctionNode {
  readonly type: "function";
  /** Upper-cased, without the _xlfn./_xlws. prefix: "STDEV.S". */
  readonly name: string;
  /** The future-function prefix as written ("_xlfn.", "_xlfn._xlws."), "" for none. */
  readonly prefix: string;
  readonly args: readonly Expr[];
}

/** A missing argument, as in IF(A1,,1). */
export interface EmptyNode {
  readonly type: "empty";
}

export type UnaryOperator = "+" | "-" | "@";

export interface UnaryNode {
  readonly type: "unary";
  readonly op: UnaryOperator;
  readonly operand: Expr;
}

export interface PercentNode {
  readonly type: "percent";
  readonly operand: Expr;
}

/** ":" range, " " intersection and "," union work on references; the rest on values. */
export type ReferenceOperator = ":" | " " | ",";
export type ValueOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";
export type BinaryOperator = ReferenceOperator | ValueOperator;

export interface BinaryNode {
  readonly type: "binary";
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}

/** Parentheses as written, so a printed formula reads like the one the user typed. */
export interface GroupNode {
  readonly type: "group";
  readonly inner: Expr;
}

export type ArrayItem = NumberNode | StringNode | BooleanNode | ErrorNode;

/** {1,2;3,4}: rows of constants, all rows the same length. */
export interface ArrayNode {
  readonly type: "array";
  readonly rows: readonly (readonly ArrayItem[])[];
}

export type ReferenceNode = CellRefNode | RangeRefNode;

export type Expr =
  | NumberNode
  | StringNode
  | BooleanNode
  | ErrorNode
  | CellRefNode
  | RangeRefNode
  | NameNode
  | StructuredRefNode
  | FunctionNode
  | EmptyNode
  | UnaryNode
  | PercentNode
  | BinaryNode
  | GroupNode
  | ArrayNode;
