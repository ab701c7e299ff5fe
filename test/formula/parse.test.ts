/**
 * The parser's tree: references read exactly (no A1:A10000 turning into A1:A1000, no lost
 * quoted sheet names), Excel's operator precedence, and ParseErrors that point at the
 * character where the formula goes wrong.
 */
import type { Expr } from "../../src/domain/formula/ast";
import { parseFormula, tryParseFormula } from "../../src/domain/formula/parse";
import { ParseError } from "../../src/domain/formula/parse-error";
import { printFormula } from "../../src/domain/formula/print";

const rel = (row: number, col: number) => ({ row, col, rowAbs: false, colAbs: false });
const abs = (row: number, col: number) => ({ row, col, rowAbs: true, colAbs: true });

/** The tree with parentheses made explicit, to read precedence at a glance. */
function bracketed(expr: Expr): string {
  switch (expr.type) {
    case "binary":
      return `(${bracketed(expr.left)}${expr.op}${bracketed(expr.right)})`;
    case "unary":
      return `(${expr.op}${bracketed(expr.operand)})`;
    case "percent":
      return `(${bracketed(expr.operand)}%)`;
    case "group":
      return bracketed(expr.inner);
    default:
      return printFormula(expr).slice(1);
  }
}

function parseError(formula: string): ParseError {
  const result = tryParseFormula(formula);
  if (result.ok) throw new Error(`${formula} parsed`);
  return result.error;
}

describe("references", () => {
  it("keeps every digit of a long range and the quoted sheet name", () => {
    expect(parseFormula("='Phụ lục 01'!$C$10:$C$10000")).toEqual({
      type: "range",
      span: "cells",
      sheet: { name: "Phụ lục 01" },
      start: abs(10, 3),
      end: abs(10000, 3),
    });
  });

  it("keeps an NFD sheet name exactly as written", () => {
    const nfd = "Phụ lục 01".normalize("NFD");
    expect(parseFormula(`='${nfd}'!A1`)).toMatchObject({ type: "cell", sheet: { name: nfd } });
  });

  it("reads relative, absolute and mixed anchors", () => {
    expect(parseFormula("=B$7")).toEqual({ type: "cell", row: 7, col: 2, rowAbs: true, colAbs: false });
    expect(parseFormula("=$B7")).toEqual({ type: "cell", row: 7, col: 2, rowAbs: false, colAbs: true });
  });

  it("reads whole columns and whole rows over the full grid", () => {
    expect(parseFormula("=$A:C")).toEqual({
      type: "range",
      span: "columns",
      start: { ...rel(1, 1), colAbs: true },
      end: rel(1_048_576, 3),
    });
    expect(parseFormula("=Sheet1!3:$5")).toEqual({
      type: "range",
      span: "rows",
      sheet: { name: "Sheet1" },
      start: rel(3, 1),
      end: { ...rel(5, 16_384), rowAbs: true },
    });
  });

  it("reads 3-D references, quoted or not, and other workbooks", () => {
    expect(parseFormula("=Sheet1:Sheet3!A1")).toMatchObject({ sheet: { name: "Sheet1", last: "Sheet3" } });
    expect(parseFormula("='Xã A:Xã C'!A1")).toMatchObject({ sheet: { name: "Xã A", last: "Xã C" } });
    expect(parseFormula("='[2]Biểu 02'!A1")).toMatchObject({ sheet: { name: "Biểu 02", book: "[2]" } });
  });

  it("unescapes doubled quotes in sheet names", () => {
    expect(parseFormula("='It''s'!A1")).toMatchObject({ sheet: { name: "It's" } });
  });

  it("joins a reference and a function with the range operator", () => {
    const tree = parseFormula("=A1:INDEX(A:A,5)");
    expect(tree).toMatchObject({
      type: "binary",
      op: ":",
      left: { type: "cell" },
      right: { type: "function" },
    });
  });

  it("reads a range written with spaces around the colon as the same range", () => {
    expect(parseFormula("=SUM(D5 : D9)")).toEqual(parseFormula("=SUM(D5:D9)"));
    expect(parseFormula("=Sheet1!A :C")).toEqual(parseFormula("=Sheet1!A:C"));
    expect(parseFormula("=A1 :Sheet2!B2")).toMatchObject({ type: "binary", op: ":" });
  });

  it("reads cell-shaped words outside the grid as names, as Excel does", () => {
    expect(parseFormula("=A0")).toEqual({ type: "name", name: "A0" });
    expect(parseFormula("=XFE1")).toEqual({ type: "name", name: "XFE1" });
    expect(parseFormula("=A1048577")).toEqual({ type: "name", name: "A1048577" });
  });

  it("tells function names from cells that look like them", () => {
    expect(parseFormula("=LOG10(A1)")).toMatchObject({ type: "function", name: "LOG10" });
    expect(parseFormula("=LOG10")).toMatchObject({ type: "cell", row: 10 });
  });
});

describe("functions", () => {
  it("upper-cases names and keeps the future-function prefix apart", () => {
    expect(parseFormula("=_xlfn.stdev.s(A1:A3)")).toMatchObject({ name: "STDEV.S", prefix: "_xlfn." });
    expect(parseFormula("=_xlfn._xlws.SORT(A1:A3)")).toMatchObject({ name: "SORT", prefix: "_xlfn._xlws." });
  });

  it("keeps empty arguments", () => {
    expect(parseFormula("=IF(A1,,1)")).toMatchObject({
      args: [{ type: "cell" }, { type: "empty" }, { type: "number", value: 1 }],
    });
    expect(parseFormula("=TODAY()")).toMatchObject({ args: [] });
    expect(parseFormula("=CHOOSE(1,)")).toMatchObject({ args: [{ type: "number" }, { type: "empty" }] });
  });
});

describe("precedence follows Excel", () => {
  it.each([
    ["=-2^2", "((-2)^2)"],
    ["=2^-2", "(2^(-2))"],
    ["=1+2*3", "(1+(2*3))"],
    ["=2^3^2", "((2^3)^2)"],
    ["=1-2-3", "((1-2)-3)"],
    ['=A1&"x"=B1', '((A1&"x")=B1)'],
    ["=1+2&3", "((1+2)&3)"],
    ["=-A1%", "((-A1)%)"],
    ["=2^50%", "(2^(50%))"],
    ["=-A1:INDEX(B:B,2)", "(-(A1:INDEX(B:B,2)))"],
    ["=A1:B2 B1:C3", "(A1:B2 B1:C3)"],
    ["=(A1,B1 C1)", "(A1,(B1 C1))"],
    ["=(A1 B1,C1)", "((A1 B1),C1)"],
    ["=A1:INDEX(B:B,2):C3", "((A1:INDEX(B:B,2)):C3)"],
    ["=+D5+D6", "((+D5)+D6)"],
    ["=1<>2", "(1<>2)"],
    ["=--A1", "(-(-A1))"],
  ])("%s is %s", (formula, shape) => {
    expect(bracketed(parseFormula(formula))).toBe(shape);
  });

  it("reads a comma inside parentheses as union and inside a call as a separator", () => {
    expect(parseFormula("=SUM((A1,B1))")).toMatchObject({ args: [{ type: "group", inner: { op: "," } }] });
    expect(parseFormula("=SUM(A1,B1)")).toMatchObject({ args: [{ type: "cell" }, { type: "cell" }] });
  });
});

describe("literals", () => {
  it("reads numbers, text with quotes, booleans and every error value", () => {
    expect(parseFormula("=1E+3")).toEqual({ type: "number", value: 1000, text: "1E+3" });
    expect(parseFormula("=.5")).toEqual({ type: "number", value: 0.5, text: ".5" });
    expect(parseFormula('="a""b"')).toEqual({ type: "string", value: 'a"b' });
    expect(parseFormula("=FALSE")).toEqual({ type: "boolean", value: false });
    for (const error of [
      "#REF!",
      "#DIV/0!",
      "#VALUE!",
      "#NAME?",
      "#N/A",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ]) {
      expect(parseFormula(`=${error}`)).toEqual({ type: "error", value: error });
    }
  });

  it("reads array constants row by row", () => {
    expect(parseFormula('={1,-2;"a",TRUE}')).toEqual({
      type: "array",
      rows: [
        [
          { type: "number", value: 1, text: "1" },
          { type: "number", value: -2, text: "-2" },
        ],
        [
          { type: "string", value: "a" },
          { type: "boolean", value: true },
        ],
      ],
    });
  });
});

describe("malformed formulas give a ParseError with a position", () => {
  it.each([
    ["=SUM(D5:D9", 4, "never closed"],
    ["=(D5+D6", 1, "never closed"],
    ["=SUM(D5:D9))", 11, "no matching ("],
    ["=D5+", 4, "ends where a value is expected"],
    ["=D5*/E5", 4, 'Unexpected "/"'],
    ["=", 1, "empty"],
    ["", 0, "empty"],
    ["=$A$0", 1, "not a valid reference"],
    ["=$XFE$1", 1, "not a valid reference"],
    ["=SUM(D5;D6)", 7, "localized"],
    ['="abc', 1, "Unclosed text"],
    ["='Phụ lục 01!A1", 1, "Unclosed sheet name"],
    ["='Phụ lục 01'A1", 13, "followed by !"],
    ["=0:2", 2, "joins references"],
    ["=SUM((1,2))", 7, "joins references"],
    ["={1,2;3}", 7, "same number of items"],
    ["={A1}", 2, "only numbers"],
    ["=()", 1, "Nothing between"],
    ["=Sheet1!", 8, "after"],
    ["=#FOO!", 1, "Unknown error"],
    ["=1 2", 3, 'Unexpected "2"'],
    ["=Sheet1!SUM(A1)", 8, "function name"],
    ["=A1:", 4, "ends where a value is expected"],
    ["=Sheet1!#DIV/0!", 8, "Only #REF!"],
    ["=[Col", 1, "Unclosed ["],
    ["=A1~B1", 3, 'Unexpected character "~"'],
  ])("%j fails at %i (%s)", (formula, position, reason) => {
    const error = parseError(formula);
    expect(error).toBeInstanceOf(ParseError);
    expect(error.position).toBe(position);
    expect(error.reason).toContain(reason);
  });

  it("refuses formulas nested far beyond Excel's limit instead of overflowing the stack", () => {
    const deep = `=${"(".repeat(5000)}1${")".repeat(5000)}`;
    expect(parseError(deep).reason).toContain("nested too deeply");
    expect(parseError(`=${"-".repeat(5000)}1`).reason).toContain("nested too deeply");
    const chain = `=${"D5+".repeat(1200)}1`;
    expect(parseError(chain).reason).toContain("chains too many operators");
    expect(() => parseFormula(`=${"D5+".repeat(900)}1`)).not.toThrow();
  });

  it("throws only ParseError from parseFormula", () => {
    expect(() => parseFormula("=SUM(")).toThrow(ParseError);
  });

  it("on any jumble of formula pieces either fails with ParseError or prints back to the same tree", () => {
    const pieces = [
      "A1",
      "$B$2",
      "C:C",
      "3:5",
      "'Phụ lục 01'!",
      "Sheet1!",
      "SUM(",
      "(",
      ")",
      ",",
      ";",
      ":",
      " ",
      " :",
    ];
    pieces.push(
      "+",
      "-",
      "^",
      "&",
      "<>",
      "%",
      "@",
      "{",
      "}",
      '"x"',
      "#REF!",
      "1",
      ".5",
      "TRUE",
      "Name",
      "[Col]",
    );
    pieces.push("'", "!", "$", "[1]", "XFE1", "A");
    let seed = 42;
    const pick = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 5000; i += 1) {
      const formula = `=${Array.from({ length: 1 + pick(8) }, () => pieces[pick(pieces.length)]).join("")}`;
      const result = tryParseFormula(formula);
      if (result.ok) expect(parseFormula(printFormula(result.expr))).toEqual(result.expr);
    }
  });
});
