/**
 * Turns a tree back into formula text. A parsed formula prints as Excel would show it
 * (parentheses as written, no spaces except the intersection operator, upper-case
 * functions and references); a tree built or changed by code gets the parentheses its
 * precedence needs, so printing and parsing again always gives the same tree.
 */
import { columnLetters, quoteSheetName } from "../address/cell-address";
import type { ArrayItem, Expr, RefPoint, ReferenceNode, SheetRef } from "./ast";
import { readCellWord } from "./reference-words";

/** Prints one reference; r1c1.ts swaps in its relative notation. */
export type ReferencePrinter = (node: ReferenceNode) => string;

/** "=SUM(D5:D9)". */
export function printFormula(expr: Expr): string {
  return `=${printExpression(expr)}`;
}

/** The formula text without "=". */
export function printExpression(expr: Expr, printReference: ReferencePrinter = printA1Reference): string {
  return new Printer(printReference).print(expr, false);
}

const ATOM = 100;
const PRECEDENCE: Readonly<Record<string, number>> = {
  ":": 90,
  " ": 80,
  ",": 70,
  unary: 60,
  percent: 50,
  "^": 40,
  "*": 30,
  "/": 30,
  "+": 20,
  "-": 20,
  "&": 15,
  "=": 10,
  "<>": 10,
  "<": 10,
  ">": 10,
  "<=": 10,
  ">=": 10,
};

function precedenceOf(expr: Expr): number {
  if (expr.type === "binary") return PRECEDENCE[expr.op] ?? ATOM;
  if (expr.type === "unary" || expr.type === "percent") return PRECEDENCE[expr.type] ?? ATOM;
  return ATOM;
}

class Printer {
  constructor(private readonly printReference: ReferencePrinter) {}

  /** `union`: a bare "," would read as a union here (inside parentheses), not as an argument separator. */
  print(expr: Expr, union: boolean): string {
    switch (expr.type) {
      case "cell":
      case "range":
        return this.printReference(expr);
      case "function":
        return `${expr.prefix}${expr.name}(${expr.args.map((arg) => this.print(arg, false)).join(",")})`;
      case "group":
        return `(${this.print(expr.inner, true)})`;
      case "unary":
        return expr.op + this.operand(expr.operand, PRECEDENCE.unary ?? 0, union);
      case "percent":
        return `${this.operand(expr.operand, PRECEDENCE.percent ?? 0, union)}%`;
      case "binary":
        return this.binary(expr, union);
      case "array":
        return `{${expr.rows.map((row) => row.map(printConstant).join(",")).join(";")}}`;
      case "name":
        return sheetPrefix(expr.sheet) + expr.name;
      case "structured":
        return expr.text;
      case "empty":
        return "";
      default:
        return printConstant(expr);
    }
  }

  private binary(expr: Extract<Expr, { type: "binary" }>, union: boolean): string {
    if (expr.op === "," && !union) return `(${this.binary(expr, true)})`;
    const precedence = precedenceOf(expr);
    const left = this.operand(expr.left, precedence, union);
    const right = this.operand(expr.right, precedence + 1, union);
    return left + expr.op + right;
  }

  private operand(expr: Expr, minPrecedence: number, union: boolean): string {
    return precedenceOf(expr) < minPrecedence ? `(${this.print(expr, true)})` : this.print(expr, union);
  }
}

function printConstant(expr: ArrayItem): string {
  switch (expr.type) {
    case "number":
      return expr.text;
    case "string":
      return `"${expr.value.replace(/"/g, '""')}"`;
    case "boolean":
      return expr.value ? "TRUE" : "FALSE";
    case "error":
      return sheetPrefix(expr.sheet) + expr.value + (expr.lostRef ?? "");
  }
}

export function printA1Reference(node: ReferenceNode): string {
  const prefix = sheetPrefix(node.sheet);
  if (node.type === "cell") return prefix + a1Point(node);
  if (node.span === "columns") return `${prefix}${a1Column(node.start)}:${a1Column(node.end)}`;
  if (node.span === "rows") return `${prefix}${a1Row(node.start)}:${a1Row(node.end)}`;
  return `${prefix}${a1Point(node.start)}:${a1Point(node.end)}`;
}

function a1Point(point: RefPoint): string {
  return a1Column(point) + a1Row(point);
}

function a1Column(point: RefPoint): string {
  return (point.colAbs ? "$" : "") + columnLetters(point.col);
}

function a1Row(point: RefPoint): string {
  return (point.rowAbs ? "$" : "") + String(point.row);
}

/** "Sheet1!", "'Phụ lục 01'!", "'Sheet 1:Sheet 3'!", "[1]Sheet1!"; "" without a sheet. */
export function sheetPrefix(sheet: SheetRef | undefined): string {
  if (!sheet) return "";
  const names = sheet.last === undefined ? [sheet.name] : [sheet.name, sheet.last];
  const book = sheet.book ?? "";
  const plain = `${book}${names.join(":")}`;
  if (sheet.name === "" || (isPlainBook(book) && names.every(isPlainSheetName))) return `${plain}!`;
  return `'${plain.replace(/'/g, "''")}'!`;
}

function isPlainBook(book: string): boolean {
  return book === "" || /^\[[\w.]+\]$/.test(book);
}

/** Letters, digits, "_" and "." only, and nothing Excel could read as a cell, R1C1 or boolean. */
function isPlainSheetName(name: string): boolean {
  if (quoteSheetName(name) !== name || readCellWord(name) !== null) return false;
  return !/^(R\d*C?\d*|C\d*|TRUE|FALSE)$/i.test(name);
}
