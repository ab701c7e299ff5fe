/**
 * Printing trees that code built or changed (fixes, shifted formulas): parentheses are
 * added where precedence needs them, and sheet names are quoted where Excel needs it.
 */
import type { CellRefNode, Expr } from "../../src/domain/formula/ast";
import { parseFormula } from "../../src/domain/formula/parse";
import { printFormula } from "../../src/domain/formula/print";

const cell = (row: number, col: number, sheet?: string): CellRefNode => ({
  type: "cell",
  row,
  col,
  rowAbs: false,
  colAbs: false,
  ...(sheet !== undefined && { sheet: { name: sheet } }),
});
const num = (value: number): Expr => ({ type: "number", value, text: String(value) });

describe("printing built trees", () => {
  it("adds the parentheses precedence needs, and only those", () => {
    const sum: Expr = { type: "binary", op: "+", left: cell(5, 4), right: cell(6, 4) };
    const product: Expr = { type: "binary", op: "*", left: sum, right: num(2) };
    expect(printFormula(product)).toBe("=(D5+D6)*2");
    expect(printFormula({ type: "binary", op: "-", left: num(1), right: sum })).toBe("=1-(D5+D6)");
    expect(printFormula({ type: "binary", op: "+", left: sum, right: num(1) })).toBe("=D5+D6+1");
    expect(printFormula({ type: "unary", op: "-", operand: sum })).toBe("=-(D5+D6)");
    expect(printFormula({ type: "percent", operand: { type: "unary", op: "-", operand: num(5) } })).toBe(
      "=-5%",
    );
  });

  it("wraps a union in parentheses where a comma would separate arguments", () => {
    const union: Expr = { type: "binary", op: ",", left: cell(1, 1), right: cell(1, 2) };
    const call: Expr = { type: "function", name: "SUM", prefix: "", args: [union, num(1)] };
    expect(printFormula(call)).toBe("=SUM((A1,B1),1)");
    expect(parseFormula(printFormula(call))).toMatchObject({ args: [{ type: "group" }, { type: "number" }] });
  });

  it("quotes sheet names with spaces, Vietnamese letters, quotes or cell-like names", () => {
    expect(printFormula(cell(1, 1, "Phụ lục 01"))).toBe("='Phụ lục 01'!A1");
    expect(printFormula(cell(1, 1, "Bob's"))).toBe("='Bob''s'!A1");
    expect(printFormula(cell(1, 1, "R1C1"))).toBe("='R1C1'!A1");
    expect(printFormula(cell(1, 1, "TRUE"))).toBe("='TRUE'!A1");
    expect(printFormula(cell(1, 1, "Sheet_1.2"))).toBe("=Sheet_1.2!A1");
  });

  it("quotes a whole 3-D sheet span when one end needs it", () => {
    expect(printFormula({ ...cell(1, 1), sheet: { name: "Xã A", last: "XaC" } })).toBe("='Xã A:XaC'!A1");
  });
});
