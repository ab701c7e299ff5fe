/**
 * The small readings recognition is built on, over what offices actually type: unit lines
 * and unit headers, and TT/STT numbering in cells and at the start of labels.
 */
import { recognise } from "../../src/domain/detect/recognise";
import { leadingNumbering, parseNumbering } from "../../src/domain/detect/numbering";
import { parseUnitLine } from "../../src/domain/detect/units";
import { sheet, workbook } from "./support/grid";
import { PROGRAMS } from "./support/programs";
import { onlyTable } from "./support/read";

describe("unit lines", () => {
  it.each<[string, number]>([
    ["Đơn vị tính: Triệu đồng", 1],
    ["Đơn vị tính: triệu đồng.", 1],
    ["ĐVT: Tr.đồng", 1],
    ["Don vi tinh: trieu dong", 1],
    ["Đơn vị tính: đồng", 1e-6],
    ["Đơn vị: Đồng", 1e-6],
    ["ĐVT: VNĐ", 1e-6],
    ["Đơn vị tính: Nghìn đồng", 1e-3],
    ["Đơn vị tính: ngàn đồng", 1e-3],
    ["ĐVT: 1.000 đồng", 1e-3],
    ["ĐVT: 1000đ", 1e-3],
    ["Đơn vị tính: Tỷ đồng", 1000],
    ["Kinh phí (triệu đồng)", 1],
    ["Số tiền (ĐVT: đồng)", 1e-6],
    ["Đơn vị tính: Nghìn đồng".normalize("NFD"), 1e-3],
  ])("%s → × %d to triệu đồng", (text, factor) => {
    expect(parseUnitLine(text)?.factor).toBe(factor);
  });

  it("keeps a unit line it cannot read, with no factor", () => {
    expect(parseUnitLine("Đơn vị tính: USD")).toEqual({ factor: null, text: "Đơn vị tính: USD" });
  });

  it.each([
    "Đơn vị tính",
    "ĐVT",
    "Đơn vị: UBND xã Ba Dinh",
    "Đơn vị thực hiện",
    "Vốn huy động (đóng góp)",
    "Hoạt động cộng đồng",
  ])("reads no unit in %j", (text) => {
    expect(parseUnitLine(text)).toBeNull();
  });

  it("reads the unit from a “Đơn vị tính” column when no line gives it, and notes an unknown one", () => {
    const table = onlyTable(
      recognise(
        workbook([
          sheet("PL", [
            ["PHỤ LỤC 01"],
            ["TT", "Nội dung", "ĐVT", "Tổng", "Trung ương", "Địa phương"],
            [null, "Tổng kinh phí", "Đồng", 10e6, 8e6, 2e6],
            [1, "Dự án 2", "Đồng", 10e6, 8e6, 2e6],
          ]),
        ]),
        PROGRAMS,
      ),
      "phu-luc-01",
    );
    expect(table.unitFactor).toBe(1e-6);
    expect(table.unitText).toBe("Đồng");
    const unknown = recognise(
      workbook([
        sheet("PL", [
          ["Đơn vị tính: USD"],
          ["TT", "Nội dung", "Tổng", "NSTW", "NSĐP"],
          [1, "Dự án 2", 1, 1, 0],
        ]),
      ]),
      PROGRAMS,
    );
    expect(onlyTable(unknown, "phu-luc-01").unitFactor).toBe(1);
    expect(unknown.notes).toContainEqual(
      expect.objectContaining({ messageId: "detect.unit-unknown", data: { unit: "Đơn vị tính: USD" } }),
    );
  });
});

describe("numbering", () => {
  it.each<[string | number, string, string]>([
    [1, "arabic", "1"],
    [1.1, "arabic", "1.1"],
    ["4.3.", "arabic", "4.3"],
    ["(2)", "arabic", "2"],
    ["II", "roman", "II"],
    ["IV.", "roman", "IV"],
    ["A", "letter", "A"],
    ["B.", "letter", "B"],
    ["a)", "small-letter", "a"],
    ["-", "mark", "-"],
    ["+", "mark", "+"],
    ["*", "mark", "*"],
  ])("%j is %s numbering %s", (value, style, text) => {
    expect(parseNumbering(value)).toMatchObject({ style, text });
  });

  it.each(["", "Dự án 1", "TỔNG CỘNG", "x y"])("%j is no numbering", (value) => {
    expect(parseNumbering(value)).toBeNull();
  });

  it("reads numbering written at the start of a label, and leaves the rest", () => {
    expect(leadingNumbering("1.1. Tiểu dự án 1")).toMatchObject({
      numbering: { text: "1.1" },
      rest: "Tiểu dự án 1",
    });
    expect(leadingNumbering("3.2 Cải thiện dinh dưỡng")).toMatchObject({ numbering: { text: "3.2" } });
    expect(leadingNumbering("A. VỐN SỰ NGHIỆP")).toMatchObject({ numbering: { style: "letter" } });
    expect(leadingNumbering("- Tập huấn cán bộ")).toMatchObject({
      numbering: { style: "mark" },
      rest: "Tập huấn cán bộ",
    });
    expect(leadingNumbering("Dự án 1: Hỗ trợ")).toBeNull();
    expect(leadingNumbering("2025 là năm cuối")).toBeNull();
  });
});
