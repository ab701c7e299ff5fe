/**
 * Phụ lục 01 as offices lay it out: one- and two-row headers with or without merges,
 * TT/STT with roman numerals and A/B groups, text without diacritics or in NFD, amounts in
 * đồng or nghìn đồng, abbreviated headers, "Vốn đối ứng" for NSĐP, an NS huyện column.
 * Each must give our column keys, catalog codes, roles, sums' parts and the unit factor.
 */
import { recognise } from "../../src/domain/detect/recognise";
import type { Recognition } from "../../src/domain/detect/table";
import { f, sheet, workbook, type CellInput, type SheetOptions } from "./support/grid";
import { PROGRAMS } from "./support/programs";
import { childrenOf, columnsOf, keyedRows, noteIds, onlyTable, rowOf } from "./support/read";

function recogniseSheet(rows: readonly (readonly CellInput[])[], options: SheetOptions = {}): Recognition {
  return recognise(workbook([sheet("Sheet1", rows, options)]), PROGRAMS);
}

const TITLES: CellInput[][] = [
  ["PHỤ LỤC 01"],
  ["KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2024"],
  ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024 của UBND xã Xuân Giang)"],
];

describe("a one-row header with STT, NSTW, NSĐP and a unit line in triệu đồng", () => {
  const recognition = recogniseSheet([
    ...TITLES,
    [null, null, null, null, null, "Đơn vị tính: triệu đồng"],
    ["STT", "Nội dung", "Tổng số", "NSTW", "NSĐP", "Huy động khác", "Ghi chú"],
    [null, "TỔNG CỘNG", 600, 500, 100, 0],
    [1, "Dự án 2: Hỗ trợ đa dạng hoá sinh kế, phát triển mô hình giảm nghèo", 200, 180, 20],
    [2, "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", 400, 320, 80],
    ["3.1", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", 300, 250, 50],
    ["3.2", "Tiểu dự án 2: Cải thiện dinh dưỡng", 100, 70, 30],
    [],
    [null, "Người lập biểu", null, null, "TM. ỦY BAN NHÂN DÂN"],
  ]);
  const table = onlyTable(recognition, "phu-luc-01");

  it("maps every header to our column keys", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "noi-dung": 2,
      tong: 3,
      nstw: 4,
      nsdp: 5,
      khac: 6,
      "ghi-chu": 7,
    });
    expect(table.headerRows).toEqual({ first: 5, last: 5 });
    expect(table.unitFactor).toBe(1);
    expect(table.unitText).toBe("Đơn vị tính: triệu đồng");
  });

  it("maps rows to catalog codes and stops before the signature block", () => {
    expect(keyedRows(table)).toEqual([
      [6, "TOTAL", "total"],
      [7, "DA2", "project"],
      [8, "DA3", "project"],
      [9, "DA3.1", "subproject"],
      [10, "DA3.2", "subproject"],
    ]);
    expect(table.bodyRows).toEqual({ first: 6, last: 10 });
  });

  it("gives TỔNG CỘNG the Dự án rows and a Dự án its Tiểu dự án rows", () => {
    expect(childrenOf(table, "TOTAL")).toEqual([7, 8]);
    expect(childrenOf(table, "DA3")).toEqual([9, 10]);
    expect(childrenOf(table, "DA2")).toEqual([]);
  });

  it("chooses the 2021-2025 program from the rows and infers the settings from the titles", () => {
    expect(recognition.programId).toBe("giam-ngheo-2021-2025");
    expect(recognition.settingsSource).toBe("inferred");
    expect(recognition.settings).toMatchObject({ year: 2024, level: "xa", unitName: "xã Xuân Giang" });
    expect(recognition.sheets).toEqual([{ name: "Sheet1", kind: "phu-luc-01" }]);
  });
});

describe("a two-row merged header with a column-number row, NS huyện and amounts in đồng", () => {
  const recognition = recogniseSheet(
    [
      ["ỦY BAN NHÂN DÂN HUYỆN HẬU LỘC"],
      ["PHỤ LỤC 01"],
      ["KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2023"],
      [null, null, null, null, null, null, null, null, "Đơn vị tính: Đồng"],
      [
        "TT",
        "Nội dung",
        "Tổng cộng",
        "Ngân sách trung ương",
        null,
        null,
        "Ngân sách địa phương",
        null,
        null,
        null,
        "Vốn huy động khác",
        "Đơn vị chủ trì",
      ],
      [
        null,
        null,
        null,
        "Tổng số",
        "Đầu tư phát triển",
        "Sự nghiệp",
        "Tổng số",
        "NS tỉnh",
        "NS huyện",
        "NS xã",
      ],
      [1, 2, "3=4+7+11", "4=5+6", 5, 6, "7=8+9+10", 8, 9, 10, 11, 12],
      [
        null,
        "TỔNG CỘNG",
        f("=D8+G8+K8", 600e6),
        f("=E8+F8", 500e6),
        f("=SUM(E9:E10)"),
        f("=SUM(F9:F10)", 500e6),
      ],
      [
        1,
        "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội xã ven biển và hải đảo",
        f("=D9+G9+K9", 450e6),
      ],
      [
        "1.1",
        "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội xã ven biển và hải đảo",
        450e6,
      ],
      [2, "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", 150e6],
      ["4.1", "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp", 150e6],
    ],
    { merges: ["A5:A6", "B5:B6", "C5:C6", "D5:F5", "G5:J5", "K5:K6", "L5:L6"] },
  );
  const table = onlyTable(recognition, "phu-luc-01");

  it("reads the group over each sub-header, skipping the column numbers", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "noi-dung": 2,
      tong: 3,
      nstw: 4,
      dtpt: 5,
      sn: 6,
      nsdp: 7,
      "ns-tinh": 8,
      "ns-huyen": 9,
      "ns-xa": 10,
      khac: 11,
      "chu-tri": 12,
    });
    expect(table.headerRows).toEqual({ first: 5, last: 7 });
    expect(table.bodyRows.first).toBe(8);
  });

  it("converts đồng to triệu đồng and sees the district level", () => {
    expect(table.unitFactor).toBe(1e-6);
    expect(recognition.hasDistrict).toBe(true);
    expect(recognition.settings).toMatchObject({ year: 2023, level: "huyen", unitName: "huyện Hậu Lộc" });
  });

  it("numbers the plan's own way (Dự án 4 as TT 2) without losing the codes", () => {
    expect(keyedRows(table).map(([, key]) => key)).toEqual(["TOTAL", "DA1", "DA1.1", "DA4", "DA4.1"]);
    expect(childrenOf(table, "TOTAL")).toEqual([9, 11]);
    expect(childrenOf(table, "DA4")).toEqual([12]);
  });
});

describe("STT with roman numerals, an A group and TỔNG CỘNG at the bottom", () => {
  const table = onlyTable(
    recogniseSheet([
      ...TITLES,
      ["STT", "Nội dung", "Tổng", "NSTW", "NSĐP"],
      ["A", "VỐN SỰ NGHIỆP", 900, 800, 100],
      ["I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 300, 270, 30],
      ["II", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", 400, 350, 50],
      [1, "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", 300, 260, 40],
      [2, "Tiểu dự án 2: Cải thiện dinh dưỡng", 100, 90, 10],
      ["III", "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình", 200, 180, 20],
      [1, "Tiểu dự án 1", 120, 110, 10],
      [2, "Tiểu dự án 2", 80, 70, 10],
      [null, "Tổng cộng", 900, 800, 100],
    ]),
    "phu-luc-01",
  );

  it("reads roman-numbered Dự án and arabic Tiểu dự án, bare ones under the Dự án above", () => {
    expect(keyedRows(table)).toEqual([
      [5, null, "group"],
      [6, "DA2", "project"],
      [7, "DA3", "project"],
      [8, "DA3.1", "subproject"],
      [9, "DA3.2", "subproject"],
      [10, "DA7", "project"],
      [11, "DA7.1", "subproject"],
      [12, "DA7.2", "subproject"],
      [13, "TOTAL", "total"],
    ]);
  });

  it("sums the group of its Dự án, and the total of the group", () => {
    expect(childrenOf(table, "TOTAL")).toEqual([5]);
    expect(table.rows[0]?.childRows).toEqual([6, 7, 10]);
    expect(childrenOf(table, "DA7")).toEqual([11, 12]);
  });
});

describe("text typed without diacritics in a file that lost its merges", () => {
  const table = onlyTable(
    recogniseSheet([
      ["PHU LUC 01"],
      ["Don vi tinh: trieu dong"],
      [
        "TT",
        "Noi dung",
        "Tong cong",
        "Ngan sach trung uong",
        null,
        null,
        "Ngan sach dia phuong",
        null,
        null,
        "Von huy dong khac",
      ],
      [null, null, null, "Tong so", "DTPT", "SN", "Tong so", "NS tinh", "NS xa"],
      [null, "Tong cong", 237, 200, 0, 200, 37, 25, 12, 0],
      [1, "Du an 6: Truyen thong va giam ngheo ve thong tin", 237, 200, 0, 200, 37, 25, 12],
      ["6.1", "Tieu du an 1", 109, 90, 0, 90, 19, 13, 6],
      ["6.2", "Tieu du an 2", 128, 110, 0, 110, 18, 12, 6],
    ]),
    "phu-luc-01",
  );

  it("takes a header followed by empty cells as the group over the row below", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "noi-dung": 2,
      tong: 3,
      nstw: 4,
      dtpt: 5,
      sn: 6,
      nsdp: 7,
      "ns-tinh": 8,
      "ns-xa": 9,
      khac: 10,
    });
  });

  it("matches labels without diacritics", () => {
    expect(keyedRows(table).map(([, key]) => key)).toEqual(["TOTAL", "DA6", "DA6.1", "DA6.2"]);
    expect(childrenOf(table, "DA6")).toEqual([7, 8]);
  });
});

describe("NFD text (as macOS and web forms send it) and amounts in nghìn đồng", () => {
  const nfd = (rows: CellInput[][]): CellInput[][] =>
    rows.map((row) => row.map((cell) => (typeof cell === "string" ? cell.normalize("NFD") : cell)));
  const table = onlyTable(
    recogniseSheet(
      nfd([
        ["PHỤ LỤC 01"],
        [null, null, null, "Đơn vị tính: Nghìn đồng"],
        ["TT", "Nội dung", "Tổng cộng", "Ngân sách trung ương", "Ngân sách địa phương"],
        [null, "TỔNG CỘNG", 1001000, 871000, 130000],
        [1, "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình", 1001000, 871000, 130000],
        ["7.1", "Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình", 601000, 521000, 80000],
        ["7.2", "Tiểu dự án 2: Giám sát, đánh giá", 400000, 350000, 50000],
      ]),
    ),
    "phu-luc-01",
  );

  it("reads headers, labels and the unit as if they were NFC", () => {
    expect(columnsOf(table)).toEqual({ tt: 1, "noi-dung": 2, tong: 3, nstw: 4, nsdp: 5 });
    expect(keyedRows(table).map(([, key]) => key)).toEqual(["TOTAL", "DA7", "DA7.1", "DA7.2"]);
    expect(table.unitFactor).toBe(1e-3);
  });
});

describe("abbreviated one-row headers: Tổng, NSTW, ĐTPT, SN, NSĐP, NS tỉnh/huyện/xã, Vốn khác", () => {
  const recognition = recogniseSheet([
    ["Biểu kinh phí"],
    ["ĐVT: 1.000 đồng"],
    [
      "STT",
      "Dự án, tiểu dự án",
      "Tổng",
      "NSTW",
      "ĐTPT",
      "SN",
      "NSĐP",
      "NS tỉnh",
      "NS huyện",
      "NS xã",
      "Vốn khác",
    ],
    [null, "Tổng số", 3051000, 3051000, 0, 3051000, 0, 0, 0, 0, 0],
    [1, "DA 2", 3051000, 3051000, 0, 3051000, 0, 0, 0, 0, 0],
  ]);
  const table = onlyTable(recognition, "phu-luc-01");

  it("maps every abbreviation", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "noi-dung": 2,
      tong: 3,
      nstw: 4,
      dtpt: 5,
      sn: 6,
      nsdp: 7,
      "ns-tinh": 8,
      "ns-huyen": 9,
      "ns-xa": 10,
      khac: 11,
    });
    expect(table.unitFactor).toBe(1e-3);
    expect(keyedRows(table)).toEqual([
      [4, "TOTAL", "total"],
      [5, "DA2", "project"],
    ]);
  });
});

describe("“Trong đó” sub-headers folded into a one-row header, or a row of their own", () => {
  it("reads “Trong đó: ĐTPT”, “Trong đó: SN”, “Chia ra: NS tỉnh” in one row as the columns they name", () => {
    const table = onlyTable(
      recogniseSheet([
        ...TITLES,
        [
          "TT",
          "Nội dung",
          "Tổng kinh phí",
          "NSTW",
          "Trong đó: ĐTPT",
          "Trong đó: SN",
          "NSĐP",
          "Chia ra: NS tỉnh",
          "Chia ra: NS xã",
          "Huy động khác",
        ],
        [null, "Tổng cộng", 346, 300, 0, 300, 46, 30, 16, 0],
        [1, "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 346, 300, 0, 300, 46, 30, 16],
      ]),
      "phu-luc-01",
    );
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "noi-dung": 2,
      tong: 3,
      nstw: 4,
      dtpt: 5,
      sn: 6,
      nsdp: 7,
      "ns-tinh": 8,
      "ns-xa": 9,
      khac: 10,
    });
  });

  it("reads a “Trong đó” row between NSTW and its ĐTPT / SN as part of the header", () => {
    const table = onlyTable(
      recogniseSheet(
        [
          ...TITLES,
          ["TT", "Nội dung", "Tổng cộng", "Ngân sách trung ương", null, null, "Ghi chú"],
          [null, null, null, "Tổng số", "Trong đó", null],
          [null, null, null, null, "ĐTPT", "SN"],
          [null, "TỔNG CỘNG", 300, 300, 0, 300],
          [1, "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 300, 300, 0, 300],
        ],
        { merges: ["A4:A6", "B4:B6", "C4:C6", "D4:F4", "D5:D6", "E5:F5", "G4:G6"] },
      ),
      "phu-luc-01",
    );
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "noi-dung": 2,
      tong: 3,
      nstw: 4,
      dtpt: 5,
      sn: 6,
      "ghi-chu": 7,
    });
    expect(table.headerRows).toEqual({ first: 4, last: 6 });
  });
});

describe("a title block naming the district above the commune, and the plan's date in the “Kèm theo” line", () => {
  const recognition = recogniseSheet([
    ["UBND HUYỆN THỌ XUÂN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["ỦY BAN NHÂN DÂN XÃ THỌ LẬP", null, null, "Độc lập - Tự do - Hạnh phúc"],
    ["PHỤ LỤC 01"],
    ["KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2025"],
    ["(Kèm theo Kế hoạch số 42/KH-UBND ngày 12/3/2025 của UBND xã Thọ Lập)"],
    ["TT", "Nội dung", "Tổng cộng", "NSTW", "NS tỉnh", "NS huyện", "NS xã"],
    [null, "TỔNG CỘNG", 118, 100, 10, 3, 5],
    [1, "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 118, 100, 10, 3, 5],
    [],
    [null, "Bằng chữ: Một trăm mười tám triệu đồng./."],
    [null, "NGƯỜI LẬP BIỂU", null, "KẾ TOÁN", null, "TM. ỦY BAN NHÂN DÂN"],
    [null, "(Ký, ghi rõ họ tên)", null, "(Ký, ghi rõ họ tên)", null, "CHỦ TỊCH"],
  ]);

  it("takes the commune the plan is attached to, and its date, so a March 2025 plan keeps its districts", () => {
    expect(recognition.settings).toMatchObject({
      year: 2025,
      level: "xa",
      unitName: "xã Thọ Lập",
      planDate: "2025-03-12",
    });
    expect(recognition.hasDistrict).toBe(true);
  });

  it("ends the body before the amount in words and the signature block", () => {
    expect(onlyTable(recognition, "phu-luc-01").bodyRows).toEqual({ first: 7, last: 8 });
  });
});

describe("“Vốn đối ứng” heading the local budget, with Cộng / Tỉnh / Xã under it", () => {
  const table = onlyTable(
    recogniseSheet(
      [
        ...TITLES,
        ["TT", "Nội dung", "Tổng kinh phí", "Vốn NSTW", "Vốn đối ứng", null, null, "Ghi chú"],
        [null, null, null, null, "Cộng", "Tỉnh", "Xã"],
        [null, "Tổng cộng", 1001, 871, 130, 87, 43],
        [1, "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 1001, 871, 130, 87, 43],
      ],
      { merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5"] },
    ),
    "phu-luc-01",
  );

  it("reads the counterpart group as NSĐP and its columns as its levels", () => {
    expect(columnsOf(table)).toEqual({
      tt: 1,
      "noi-dung": 2,
      tong: 3,
      nstw: 4,
      nsdp: 5,
      "ns-tinh": 6,
      "ns-xa": 7,
      "ghi-chu": 8,
    });
  });
});

describe("hidden rows and labels merged over two rows", () => {
  const table = onlyTable(
    recogniseSheet(
      [
        ...TITLES,
        ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
        [null, "TỔNG CỘNG", 2268, 2100, 168],
        [4, "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", 2268, 2100, 168],
        ["4.1", "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn", 1147, 1050, 97],
        ["4.2", "Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng", 468, 450, 18],
        [null, null, null, null, null],
        ["4.3", "Tiểu dự án 3: Hỗ trợ việc làm bền vững", "653", 600, 53],
      ],
      { hiddenRows: [8], merges: ["B8:B9"] },
    ),
    "phu-luc-01",
  );

  it("flags the hidden row and keeps it among the parts of its Dự án", () => {
    expect(table.rows.find((r) => r.key === "DA4.2")).toMatchObject({ row: 8, hidden: true });
    expect(table.rows.filter((r) => r.hidden).map((r) => r.row)).toEqual([8]);
    expect(childrenOf(table, "DA4")).toEqual([7, 8, 10]);
  });

  it("reads a merged label once, not again on the row it covers", () => {
    expect(keyedRows(table).map(([row, key]) => [row, key])).toEqual([
      [5, "TOTAL"],
      [6, "DA4"],
      [7, "DA4.1"],
      [8, "DA4.2"],
      [10, "DA4.3"],
    ]);
  });
});

describe("“Tiểu dự án 1” under “Dự án 4”, with activities and a “Trong đó” breakdown", () => {
  const recognition = recogniseSheet([
    ...TITLES,
    ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
    [null, "TỔNG CỘNG", 800, 700, 100],
    [null, "Dự án 4", 800, 700, 100],
    [null, "Tiểu dự án 1", 500, 450, 50],
    ["-", "Hỗ trợ đào tạo nghề cho lao động nông thôn", 300, 270, 30],
    ["-", "Tuyên truyền, tư vấn học nghề", 200, 180, 20],
    [null, "Tiểu dự án 3", 300, 250, 50],
    [null, "Trong đó:", null, null, null],
    ["+", "Hỗ trợ kết nối việc làm", 100, 100, 0],
    ["8", "Chi khác", 10, 10, 0],
  ]);
  const table = onlyTable(recognition, "phu-luc-01");

  it("resolves each bare Tiểu dự án with the Dự án above it", () => {
    expect(keyedRows(table)).toEqual([
      [5, "TOTAL", "total"],
      [6, "DA4", "project"],
      [7, "DA4.1", "subproject"],
      [8, null, "item"],
      [9, null, "item"],
      [10, "DA4.3", "subproject"],
      [11, null, "other"],
      [12, null, "item"],
      [13, null, "other"],
    ]);
  });

  it("sums an item of its activities, but not of a breakdown", () => {
    expect(childrenOf(table, "DA4")).toEqual([7, 10]);
    expect(childrenOf(table, "DA4.1")).toEqual([8, 9]);
    expect(childrenOf(table, "DA4.3")).toEqual([]);
    expect(childrenOf(table, "TOTAL")).toEqual([6]);
  });

  it("notes the row it cannot place", () => {
    const unmatched = recognition.notes.filter((n) => n.messageId === "detect.row-unmatched");
    expect(unmatched).toEqual([
      expect.objectContaining({ sheet: "Sheet1", row: 13, data: { row: 13, label: "Chi khác" } }),
    ]);
    expect(noteIds(recognition)).not.toContain("detect.no-total");
  });
});

describe("a row named only by its TT number", () => {
  const recognition = recogniseSheet([
    ...TITLES,
    ["TT", "Nội dung", "Tổng cộng", "NSTW"],
    [null, "Tổng cộng", 300, 300],
    ["4", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", 300, 300],
    ["4.3", "Hỗ trợ tạo việc làm cho lao động", 300, 300],
  ]);

  it("takes the catalog's number when it agrees with the catalog's order, and says so", () => {
    const table = onlyTable(recognition, "phu-luc-01");
    expect(rowOf(table, "DA4.3")).toBe(7);
    const note = recognition.notes.find((n) => n.messageId === "detect.row-by-number");
    expect(note).toMatchObject({ row: 7, data: { code: "DA4.3", number: "4.3" } });
  });
});

describe("a three-row header under “Kinh phí (triệu đồng)”, starting in column B, labels in a merged column", () => {
  const recognition = recogniseSheet(
    [
      ["ỦY BAN NHÂN DÂN XÃ BA DINH"],
      ["KẾ HOẠCH VỐN THỰC HIỆN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2025"],
      [],
      [null, "TT", "Nội dung", null, "Kinh phí (triệu đồng)"],
      [
        null,
        null,
        null,
        null,
        "Tổng số",
        "Ngân sách Trung ương",
        null,
        "Ngân sách địa phương",
        null,
        null,
        "Huy động khác",
      ],
      [null, null, null, null, null, "ĐTPT", "SN", "Cộng", "Tỉnh", "Xã"],
      [null, "TỔNG CỘNG", null, null, 1001, 0, 871, 130, 87, 43, 0],
      [
        null,
        1,
        null,
        "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
        1001,
        0,
        871,
        130,
        87,
        43,
        0,
      ],
    ],
    {
      merges: ["A1:K1", "A2:K2", "B4:B6", "C4:D6", "E4:K4", "E5:E6", "F5:G5", "H5:J5", "K5:K6", "B7:D7"],
    },
  );
  const table = onlyTable(recognition, "phu-luc-01");

  it("reads each column through all three header rows", () => {
    expect(columnsOf(table)).toEqual({
      tt: 2,
      "noi-dung": 3,
      tong: 5,
      dtpt: 6,
      sn: 7,
      nsdp: 8,
      "ns-tinh": 9,
      "ns-xa": 10,
      khac: 11,
    });
    expect(table.headerRows).toEqual({ first: 4, last: 6 });
    expect(table.unitFactor).toBe(1);
  });

  it("finds labels in either column under a merged “Nội dung”, and a total merged over TT", () => {
    expect(keyedRows(table)).toEqual([
      [7, "TOTAL", "total"],
      [8, "DA2", "project"],
    ]);
    expect(recognition.notes).toContainEqual(
      expect.objectContaining({
        messageId: "detect.columns-missing",
        data: { columns: "Ngân sách trung ương" },
      }),
    );
    expect(recognition.settings).toMatchObject({ year: 2025, level: "xa", unitName: "xã Ba Dinh" });
  });
});

describe("Tiểu dự án listed without their Dự án row", () => {
  const table = onlyTable(
    recogniseSheet([
      ...TITLES,
      ["TT", "Nội dung", "Tổng cộng", "NSTW"],
      [null, "Tổng cộng", 1591, 1591],
      ["3.1", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", 1444, 1444],
      [null, "Tiểu dự án 2", 147, 147],
    ]),
    "phu-luc-01",
  );

  it("reads the second one under the same Dự án and sums the total of the Tiểu dự án", () => {
    expect(keyedRows(table)).toEqual([
      [5, "TOTAL", "total"],
      [6, "DA3.1", "subproject"],
      [7, "DA3.2", "subproject"],
    ]);
    expect(childrenOf(table, "TOTAL")).toEqual([6, 7]);
  });
});

describe("a national heading and a title naming NSTW right above a one-row header", () => {
  const table = onlyTable(
    recogniseSheet(
      [
        ["UBND XÃ HƯNG CHÍNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["PHÂN BỔ VỐN NGÂN SÁCH TRUNG ƯƠNG VÀ VỐN ĐỐI ỨNG NĂM 2024"],
        ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
        [null, "Tổng cộng", 300, 250, 50],
        [1, "Dự án 2", 300, 250, 50],
      ],
      { merges: ["A2:E2"] },
    ),
    "phu-luc-01",
  );

  it("takes the header row alone, not the title as a group over it", () => {
    expect(table.headerRows).toEqual({ first: 3, last: 3 });
    expect(columnsOf(table)).toEqual({ tt: 1, "noi-dung": 2, tong: 3, nstw: 4, nsdp: 5 });
  });
});

describe("an assignment table (phân công) written the way seed 004 words it", () => {
  const table = onlyTable(
    recogniseSheet([
      ["PHÂN CÔNG THỰC HIỆN CÁC DỰ ÁN NĂM 2025"],
      ["STT", "Dự án, tiểu dự án", "Cơ quan chủ trì", "Cơ quan phối hợp"],
      [1, "Dự án Dự án 7", "Phòng Kinh tế", "Các thôn"],
      [2, "Tiểu Dự án 2 – Dự án 3", "Phòng Văn hóa – Xã hội", "Trạm Y tế"],
      [3, "Tiểu Dự án 1 - Dự án 4", "Phòng Văn hóa – Xã hội", null],
      [4, "Tiểu Dự án 2 - Dự án 6", "Trung tâm cung ứng dịch vụ công", null],
    ]),
    "phan-cong",
  );

  it("maps its columns and reads each “Tiểu Dự án N – Dự án M”", () => {
    expect(columnsOf(table)).toEqual({ tt: 1, "noi-dung": 2, "chu-tri": 3, "phoi-hop": 4 });
    expect(keyedRows(table)).toEqual([
      [3, "DA7", "project"],
      [4, "DA3.2", "subproject"],
      [5, "DA4.1", "subproject"],
      [6, "DA6.2", "subproject"],
    ]);
    expect(table.unitText).toBeNull();
  });
});
