import { formatLongDate, formatPlaceDate, formatShortDate, parseDate } from "../../src/domain/format/dates";

describe("dates as Nghị định 30 prints them", () => {
  it.each([
    ["2025-02-05", "ngày 05 tháng 02 năm 2025"],
    ["2025-03-12", "ngày 12 tháng 3 năm 2025"],
    ["2025-01-09", "ngày 09 tháng 01 năm 2025"],
    ["2024-12-31", "ngày 31 tháng 12 năm 2024"],
    ["2024-02-29", "ngày 29 tháng 02 năm 2024"],
    ["2023-04-11", "ngày 11 tháng 4 năm 2023"],
  ])("%s is %s", (iso, text) => {
    expect(formatLongDate(iso)).toBe(text);
  });

  it("writes the place-and-date line, or its blank form before signing", () => {
    expect(formatPlaceDate("Ba Dinh", "2025-02-05")).toBe("Ba Dinh, ngày 05 tháng 02 năm 2025");
    expect(formatPlaceDate("Ba Dinh", null, 2025)).toBe("Ba Dinh, ngày      tháng      năm 2025");
  });

  it("writes citation dates with two-digit day and month", () => {
    expect(formatShortDate("2022-01-18")).toBe("18/01/2022");
    expect(formatShortDate("2023-04-11")).toBe("11/04/2023");
  });

  it("refuses dates that do not exist", () => {
    expect(() => formatLongDate("2025-02-29")).toThrow(RangeError);
    expect(() => formatShortDate("05/02/2025")).toThrow(RangeError);
  });
});

describe("reading dates", () => {
  it.each([
    ["2025-02-05", "2025-02-05"],
    ["2025-02-05T00:00:00Z", "2025-02-05"],
    ["05/02/2025", "2025-02-05"],
    ["5/2/2025", "2025-02-05"],
    ["11/4/2023", "2023-04-11"],
    ["31/12/2024", "2024-12-31"],
    ["29/02/2024", "2024-02-29"],
    ["05.02.2025", "2025-02-05"],
    [" ngày 05 tháng 02 năm 2025 ", "2025-02-05"],
    ["Ngày 12 tháng 3 năm 2025", "2025-03-12"],
  ])("text %p is %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(["29/02/2025", "31/04/2025", "2025-13-01", "12/KH-UBND", "2024-2025", "02/05/25", "", "45658"])(
    "text %p is not a date",
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it.each([
    [45658, "2025-01-01"],
    [45693, "2025-02-05"],
    [45658.75, "2025-01-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
  ])("Excel serial %d is %s", (serial, iso) => {
    expect(parseDate(serial)).toBe(iso);
  });

  it("gives no date for Excel's fictitious 1900-02-29 (serial 60) or out-of-range serials", () => {
    expect(parseDate(60)).toBeNull();
    expect(parseDate(0)).toBeNull();
    expect(parseDate(-1)).toBeNull();
    expect(parseDate(2958466)).toBeNull();
    expect(parseDate(Number.NaN)).toBeNull();
  });

  it("agrees with an independent clock for every serial from 1900-03-01 to 2099", () => {
    const excelEpoch = Date.UTC(1899, 11, 30);
    for (let serial = 61; serial <= 73050; serial++) {
      const expected = new Date(excelEpoch + serial * 86_400_000).toISOString().slice(0, 10);
      if (parseDate(serial) !== expected)
        throw new Error(`serial ${serial}: ${parseDate(serial)} ≠ ${expected}`);
    }
  });

  it("reads serials of workbooks in the 1904 date system", () => {
    expect(parseDate(0, { date1904: true })).toBe("1904-01-01");
    expect(parseDate(45658 - 1462, { date1904: true })).toBe("2025-01-01");
  });

  it("reads the UTC-midnight Dates that ExcelJS returns", () => {
    expect(parseDate(new Date(Date.UTC(2025, 1, 5)))).toBe("2025-02-05");
    expect(parseDate(new Date(Number.NaN))).toBeNull();
  });
});
