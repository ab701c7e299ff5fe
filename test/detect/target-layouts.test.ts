/**
 * Biểu 02 and Biểu 03 as offices lay them out: household figures as rows or, transposed,
 * as columns under two-row headers; indicators worded their own way, with a unit column
 * and plan/previous columns headed by words or only by their years.
 */
import { recognise } from "../../src/domain/detect/recognise";
import { tableCell } from "../../src/domain/detect/table-cells";
import type { Recognition } from "../../src/domain/detect/table";
import { sheet, workbook, type CellInput, type SheetOptions } from "./support/grid";
import { PROGRAMS } from "./support/programs";
import { columnsOf, keyedRows, onlyTable } from "./support/read";

function recogniseSheet(
  name: string,
  rows: readonly (readonly CellInput[])[],
  options: SheetOptions = {},
): Recognition {
  return recognise(workbook([sheet(name, rows, options)]), PROGRAMS);
}

describe("Biểu 02 with figures as rows and the kinds of household as columns", () => {
  const recognition = recogniseSheet("Bieu 02", [
    ["BIỂU SỐ 02"],
    ["CHỈ TIÊU GIẢM NGHÈO NĂM 2025"],
    ["STT", "Chỉ tiêu", "ĐVT", "Hộ nghèo", "Hộ cận nghèo", "Ghi chú"],
    [1, "Tổng số hộ dân cư", "Hộ", 4740],
    [2, "Số hộ nghèo, cận nghèo đầu năm", "Hộ", 528, 213],
    [null, "Tỷ lệ (%)", "%", 0.1114, 0.0449],
    [3, "Số hộ thoát nghèo", "Hộ", 264, 185],
    [4, "Số hộ tái nghèo", "Hộ", 0, 0],
    [5, "Số hộ phát sinh mới", "Hộ", 0, 0],
    [6, "Số hộ cuối năm", "Hộ", 264, 28],
    [null, "Tỷ lệ (%)", "%", 0.0557, 0.0059],
    [7, "Mức giảm tỷ lệ", "%", 0.0557, 0.039],
  ]);
  const table = onlyTable(recognition, "bieu-02");

  it("maps the columns and every figure, a bare rate to the count above it", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "chi-tieu": 2,
      dvt: 3,
      "ho-ngheo": 4,
      "ho-can-ngheo": 5,
      "ghi-chu": 6,
    });
    expect(keyedRows(table).map(([row, key]) => [row, key])).toEqual([
      [4, "tong-so-ho"],
      [5, "dau-nam"],
      [6, "dau-nam-ty-le"],
      [7, "thoat"],
      [8, "tai"],
      [9, "phat-sinh"],
      [10, "cuoi-nam"],
      [11, "cuoi-nam-ty-le"],
      [12, "giam-ty-le"],
    ]);
    expect(table.transposed).toBeUndefined();
    expect(tableCell(table, "cuoi-nam", "ho-can-ngheo")).toEqual({ row: 10, col: 5 });
  });
});

describe("Biểu 02 transposed: one row per kind of household, one column per figure", () => {
  const recognition = recogniseSheet(
    "Giam ngheo",
    [
      ["CHỈ TIÊU GIẢM NGHÈO NĂM 2025"],
      [
        "TT",
        "Loại hộ",
        "Tổng số hộ dân cư",
        "Đầu năm 2025",
        null,
        "Thoát nghèo",
        "Tái nghèo",
        "Phát sinh mới",
        "Cuối năm 2025",
        null,
      ],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", null, null, null, "Số hộ", "Tỷ lệ (%)"],
      [1, "Hộ nghèo", 4740, 528, 0.1114, 264, 0, 0, 264, 0.0557],
      [2, "Hộ cận nghèo", null, 213, 0.0449, 185, 0, 0, 28, 0.0059],
    ],
    { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:J2"] },
  );
  const table = onlyTable(recognition, "bieu-02");

  it("keys the columns by figure, reading “Số hộ / Tỷ lệ” under their group", () => {
    expect(table.transposed).toBe(true);
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "chi-tieu": 2,
      "tong-so-ho": 3,
      "dau-nam": 4,
      "dau-nam-ty-le": 5,
      thoat: 6,
      tai: 7,
      "phat-sinh": 8,
      "cuoi-nam": 9,
      "cuoi-nam-ty-le": 10,
    });
    expect(keyedRows(table)).toEqual([
      [4, "ho-ngheo", "item"],
      [5, "ho-can-ngheo", "item"],
    ]);
  });

  it("is read by the same keys as the usual layout", () => {
    expect(tableCell(table, "thoat", "ho-can-ngheo")).toEqual({ row: 5, col: 6 });
    expect(tableCell(table, "dau-nam-ty-le", "ho-ngheo")).toEqual({ row: 4, col: 5 });
    expect(tableCell(table, "dau-nam-dtts", "ho-ngheo")).toBeNull();
  });
});

describe("Biểu 03 with a units column and plan/previous columns headed only by their years", () => {
  const recognition = recogniseSheet("Bieu 03", [
    ["Biểu 03"],
    ["CHỈ TIÊU GIẢI QUYẾT MỨC ĐỘ THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN"],
    ["TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025", "Ghi chú"],
    ["I", "Về việc làm"],
    [1, "Tỷ lệ người lao động thuộc hộ nghèo, cận nghèo được tư vấn, định hướng nghề nghiệp", "%", 1, 1],
    [2, "Số lao động được hỗ trợ kết nối việc làm thành công", "người", 15, 20],
    [3, "Số lao động đi làm việc ở nước ngoài theo hợp đồng", "người", 1, "02"],
    ["II", "Về y tế"],
    [1, "Tỷ lệ người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia BHYT", "%", 1, 1],
    [2, "Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em", "%", 0.5, 0.492],
    ["III", "Giáo dục"],
    [1, "Trẻ em hộ nghèo, cận nghèo đi học đúng độ tuổi", "%", 0.95, 0.96],
    [2, "Lao động thuộc hộ nghèo, cận nghèo qua đào tạo", "%", 0.45, 0.5],
    [null, "Trong đó: có văn bằng, chứng chỉ", "%", 0.1, 0.117],
    ["IV", "Nước sinh hoạt và vệ sinh"],
    [1, "Hộ nghèo, cận nghèo sử dụng nhà tiêu hợp vệ sinh", "%", 0.3, 0.36],
    [2, "Hộ sử dụng nước sinh hoạt hợp vệ sinh", "%", 0.7, 0.75],
    ["V", "Chỉ tiêu khác"],
    [1, "Số cuộc họp thôn", "cuộc", 4, 4],
  ]);
  const table = onlyTable(recognition, "bieu-03");

  it("takes the later year as the plan and the earlier as last year's result", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "chi-tieu": 2,
      dvt: 3,
      "thuc-hien-nam-truoc": 4,
      "ke-hoach": 5,
      nguon: 6,
    });
  });

  it("matches indicators worded their own way and groups them under their dimension", () => {
    expect(keyedRows(table)).toEqual([
      [4, null, "group"],
      [5, "vl-ket-noi", "item"],
      [6, "vl-thanh-cong", "item"],
      [7, "vl-nuoc-ngoai", "item"],
      [8, null, "group"],
      [9, "yt-bhyt", "item"],
      [10, "yt-thap-coi", "item"],
      [11, null, "group"],
      [12, "gd-dung-tuoi", "item"],
      [13, "gd-dao-tao", "item"],
      [14, "gd-bang-cap", "item"],
      [15, null, "group"],
      [16, "nsh-nha-tieu", "item"],
      [17, "nsh-nuoc", "item"],
      [18, null, "group"],
      [19, null, "other"],
    ]);
  });

  it("notes the indicator it does not know", () => {
    expect(recognition.notes).toContainEqual(
      expect.objectContaining({
        messageId: "detect.row-unmatched",
        row: 19,
        data: { row: 19, label: "Số cuộc họp thôn" },
      }),
    );
  });
});

describe("Biểu 03 headed “Chỉ tiêu / ĐVT / Thực hiện năm 2024 / Kế hoạch năm 2025”", () => {
  const table = onlyTable(
    recogniseSheet("Sheet3", [
      ["Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Kế hoạch năm 2025"],
      ["Hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận dịch vụ viễn thông, internet", "%", 0.8234, 0.85],
      ["Hộ nghèo, hộ cận nghèo được tiếp cận thông tin về giảm nghèo bền vững", "%", 0.9, 0.9],
      ["Hộ nghèo được hỗ trợ cải thiện sinh kế", "hộ", 3, "05"],
    ]),
    "bieu-03",
  );

  it("maps the columns by their words and the rows by their wording", () => {
    expect(columnsOf(table)).toEqual({ "chi-tieu": 1, dvt: 2, "thuc-hien-nam-truoc": 3, "ke-hoach": 4 });
    expect(keyedRows(table).map(([, key]) => key)).toEqual(["tt-vien-thong", "tt-giam-ngheo", "ct-sinh-ke"]);
  });
});

describe("Biểu 03 with its years typed as numbers under a merged “Năm”", () => {
  const table = onlyTable(
    recogniseSheet(
      "B03",
      [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm", null],
        [null, null, null, 2024, 2025],
        [1, "Tỷ lệ hộ nghèo, cận nghèo sử dụng nước sinh hoạt hợp vệ sinh", "%", 0.7, 0.75],
        [2, "Tỷ lệ hộ nghèo, cận nghèo có nhà tiêu hợp vệ sinh", "%", 0.3, 0.36],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
    ),
    "bieu-03",
  );

  it("reads the years as headers and the later one as the plan", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "chi-tieu": 2,
      dvt: 3,
      "thuc-hien-nam-truoc": 4,
      "ke-hoach": 5,
    });
    expect(keyedRows(table).map(([, key]) => key)).toEqual(["nsh-nuoc", "nsh-nha-tieu"]);
  });
});
