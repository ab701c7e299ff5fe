/**
 * Translating a formula from the master cell of a shared formula to another cell:
 * relative parts move, $ parts stay, and nothing else in the formula changes.
 */
import { parseA1 } from "../../src/domain/address/cell-address";
import { shiftFormula } from "../../src/domain/formula/shift";

const shift = (formula: string, from: string, to: string): string =>
  shiftFormula(formula, parseA1(from), parseA1(to));

describe("shiftFormula", () => {
  it("moves an ExcelJS shared total across the row, without adding =", () => {
    expect(shift("SUM(E5:E7)", "E8", "F8")).toBe("SUM(F5:F7)");
    expect(shift("SUM(E5:E7)", "E8", "E8")).toBe("SUM(E5:E7)");
  });

  it("keeps $ anchors and a leading =", () => {
    expect(shift("=$B$2*D5", "E5", "E9")).toBe("=$B$2*D9");
    expect(shift("=D$4*$C5", "D5", "F7")).toBe("=F$4*$C7");
  });

  it("keeps long ranges and quoted sheet names whole", () => {
    expect(shift("=SUM('Phụ lục 01'!C10:C10000)", "D1", "E1")).toBe("=SUM('Phụ lục 01'!D10:D10000)");
  });

  it("moves whole columns only sideways and whole rows only up and down", () => {
    expect(shift("SUM(C:C)", "D1", "E9")).toBe("SUM(D:D)");
    expect(shift("SUM(3:3)", "A4", "B6")).toBe("SUM(5:5)");
  });

  it("turns a reference pushed off the sheet into #REF!, keeping its sheet", () => {
    expect(shift("=A1+1", "B2", "A1")).toBe("=#REF!+1");
    expect(shift("='Phụ lục 01'!A1", "B2", "B1")).toBe("='Phụ lục 01'!#REF!");
  });

  it("leaves text, numbers and names alone", () => {
    expect(shift('=IF(D5>0,"D5 "&TyLe,1E+3)', "E5", "E6")).toBe('=IF(D6>0,"D5 "&TyLe,1E+3)');
  });

  it("shifts a long chain of additions", () => {
    const chain = (col: string) => `=${Array.from({ length: 900 }, (_, i) => `${col}${i + 5}`).join("+")}`;
    expect(shift(chain("D"), "D1", "E1")).toBe(chain("E"));
  });
});
