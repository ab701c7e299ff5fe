import { parseNumberText, parseVietnameseNumber } from "../../src/domain/format/numbers";

describe("reading numbers typed as text", () => {
  it.each([
    ["1.147", 1147],
    ["1.147.000", 1_147_000],
    ["0,82", 0.82],
    ["1.234.567,5", 1_234_567.5],
    ["  1 147 ", 1147],
    ["1\u00a0147", 1147],
    ["1 234,5", 1234.5],
    ["871", 871],
    ["0", 0],
    ["05", 5],
    ["1,147", 1.147],
    ["1,147,000", 1_147_000],
    ["1,234.5", 1234.5],
    ["0.82", 0.82],
    ["0.820", 0.82],
    ["12.5", 12.5],
    ["1.14", 1.14],
  ])("%p is %p", (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each([
    ["-1.001", -1001],
    ["(1.001)", -1001],
    ["( 1.001 )", -1001],
    ["\u22125", -5],
    ["-0,5", -0.5],
  ])("negative %p is %p", (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each([
    ["0,82%", 0.0082],
    ["82,34 %", 0.8234],
    ["49,2%", 0.492],
    ["100%", 1],
    ["0.82%", 0.0082],
    ["(15%)", -0.15],
  ])("percent %p is the fraction %p", (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each([
    "",
    "   ",
    "Dự án 2",
    "2024-2025",
    "12/KH-UBND",
    "0912345678",
    "0912 345 678",
    "0912.345.678",
    "+84 912 345 678",
    "091-234-5678",
    "05/02/2025",
    "05.02.2025",
    "1,5.3",
    "1..147",
    "1.147,5,3",
    ",5",
    "5,",
    "1  147",
    "--5",
    "1e5",
    "007",
    "3.051 triệu đồng",
  ])("%p is not a number", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});

describe("what the reading tells the validator", () => {
  it("flags a single separator before three digits as ambiguous", () => {
    expect(parseNumberText("1.147")?.ambiguous).toBe(true);
    expect(parseNumberText("1,147")?.ambiguous).toBe(true);
    expect(parseNumberText("1.147.000")?.ambiguous).toBe(false);
    expect(parseNumberText("0,82")?.ambiguous).toBe(false);
  });

  it("remembers percent signs and padded counts", () => {
    expect(parseNumberText("0,82%")).toEqual({
      value: 0.0082,
      percent: true,
      padded: false,
      ambiguous: false,
    });
    expect(parseNumberText("05")?.padded).toBe(true);
    expect(parseNumberText("5")?.padded).toBe(false);
  });
});
