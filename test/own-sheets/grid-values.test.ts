/**
 * Computing the values a file does not hold: totals of a workbook saved without results,
 * in dependency order across sheets and through defined names, without trusting (or
 * overwriting) results the file does hold. Circular chains end as an error value and are
 * listed; a chain of 100,000 formulas computes without exhausting the stack; a formula we
 * cannot read leaves it, and everything that reads it, unknown.
 */
import { CIRCULAR_VALUE, computeValues } from "../../src/domain/grid-values";
import { definedName, sheetGrid, valueAt, workbookGrid, type CellInput } from "./support/grids";

test("totals saved without results are computed from the amounts, dependencies first", () => {
  const grid = workbookGrid([
    sheetGrid("Phụ lục 01", {
      C5: "=SUM(C6:C8)",
      C6: "=D6+E6",
      C7: "=D7+E7",
      C8: "=D8+E8",
      D6: 300,
      E6: 87,
      D7: 571,
      E7: 43,
      D8: 0,
    }),
  ]);
  const computed = computeValues(grid);
  expect(valueAt(computed, "Phụ lục 01", "C5")).toMatchObject({
    value: 1001,
    valueKnown: true,
    formula: "=SUM(C6:C8)",
  });
  expect(valueAt(computed, "Phụ lục 01", "C8")?.value).toBe(0);
  expect([...(computed.computed.get("Phụ lục 01") ?? [])]).toHaveLength(4);
  expect(valueAt(grid, "Phụ lục 01", "C5")?.valueKnown).toBe(false);
});

test("references to other sheets and defined names (a sheet's own copy of a name first) are followed", () => {
  const range = { start: { row: 1, col: 1 }, end: { row: 2, col: 2 } };
  const grid = workbookGrid(
    [
      sheetGrid("Thông tin chung", { A1: "minRatio", B1: "=0.1+0.05", A2: "year", B2: 2025 }),
      sheetGrid("Phụ lục 01", { A1: '=INDEX(KHGN_TTC,MATCH("minRatio",INDEX(KHGN_TTC,0,1),0),2)*871' }),
      sheetGrid("Bản sao", { A1: "x", B1: 1, C1: "=INDEX(KHGN_TTC,1,2)" }),
    ],
    [definedName("KHGN_TTC", "Thông tin chung", range), definedName("KHGN_TTC", "Bản sao", range)],
  );
  const computed = computeValues(grid);
  expect(valueAt(computed, "Phụ lục 01", "A1")?.value).toBeCloseTo(130.65, 10);
  expect(valueAt(computed, "Bản sao", "C1")?.value).toBe(1);
});

test("cached results are kept as the file has them unless everything is recomputed", () => {
  const grid = workbookGrid([sheetGrid("S", { A1: 5, B1: { f: "=A1*2", v: 11 }, C1: "=B1+1" })]);
  expect(valueAt(computeValues(grid), "S", "C1")?.value).toBe(12);
  const all = computeValues(grid, { recomputeAll: true });
  expect(valueAt(all, "S", "B1")?.value).toBe(10);
  expect(valueAt(all, "S", "C1")?.value).toBe(11);
});

test("a circular chain gets an error value and is listed; what reads it gets the error too", () => {
  const grid = workbookGrid([sheetGrid("S", { A1: "=B1+1", B1: "=A1+1", C1: "=C1", D1: "=A1*2", E1: "=5" })]);
  const computed = computeValues(grid);
  for (const a1 of ["A1", "B1", "C1"]) expect(valueAt(computed, "S", a1)?.value).toEqual(CIRCULAR_VALUE);
  expect(valueAt(computed, "S", "D1")?.value).toEqual(CIRCULAR_VALUE);
  expect(valueAt(computed, "S", "E1")?.value).toBe(5);
  expect(computed.circular.map((c) => [c.address.row, c.address.col])).toEqual([
    [1, 1],
    [1, 2],
    [1, 3],
  ]);
});

test("a chain of 100,000 formulas computes without exhausting the stack", () => {
  const cells: Record<string, CellInput> = { A100001: 1 };
  for (let row = 1; row <= 100_000; row++) cells[`A${row}`] = `=A${row + 1}+1`;
  const computed = computeValues(workbookGrid([sheetGrid("S", cells)]));
  expect(valueAt(computed, "S", "A1")?.value).toBe(100_001);
});

test("a formula we cannot parse stays unknown, and so does every formula that reads it", () => {
  const grid = workbookGrid([sheetGrid("S", { A1: "=SUM(1,", B1: "=A1+1", C1: "=2*3" })]);
  const computed = computeValues(grid);
  expect(valueAt(computed, "S", "A1")?.valueKnown).toBe(false);
  expect(valueAt(computed, "S", "B1")?.valueKnown).toBe(false);
  expect(valueAt(computed, "S", "C1")).toMatchObject({ value: 6, valueKnown: true });
});

test("a reference to a sheet that does not exist is #REF!", () => {
  const computed = computeValues(workbookGrid([sheetGrid("S", { A1: "='Không có'!A1+1" })]));
  expect(valueAt(computed, "S", "A1")?.value).toEqual({ error: "#REF!" });
});
