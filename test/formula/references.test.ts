/**
 * The cells and ranges a formula reads, with their sheets, as the core's address types.
 */
import { parseFormula } from "../../src/domain/formula/parse";
import { collectNames, collectReferences } from "../../src/domain/formula/references";

const at = (row: number, col: number) => ({ row, col });

describe("collectReferences", () => {
  it("lists every reference in reading order with its sheet", () => {
    const refs = collectReferences(parseFormula("=SUM(D5:D9)+'Phụ lục 01'!$C$10:$C$10000-E5"), "Biểu 02");
    expect(refs.map(({ sheet, range, span }) => ({ sheet, range, span }))).toEqual([
      { sheet: "Biểu 02", range: { start: at(5, 4), end: at(9, 4) }, span: "cells" },
      { sheet: "Phụ lục 01", range: { start: at(10, 3), end: at(10000, 3) }, span: "cells" },
      { sheet: "Biểu 02", range: { start: at(5, 5), end: at(5, 5) }, span: "cell" },
    ]);
  });

  it("leaves the sheet null when no home sheet is given", () => {
    expect(collectReferences(parseFormula("=A1"))[0]?.sheet).toBeNull();
  });

  it("covers the full grid for whole columns and rows", () => {
    const [columns, rows] = collectReferences(parseFormula("=SUM(C:C)+SUM(3:5)"));
    expect(columns?.range).toEqual({ start: at(1, 3), end: at(1_048_576, 3) });
    expect(rows?.range).toEqual({ start: at(3, 1), end: at(5, 16_384) });
  });

  it("orders ranges written backwards", () => {
    expect(collectReferences(parseFormula("=SUM(D9:B5)"))[0]?.range).toEqual({
      start: at(5, 2),
      end: at(9, 4),
    });
  });

  it("reports 3-D spans and other workbooks", () => {
    const [threeD, external] = collectReferences(parseFormula("=Sheet1:Sheet3!A1+[1]Nguồn!B2"));
    expect(threeD).toMatchObject({ sheet: "Sheet1", lastSheet: "Sheet3" });
    expect(external).toMatchObject({ sheet: "Nguồn", book: "[1]" });
  });

  it("finds references inside every kind of expression", () => {
    const refs = collectReferences(parseFormula("=IF(-A1%>0,(B1,C1),A2:INDEX(D:D,3))"));
    expect(refs.map((r) => r.node.type)).toEqual(["cell", "cell", "cell", "cell", "range"]);
  });
});

describe("collectNames", () => {
  it("lists defined names but not functions or references", () => {
    expect(collectNames(parseFormula("=SUM(DuAn1,A1)*TyLe")).map((n) => n.name)).toEqual(["DuAn1", "TyLe"]);
  });
});
