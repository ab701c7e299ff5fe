import {
  columnLetters,
  columnNumber,
  parseA1,
  parseRangeA1,
  quoteSheetName,
  toA1,
} from "../../src/domain/address/cell-address";
import { freeDefinedName, freeSheetName } from "../../src/domain/unique-names";

describe("cell addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
  ])("column %i is %s and back", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it("parses and prints A1 addresses, absolute or not", () => {
    expect(parseA1("$C$12")).toEqual({ row: 12, col: 3 });
    expect(toA1({ row: 12, col: 3 }, true)).toBe("$C$12");
    expect(parseRangeA1("A1:B2").end).toEqual({ row: 2, col: 2 });
    expect(() => parseA1("1A")).toThrow(RangeError);
  });

  it("quotes sheet names with spaces or Vietnamese letters", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Phụ lục 01")).toBe("'Phụ lục 01'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});

describe("free names never overwrite", () => {
  it("numbers a clashing sheet name, case-insensitively", () => {
    expect(freeSheetName("Phụ lục 01", ["Sheet1"])).toBe("Phụ lục 01");
    expect(freeSheetName("Phụ lục 01", ["PHỤ LỤC 01", "Phụ lục 01 (2)"])).toBe("Phụ lục 01 (3)");
  });

  it("keeps sheet names within Excel's 31 characters", () => {
    const long = "A".repeat(31);
    expect(freeSheetName(long, [long])).toHaveLength(31);
  });

  it("suffixes a clashing defined name", () => {
    expect(freeDefinedName("KHGN_PL01", ["khgn_pl01"])).toBe("KHGN_PL01_2");
  });
});
