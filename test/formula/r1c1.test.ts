/**
 * R1C1 shape keys: a column of copied formulas shares one key; a formula that breaks
 * the pattern has a different one.
 */
import { parseA1 } from "../../src/domain/address/cell-address";
import { parseFormula } from "../../src/domain/formula/parse";
import { r1c1Key } from "../../src/domain/formula/r1c1";

const keyAt = (a1: string, formula: string): string => r1c1Key(parseFormula(formula), parseA1(a1));

describe("r1c1Key", () => {
  it("writes a total as offsets from its own cell", () => {
    expect(keyAt("D10", "=SUM(D5:D9)")).toBe("SUM(R[-5]C:R[-1]C)");
  });

  it("gives a row of totals copied across one key", () => {
    const keys = ["D", "E", "F", "G"].map((col) => keyAt(`${col}10`, `=SUM(${col}5:${col}9)`));
    expect(new Set(keys).size).toBe(1);
  });

  it("singles out the total that stops one row short", () => {
    const keys = [keyAt("D10", "=SUM(D5:D9)"), keyAt("E10", "=SUM(E5:E8)"), keyAt("F10", "=SUM(F5:F9)")];
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
  });

  it("gives a column of row formulas copied down one key, and a typed-over one another", () => {
    const column = [5, 6, 7, 8].map((row) => keyAt(`C${row}`, `=D${row}+E${row}+F${row}`));
    expect(new Set(column)).toEqual(new Set(["RC[1]+RC[2]+RC[3]"]));
    expect(keyAt("C9", "=D9+E9")).not.toBe(column[0]);
    expect(keyAt("C9", "=D8+E9+F9")).not.toBe(column[0]);
  });

  it("keeps $ anchors absolute", () => {
    expect(keyAt("E5", "=D5*$B$2")).toBe("RC[-1]*R2C2");
    expect(keyAt("E6", "=D6*$B$2")).toBe(keyAt("E5", "=D5*$B$2"));
    expect(keyAt("E5", "=D$4*$C5")).toBe("R4C[-1]*RC3");
  });

  it("handles sheets, whole columns and whole rows", () => {
    expect(keyAt("D1", "='Phụ lục 01'!C:C")).toBe("'Phụ lục 01'!C[-1]:C[-1]");
    expect(keyAt("A4", "=SUM(3:$5)")).toBe("SUM(R[-1]:R5)");
  });
});
