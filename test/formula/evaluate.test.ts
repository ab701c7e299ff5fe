/**
 * The evaluator computes what Excel shows for the formulas plans contain, including
 * Excel's error values and how they travel through a formula.
 */
import { parseA1, type CellAddress } from "../../src/domain/address/cell-address";
import { evaluateFormula, type EvaluationContext } from "../../src/domain/formula/evaluate";
import { parseFormula } from "../../src/domain/formula/parse";
import type { GridValue } from "../../src/domain/workbook";

type Sheets = Record<string, Record<string, GridValue>>;

const PLAN: Sheets = {
  "Phụ lục 01": {
    B5: "Dự án 2",
    D5: 100,
    E5: 40,
    B6: "Dự án 3",
    D6: 250.5,
    E6: 0,
    B7: "Tiểu dự án 1",
    D7: "không",
    E7: { error: "#REF!" },
    B8: "Dự án 6",
    D8: 49.5,
    E8: 10,
    D9: 400, // a subtotal row: =SUBTOTAL(9,D5:D8)
    B10: "Dự án 7",
    D10: 12,
    A1: 0.3,
    A2: "3",
    A3: true,
  },
  "Xã B": { D5: 7 },
  "Xã C": { D5: 11 },
};

function context(sheets: Sheets = PLAN, extra: Partial<EvaluationContext> = {}): EvaluationContext {
  return {
    sheet: "Phụ lục 01",
    value: (sheet: string, address: CellAddress) => {
      const cells = sheets[sheet] ?? {};
      const key = Object.keys(cells).find((k) => {
        const p = parseA1(k);
        return p.row === address.row && p.col === address.col;
      });
      return key === undefined ? null : (cells[key] ?? null);
    },
    ...extra,
  };
}

const evaluate = (formula: string, ctx: EvaluationContext = context()): GridValue =>
  evaluateFormula(parseFormula(formula), ctx);

describe("arithmetic and operators", () => {
  it.each([
    ["=-2^2", 4],
    ["=2^3^2", 64],
    ["=1+2*3", 7],
    ["=+D5+D6", 350.5],
    ["=D5*30%", 30],
    ["=10%", 0.1],
    ['="3"+1', 4],
    ["=A3+1", 2],
    ["=Z99+1", 1],
    ["=Z99", 0],
    ['=1&"a"&TRUE', "1aTRUE"],
    ['=A1*3&""', "0.9"],
    ['="a"="A"', true],
    ['=1<"a"', true],
    ['="a"<TRUE', true],
    ["=Z99=0", true],
    ['=Z99=""', true],
    ["=D5<>E5", true],
    ["=D5>=100", true],
  ])("%s is %j", (formula, value) => {
    expect(evaluate(formula)).toEqual(value);
  });

  it("compares Vietnamese text without regard to case or Unicode form, but with its accents", () => {
    expect(evaluate(`="DỰ ÁN 2"="${"dự án 2".normalize("NFD")}"`)).toBe(true);
    expect(evaluate('="Dự án"="Du an"')).toBe(false);
  });
});

describe("errors are values and travel through formulas", () => {
  it.each([
    ["=D5/E6", "#DIV/0!"],
    ["=D7+1", "#VALUE!"],
    ["=E7*2", "#REF!"],
    ["=1/0+#N/A", "#DIV/0!"],
    ["=#N/A+1/0", "#N/A"],
    ["=SUM(E5:E8)", "#REF!"],
    ["=FOO(1)", "#NAME?"],
    ["=TyLe*2", "#NAME?"],
    ["=0^0", "#NUM!"],
    ["=(-8)^(1/3)", "#NUM!"],
    ["=D5:D6+1", "#VALUE!"],
    ["=SUM(A1:B2 D5:E6)", "#NULL!"],
    ["=ROUND(1)", "#VALUE!"],
    ["=Sheet9:Sheet10!A1", "#REF!"],
    ["=[1]Sheet1!A1", "#REF!"],
    ["=#REF!A1", "#REF!"],
  ])("%s is %s", (formula, error) => {
    expect(evaluate(formula)).toEqual({ error });
  });

  it("keeps an error out of the branch IF and IFERROR do not take", () => {
    expect(evaluate("=IF(E6=0,0,D5/E6)")).toBe(0);
    expect(evaluate('=IFERROR(D5/E6,"-")')).toBe("-");
    expect(evaluate("=IFERROR(D5/E5,0)")).toBe(2.5);
  });
});

describe("aggregates", () => {
  it("SUM adds numbers in cells, skips text there, and converts typed arguments", () => {
    expect(evaluate("=SUM(D5:D8)")).toBe(400);
    expect(evaluate("=SUM(D5,D6,D8)")).toBe(400);
    expect(evaluate('=SUM(A1:A3,"2",TRUE)')).toBe(3.3);
    expect(evaluate('=SUM(1,"hai")')).toEqual({ error: "#VALUE!" });
    expect(evaluate("=SUM((D5,D8),{1,2})")).toBe(152.5);
  });

  it("SUBTOTAL leaves out subtotal cells and, with 109, hidden rows", () => {
    const ctx = context(PLAN, {
      formula: (_sheet, address) => (address.row === 9 && address.col === 4 ? "=SUBTOTAL(9,D5:D8)" : null),
      rowHidden: (_sheet, row) => row === 10,
    });
    expect(evaluate("=SUM(D5:D10)", ctx)).toBe(812);
    expect(evaluate("=SUBTOTAL(9,D5:D10)", ctx)).toBe(412);
    expect(evaluate("=SUBTOTAL(109,D5:D10)", ctx)).toBe(400);
    expect(evaluate("=SUBTOTAL(2,D5:D10)", ctx)).toBe(4);
    expect(evaluate("=SUBTOTAL(12,D5:D10)", ctx)).toEqual({ error: "#VALUE!" });
  });

  it("MIN, MAX, AVERAGE, COUNT and COUNTA follow Excel", () => {
    expect(evaluate("=MIN(D5:D8)")).toBe(49.5);
    expect(evaluate("=MAX(D5:D8,500)")).toBe(500);
    expect(evaluate("=MAX(B5:B8)")).toBe(0);
    expect(evaluate("=AVERAGE(D5:D8)")).toBe(400 / 3);
    expect(evaluate("=AVERAGE(B5:B8)")).toEqual({ error: "#DIV/0!" });
    expect(evaluate('=COUNT(D5:D8,"7",E7)')).toBe(4);
    expect(evaluate("=COUNTA(B5:B11)")).toBe(5);
  });

  it("reads only the used part of a whole column when the sheet's size is known", () => {
    let reads = 0;
    const base = context();
    const ctx = context(PLAN, {
      value: (sheet, address) => {
        reads += 1;
        return base.value(sheet, address);
      },
      usedSize: () => ({ maxRow: 10, maxCol: 5 }),
    });
    expect(evaluate("=SUM(D:D)", ctx)).toBe(812);
    expect(reads).toBe(10);
  });

  it("adds a 3-D reference over the sheets between its ends", () => {
    const ctx = context(PLAN, { sheetNames: ["Phụ lục 01", "Xã B", "Xã C"] });
    expect(evaluate("=SUM('Xã B:Xã C'!D5)", ctx)).toBe(18);
    expect(evaluate("=SUM('Phụ lục 01:Xã C'!D5)", ctx)).toBe(118);
  });
});

describe("rounding works on the digits Excel shows", () => {
  it.each([
    ["=ROUND(2.675,2)", 2.68],
    ["=ROUND(1.005,2)", 1.01],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1234.5,-2)", 1200],
    ["=ROUNDUP(0.1*3,1)", 0.3],
    ["=ROUNDUP(-1.21,1)", -1.3],
    ["=ROUNDDOWN(-2.5,0)", -2],
    ["=ROUNDDOWN(D6/3,1)", 83.5],
    ["=ROUND(D6*0.15,2.9)", 37.58],
    ["=ABS(-D5)", 100],
  ])("%s is %j", (formula, value) => {
    expect(evaluate(formula)).toBe(value);
  });
});

describe("logic", () => {
  it.each([
    ["=IF(D5>0,1,2)", 1],
    ["=IF(D5<0,1)", false],
    ["=IF(D5,,1)", 0],
    ['=IF("TRUE",1,2)', 1],
    ["=AND(D5>0,E5>0)", true],
    ["=AND(D5>0,E6>0)", false],
    ["=OR(E6,D5<0)", false],
    ["=OR(B5:B8,TRUE)", true],
    ["=NOT(E6)", true],
  ])("%s is %j", (formula, value) => {
    expect(evaluate(formula)).toEqual(value);
  });

  it("refuses text that is not TRUE or FALSE as a condition", () => {
    expect(evaluate('=IF("có",1,2)')).toEqual({ error: "#VALUE!" });
    expect(evaluate("=AND(B5:B6)")).toEqual({ error: "#VALUE!" });
  });
});

describe("lookups", () => {
  it("MATCH finds text without regard to case or Unicode form, with wildcards", () => {
    expect(evaluate('=MATCH("dự án 6",B5:B10,0)')).toBe(4);
    expect(evaluate(`=MATCH("${"DỰ ÁN 3".normalize("NFD")}",B5:B10,0)`)).toBe(2);
    expect(evaluate('=MATCH("Tiểu*",B5:B10,0)')).toBe(3);
    expect(evaluate('=MATCH("Dự án ?",B5:B10,0)')).toBe(1);
    expect(evaluate('=MATCH("Dự án 9",B5:B10,0)')).toEqual({ error: "#N/A" });
    expect(evaluate("=MATCH(260,{100,250.5,300})")).toBe(2);
    expect(evaluate("=MATCH(50,{100,250.5,300})")).toEqual({ error: "#N/A" });
  });

  it("INDEX returns a cell, a row or a reference to build a range with", () => {
    expect(evaluate("=INDEX(D5:D10,2)")).toBe(250.5);
    expect(evaluate("=INDEX(B5:E10,4,3)")).toBe(49.5);
    expect(evaluate("=INDEX({1,2,3},3)")).toBe(3);
    expect(evaluate("=SUM(D5:INDEX(D5:D10,2))")).toBe(350.5);
    expect(evaluate("=SUM(INDEX(D5:E6,0,2))")).toBe(40);
    expect(evaluate("=INDEX(D5:D10,7)")).toEqual({ error: "#REF!" });
    expect(evaluate('=INDEX(D5:D10,MATCH("Dự án 6",B5:B10,0))')).toBe(49.5);
  });

  it("VLOOKUP finds exact and approximate matches", () => {
    expect(evaluate('=VLOOKUP("dự án 3",B5:E10,3,FALSE)')).toBe(250.5);
    expect(evaluate('=VLOOKUP("Dự án 9",B5:E10,3,FALSE)')).toEqual({ error: "#N/A" });
    expect(evaluate("=VLOOKUP(260,{100,1;250,2;300,3},2)")).toBe(2);
    expect(evaluate('=VLOOKUP("Dự án 2",B5:E10,5,FALSE)')).toEqual({ error: "#REF!" });
    expect(evaluate('=VLOOKUP("Dự án 2",B5:E10,0,FALSE)')).toEqual({ error: "#VALUE!" });
  });
});

describe("references as values", () => {
  it("reads defined names through the context", () => {
    const ctx = context(PLAN, {
      definedName: (name, sheet) =>
        name === "KinhPhi" && sheet === null
          ? { sheet: "Phụ lục 01", range: { start: { row: 5, col: 4 }, end: { row: 6, col: 4 } } }
          : null,
    });
    expect(evaluate("=SUM(KinhPhi)", ctx)).toBe(350.5);
    expect(evaluate("=SUM(Sheet1!KinhPhi)", ctx)).toEqual({ error: "#NAME?" });
  });

  it("evaluates a long chain of additions without exhausting the stack", () => {
    expect(evaluate(`=${"D5+".repeat(900)}0`)).toBe(90_000);
  });

  it("adds unions and intersections", () => {
    expect(evaluate("=SUM((D5:D6,D8))")).toBe(400);
    expect(evaluate("=SUM(B5:E6 D5:D10)")).toBe(350.5);
    expect(evaluate("=D5:E5 D5:D6")).toBe(100);
  });

  it("reads another sheet by its quoted name", () => {
    expect(evaluate("='Xã B'!D5*2")).toBe(14);
    expect(evaluate("=@D5:D6")).toEqual({ error: "#VALUE!" });
  });
});
