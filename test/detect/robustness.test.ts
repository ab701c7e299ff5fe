/**
 * Workbooks that are not plans, or not only plans: an empty workbook, a sheet of
 * unrelated text and numbers, a hidden sheet, several tables on one sheet, totals pulled
 * from another sheet, a program chosen by its rows or its year. Recognition never throws;
 * what it cannot read becomes notes.
 */
import { followReference } from "../../src/domain/detect/follow-reference";
import { recognise } from "../../src/domain/detect/recognise";
import { f, sheet, workbook } from "./support/grid";
import { NONG_THON_MOI, PROGRAMS } from "./support/programs";
import { keyedRows, noteIds, onlyTable } from "./support/read";

describe("workbooks without a plan", () => {
  it("reports an empty workbook (no sheets, or only empty ones)", () => {
    for (const grid of [workbook([]), workbook([sheet("Sheet1", [])])]) {
      const recognition = recognise(grid, PROGRAMS);
      expect(recognition.tables).toEqual([]);
      expect(recognition.settings).toBeNull();
      expect(recognition.programId).toBeNull();
      expect(noteIds(recognition)).toEqual(["detect.empty-workbook"]);
    }
  });

  it("turns a sheet of unrelated text, numbers and errors into a note, not a table", () => {
    const garbage = sheet("Danh sách hộ", [
      ["DANH SÁCH HỘ NGHÈO THÔN 3"],
      ["STT", "Họ và tên", "Năm sinh", "Địa chỉ", "Số tiền"],
      [1, "Nguyễn Văn A", 1970, "Thôn 3", 1500000],
      [2, "Lê Thị B", 1982, "Thôn 3", { formula: "=E3*", value: { error: "#VALUE!" } }],
      [true, null, "=)(", "#REF!", -5],
      ["Tổng", null, null, null, f("=SUM(E3:E4)")],
    ]);
    const recognition = recognise(workbook([garbage]), PROGRAMS);
    expect(recognition.tables).toEqual([]);
    expect(recognition.sheets).toEqual([{ name: "Danh sách hộ", kind: "unknown" }]);
    expect(recognition.notes).toEqual([
      {
        sheet: "Danh sách hộ",
        row: null,
        col: null,
        messageId: "detect.sheet-unrecognised",
        data: { sheet: "Danh sách hộ" },
      },
    ]);
  });

  it("says when a title names Phụ lục 01 but no header is there", () => {
    const titled = sheet("PL01", [["PHỤ LỤC 01"], ["KINH PHÍ THỰC HIỆN NĂM 2025"], ["Đang cập nhật"]]);
    const recognition = recognise(workbook([titled]), PROGRAMS);
    expect(recognition.notes).toContainEqual(
      expect.objectContaining({
        messageId: "detect.table-not-found",
        data: { sheet: "PL01", expected: "Phụ lục 01" },
      }),
    );
  });

  it("notes rows it cannot place, capped, when a funds table holds unknown items", () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i + 8, `Hạng mục số ${i + 1}`, 10, 10, 0]);
    const recognition = recognise(
      workbook([
        sheet("KP", [
          ["KINH PHÍ THỰC HIỆN NĂM 2024"],
          ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
          ...rows,
        ]),
      ]),
      PROGRAMS,
    );
    const unmatched = recognition.notes.filter((n) => n.messageId === "detect.row-unmatched");
    expect(unmatched).toHaveLength(20);
    expect(recognition.notes).toContainEqual(
      expect.objectContaining({
        messageId: "detect.more-notes",
        data: { of: "detect.row-unmatched", count: 30 },
      }),
    );
    expect(noteIds(recognition)).toContain("detect.no-total");
    expect(noteIds(recognition)).toContain("detect.unit-assumed");
  });
});

describe("several tables on one sheet", () => {
  const recognition = recognise(
    workbook([
      sheet("Kế hoạch", [
        ["PHỤ LỤC 01"],
        ["Đơn vị tính: triệu đồng"],
        ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
        [null, "TỔNG CỘNG", 400, 300, 100],
        [1, "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 400, 300, 100],
        [],
        ["BIỂU SỐ 02"],
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Hộ nghèo", "Hộ cận nghèo"],
        [1, "Số hộ đầu năm", "Hộ", 120, 80],
        [2, "Số hộ thoát nghèo", "Hộ", 30, 20],
        [3, "Số hộ cuối năm", "Hộ", 90, 60],
      ]),
    ]),
    PROGRAMS,
  );

  it("finds each under its own header and ends the first where the second begins", () => {
    expect(
      recognition.tables.map((t) => [t.kind, t.headerRows.first, t.bodyRows.first, t.bodyRows.last]),
    ).toEqual([
      ["phu-luc-01", 3, 4, 5],
      ["bieu-02", 8, 9, 11],
    ]);
    expect(keyedRows(onlyTable(recognition, "bieu-02")).map(([, key]) => key)).toEqual([
      "dau-nam",
      "thoat",
      "cuoi-nam",
    ]);
  });
});

describe("totals that come from another sheet", () => {
  const grid = workbook([
    sheet("Phụ lục 01", [
      ["PHỤ LỤC 01"],
      ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
      [null, "TỔNG CỘNG", f("='Tổng hợp'!C10", 871), f("=+'Tổng hợp'!D10", 871), f("=SUM(E4)", 0)],
      [1, "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình", 871, 871, 0],
    ]),
    sheet("Tổng hợp", [[null, null, f("=Nguồn!B2", 871), f("=SUM(D11:D12)", 871)]], { firstRow: 10 }),
    sheet("Nguồn", [[null, 871]], { firstRow: 2 }),
  ]);

  it("recognises the total row whatever its formulas point at", () => {
    const table = onlyTable(recognise(grid, PROGRAMS), "phu-luc-01");
    expect(keyedRows(table)).toEqual([
      [3, "TOTAL", "total"],
      [4, "DA7", "project"],
    ]);
  });

  it("follows a pure reference, hop by hop, to the cell that holds the value", () => {
    const trail = followReference(grid, "Phụ lục 01", { row: 3, col: 3 });
    expect(trail.cells).toEqual([
      { sheet: "Phụ lục 01", address: { row: 3, col: 3 } },
      { sheet: "Tổng hợp", address: { row: 10, col: 3 } },
      { sheet: "Nguồn", address: { row: 2, col: 2 } },
    ]);
    expect(trail).toMatchObject({ end: "source", crossesSheets: true });
  });

  it("stops at a formula that computes, a missing sheet or a loop", () => {
    expect(followReference(grid, "Phụ lục 01", { row: 3, col: 4 }).cells.map((c) => c.sheet)).toEqual([
      "Phụ lục 01",
      "Tổng hợp",
    ]);
    expect(followReference(grid, "Phụ lục 01", { row: 3, col: 5 })).toMatchObject({
      end: "source",
      crossesSheets: false,
    });
    const loop = workbook([
      sheet("A", [[f("=B!A1")]]),
      sheet("B", [[f("=A!A1")]]),
      sheet("C", [[f("=Gone!A1")]]),
    ]);
    expect(followReference(loop, "A", { row: 1, col: 1 }).end).toBe("circular");
    expect(followReference(loop, "C", { row: 1, col: 1 }).end).toBe("missing-sheet");
  });
});

describe("choosing the program", () => {
  it("takes the 2026-2035 program when the rows name its components", () => {
    const recognition = recognise(
      workbook([
        sheet("KP 2026", [
          ["KINH PHÍ THỰC HIỆN NĂM 2026"],
          ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
          [null, "Tổng cộng", 500, 450, 50],
          [1, "Xây dựng nông thôn mới, giảm nghèo bền vững", 300, 270, 30],
          [2, "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", 200, 180, 20],
        ]),
      ]),
      PROGRAMS,
    );
    expect(recognition.programId).toBe(NONG_THON_MOI.id);
    expect(keyedRows(onlyTable(recognition, "phu-luc-01")).map(([, key]) => key)).toEqual([
      "TOTAL",
      "TP1",
      "TP2",
    ]);
    expect(recognition.settings).toMatchObject({ programId: NONG_THON_MOI.id, year: 2026 });
  });

  it("falls back to the year in the title when no row names a catalog item", () => {
    const recognition = recognise(
      workbook([
        sheet("KP", [
          ["KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH NĂM 2025"],
          ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP"],
          [null, "Tổng cộng", 10, 10, 0],
          [1, "Chi hỗ trợ", 10, 10, 0],
        ]),
      ]),
      PROGRAMS,
    );
    expect(recognition.programId).toBe("giam-ngheo-2021-2025");
  });

  it("reads rows without a program, and says the program is unknown", () => {
    const recognition = recognise(
      workbook([
        sheet("KP", [["PHỤ LỤC 01"], ["TT", "Nội dung", "Tổng cộng", "NSTW"], [null, "Tổng cộng", 10, 10]]),
      ]),
      [],
    );
    expect(recognition.programId).toBeNull();
    expect(keyedRows(onlyTable(recognition, "phu-luc-01"))).toEqual([[3, "TOTAL", "total"]]);
    expect(noteIds(recognition)).toContain("detect.program-unknown");
  });
});
