import { formatAmount, formatCount, formatNumber, formatPercent } from "../../src/domain/format/numbers";

describe("Vietnamese number formats (domain.md §7)", () => {
  it.each([
    [1001, "1.001"],
    [3230, "3.230"],
    [8345, "8.345"],
    [871, "871"],
    [0, "0"],
    [1_234_567.5, "1.234.567,5"],
    [-1001, "-1.001"],
    [1_000_000_000_000, "1.000.000.000.000"],
  ])("%d is written %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it("never shows floating-point noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0,3");
    expect(formatNumber(871 * 0.15)).toBe("130,65");
    expect(formatNumber(1.1 * 3)).toBe("3,3");
  });

  it("rounds half away from zero when decimals are fixed", () => {
    expect(formatNumber(1.005, { decimals: 2 })).toBe("1,01");
    expect(formatNumber(-2.5, { decimals: 0 })).toBe("-3");
    expect(formatNumber(49.2, { decimals: 2 })).toBe("49,20");
    expect(formatNumber(49.2, { decimals: 2, minDecimals: 0 })).toBe("49,2");
    expect(formatNumber(999.96, { decimals: 1 })).toBe("1.000,0");
  });

  it("does not print minus zero", () => {
    expect(formatNumber(-0.001, { decimals: 2 })).toBe("0,00");
    expect(formatNumber(-0)).toBe("0");
  });

  it("keeps bigints exact", () => {
    expect(formatNumber(10n ** 18n)).toBe("1.000.000.000.000.000.000");
  });

  it("refuses impossible options and values", () => {
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 1, minDecimals: 2 })).toThrow(RangeError);
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe("percentages take fractions, as Excel stores them", () => {
  it.each([
    [0.0082, "0,82%"],
    [0.492, "49,2%"],
    [0.8234, "82,34%"],
    [1, "100%"],
    [0.15, "15%"],
    [0, "0%"],
  ])("%d is %s", (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });

  it("accepts percent points divided by 100 without float error", () => {
    expect(formatPercent(0.82 / 100)).toBe("0,82%");
    expect(formatPercent(49.2 / 100)).toBe("49,2%");
  });

  it("rounds a computed ratio when asked", () => {
    expect(formatPercent(130 / 871, { decimals: 2 })).toBe("14,93%");
    expect(formatPercent(0.15, { decimals: 2 })).toBe("15,00%");
  });
});

describe("amounts in triệu đồng", () => {
  it("writes whole amounts as the plans do", () => {
    expect(formatAmount(1001)).toBe("1.001");
    expect(formatAmount(3051, { unit: true })).toBe("3.051 triệu đồng");
  });

  it("keeps fractions unless rounding is asked for", () => {
    expect(formatAmount(1001.5)).toBe("1.001,5");
    expect(formatAmount(1001.5, { decimals: 0 })).toBe("1.002");
    expect(formatAmount(130.65, { decimals: 0, unit: true })).toBe("131 triệu đồng");
  });
});

describe("counts", () => {
  it("pads 1–9 only when asked, keeping the '05 hộ' style", () => {
    expect(formatCount(5)).toBe("5");
    expect(formatCount(5, { pad: true })).toBe("05");
    expect(formatCount(12, { pad: true })).toBe("12");
    expect(formatCount(0, { pad: true })).toBe("0");
    expect(formatCount(1234)).toBe("1.234");
  });

  it("refuses a fractional count", () => {
    expect(() => formatCount(2.5)).toThrow(RangeError);
  });
});
