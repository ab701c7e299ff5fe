import { amountInWords, numberToWords, trieuDongInWords } from "../../src/domain/format/words";

describe("amounts in words: the vectors of domain.md §7", () => {
  it.each([
    [1001, "Một tỷ không trăm linh một triệu đồng"],
    [871, "Tám trăm bảy mươi mốt triệu đồng"],
    [3230, "Ba tỷ hai trăm ba mươi triệu đồng"],
    [8345, "Tám tỷ ba trăm bốn mươi lăm triệu đồng"],
  ])("%d triệu đồng reads %s", (trieu, words) => {
    expect(trieuDongInWords(trieu)).toBe(words);
  });

  it.each([
    [23_010_000, "hai mươi ba triệu không trăm mười nghìn"],
    [2_030_000_305, "hai tỷ không trăm ba mươi triệu ba trăm linh năm"],
  ])("%d reads %s", (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });
});

describe("numbers in words", () => {
  it.each([
    [0, "không"],
    [5, "năm"],
    [10, "mười"],
    [11, "mười một"],
    [14, "mười bốn"],
    [15, "mười lăm"],
    [20, "hai mươi"],
    [21, "hai mươi mốt"],
    [24, "hai mươi tư"],
    [25, "hai mươi lăm"],
    [31, "ba mươi mốt"],
    [44, "bốn mươi tư"],
    [101, "một trăm linh một"],
    [104, "một trăm linh bốn"],
    [105, "một trăm linh năm"],
    [110, "một trăm mười"],
    [115, "một trăm mười lăm"],
    [121, "một trăm hai mươi mốt"],
    [1_000, "một nghìn"],
    [1_008, "một nghìn không trăm linh tám"],
    [1_010, "một nghìn không trăm mười"],
    [1_500, "một nghìn năm trăm"],
    [12_000, "mười hai nghìn"],
    [1_000_000, "một triệu"],
    [1_000_005, "một triệu không trăm linh năm"],
    [1_000_000_000, "một tỷ"],
    [1_000_000_005, "một tỷ không trăm linh năm"],
    [1_000_000_000_000, "một nghìn tỷ"],
    [1_234_000_000_000, "một nghìn hai trăm ba mươi tư tỷ"],
    [1_000_000_000_000_000, "một triệu tỷ"],
  ])("%d is %s", (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it("reads bigints past what a double holds exactly", () => {
    expect(numberToWords(10n ** 18n)).toBe("một tỷ tỷ");
    expect(numberToWords(10n ** 18n + 1n)).toBe("một tỷ tỷ không trăm linh một");
    expect(numberToWords(9_007_199_254_740_993n)).toBe(
      "chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi ba",
    );
  });

  it("offers the southern 'lẻ' for a zero tens digit", () => {
    expect(numberToWords(105, { zeroTens: "lẻ" })).toBe("một trăm lẻ năm");
    expect(amountInWords(1_008_000, { zeroTens: "lẻ" })).toBe("Một triệu không trăm lẻ tám nghìn đồng");
    expect(trieuDongInWords(1001, { zeroTens: "lẻ" })).toBe("Một tỷ không trăm lẻ một triệu đồng");
  });

  it("reads decimals with 'phẩy', saying leading zeros of the fraction", () => {
    expect(numberToWords(49.2)).toBe("bốn mươi chín phẩy hai");
    expect(numberToWords(0.82)).toBe("không phẩy tám mươi hai");
    expect(numberToWords(1.05)).toBe("một phẩy không năm");
    expect(numberToWords(2.25)).toBe("hai phẩy hai mươi lăm");
    expect(numberToWords(0.3333)).toBe("không phẩy ba ba ba ba");
  });

  it("does not read floating-point noise", () => {
    expect(numberToWords(0.1 + 0.2)).toBe("không phẩy ba");
  });

  it("reads negatives with 'âm'", () => {
    expect(numberToWords(-21)).toBe("âm hai mươi mốt");
    expect(amountInWords(-5_000)).toBe("Âm năm nghìn đồng");
  });

  it("rejects what is not a number", () => {
    expect(() => numberToWords(Number.NaN)).toThrow(RangeError);
    expect(() => amountInWords(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("amounts for the 'Bằng chữ' line", () => {
  it("capitalises and ends with đồng", () => {
    expect(amountInWords(0)).toBe("Không đồng");
    expect(amountInWords(1_500_000)).toBe("Một triệu năm trăm nghìn đồng");
    expect(amountInWords(10n ** 15n)).toBe("Một triệu tỷ đồng");
  });

  it("converts fractional triệu đồng to đồng exactly", () => {
    expect(trieuDongInWords(1001.5)).toBe("Một tỷ không trăm linh một triệu năm trăm nghìn đồng");
    expect(trieuDongInWords(130.65)).toBe("Một trăm ba mươi triệu sáu trăm năm mươi nghìn đồng");
    expect(trieuDongInWords(871 * 0.15)).toBe("Một trăm ba mươi triệu sáu trăm năm mươi nghìn đồng");
    expect(trieuDongInWords(0.001)).toBe("Một nghìn đồng");
  });

  it("reads seed 004's totals", () => {
    expect(trieuDongInWords(130)).toBe("Một trăm ba mươi triệu đồng");
    expect(trieuDongInWords(43)).toBe("Bốn mươi ba triệu đồng");
  });
});
