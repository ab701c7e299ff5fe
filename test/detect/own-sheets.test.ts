/**
 * Our own sheets, written by the real insertion pipeline and read back as a reader would
 * deliver them (no cached results): recognised exactly by their markers and hidden keys,
 * with the settings and program from "Thông tin chung". A copy whose keys were deleted is
 * still read, by its headers.
 */
import { recognise } from "../../src/domain/detect/recognise";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { B02_ROWS } from "../../src/domain/templates/column-keys";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { cellKey, type WorkbookGrid } from "../../src/domain/workbook";
import { planToGrid } from "./support/grid";
import { GIAM_NGHEO, PROGRAMS } from "./support/programs";
import { childrenOf, columnsOf, keyedRows, noteIds, onlyTable, rowOf } from "./support/read";

function ourWorkbook(year: number, level: "xa" | "huyen", planDate: string): WorkbookGrid {
  const settings = defaultSettings(GIAM_NGHEO, {
    year,
    level,
    unitName: "Hậu Lộc",
    province: "Thanh Hóa",
    planDate,
  });
  const plans = planInsertion(
    { templates: TEMPLATE_IDS, program: GIAM_NGHEO, settings },
    { sheetNames: [], definedNames: [] },
  );
  return planToGrid(plans);
}

describe("a workbook made by `kehoach new` for a 2023 district plan", () => {
  const grid = ourWorkbook(2023, "huyen", "2023-06-15");
  const recognition = recognise(grid, PROGRAMS);

  it("finds every sheet of ours by its marker, Thông tin chung included", () => {
    expect(recognition.sheets).toEqual([
      { name: "Thông tin chung", kind: "thong-tin-chung" },
      { name: "Phụ lục 01", kind: "phu-luc-01" },
      { name: "Biểu 02", kind: "bieu-02" },
      { name: "Biểu 03", kind: "bieu-03" },
      { name: "Phân công", kind: "phan-cong" },
    ]);
    expect(recognition.tables.map((t) => [t.kind, t.own])).toEqual([
      ["phu-luc-01", true],
      ["bieu-02", true],
      ["bieu-03", true],
      ["phan-cong", true],
    ]);
    expect(noteIds(recognition)).toEqual([]);
  });

  it("reads the settings and program from Thông tin chung", () => {
    expect(recognition.programId).toBe("giam-ngheo-2021-2025");
    expect(recognition.settingsSource).toBe("own");
    expect(recognition.settings).toMatchObject({ year: 2023, level: "huyen", unitName: "huyện Hậu Lộc" });
    expect(recognition.hasDistrict).toBe(true);
  });

  it("takes Phụ lục 01's columns and rows from the hidden keys", () => {
    const table = onlyTable(recognition, "phu-luc-01");
    expect(columnsOf(table)).toMatchObject({
      tt: 2,
      "noi-dung": 3,
      tong: 4,
      nstw: 5,
      "ns-huyen": 10,
      "ghi-chu": 14,
    });
    expect(table.headerRows).toEqual({ first: 6, last: 7 });
    expect(table.rows).toHaveLength(1 + GIAM_NGHEO.catalog.length);
    expect(table.unitFactor).toBe(1);
    expect(table.unitText).toBe("Đơn vị tính: Triệu đồng");
  });

  it("gives TỔNG CỘNG every Dự án and each Dự án its Tiểu dự án", () => {
    const table = onlyTable(recognition, "phu-luc-01");
    const projects = GIAM_NGHEO.catalog.filter((i) => !i.parent).map((i) => rowOf(table, i.code));
    expect(childrenOf(table, "TOTAL")).toEqual(projects);
    expect(childrenOf(table, "DA4")).toEqual(["DA4.1", "DA4.2", "DA4.3"].map((code) => rowOf(table, code)));
    expect(childrenOf(table, "DA2")).toEqual([]);
  });

  it("keeps the counterpart lines under the table out of its rows", () => {
    const table = onlyTable(recognition, "phu-luc-01");
    expect(table.rows.map((r) => r.key)).not.toContain("counterpart.actual");
  });

  it("reads Biểu 03's dimension headings as groups and its indicators by id", () => {
    const table = onlyTable(recognition, "bieu-03");
    expect(keyedRows(table).slice(0, 3)).toEqual([
      [6, null, "group"],
      [7, "vl-ket-noi", "item"],
      [8, "vl-thanh-cong", "item"],
    ]);
  });
});

describe("a 2025 two-tier plan whose Phụ lục 01 keys were deleted", () => {
  const grid = ourWorkbook(2025, "xa", "2025-08-20");
  const pl01 = grid.sheets.find((s) => s.name === "Phụ lục 01");
  if (!pl01) throw new Error("no Phụ lục 01");
  const cells = new Map(pl01.cells);
  for (let col = 1; col <= pl01.maxCol; col++) cells.delete(cellKey(5, col));
  for (let row = 1; row <= pl01.maxRow; row++) cells.delete(cellKey(row, 1));
  const damaged = { ...grid, sheets: grid.sheets.map((s) => (s === pl01 ? { ...pl01, cells } : s)) };
  const recognition = recognise(damaged, PROGRAMS);

  it("reads the sheet by its headers instead, and says so", () => {
    const table = onlyTable(recognition, "phu-luc-01");
    expect(table.own).toBe(false);
    expect(columnsOf(table)).toMatchObject({
      tt: 2,
      "noi-dung": 3,
      tong: 4,
      nstw: 5,
      nsdp: 8,
      "ns-tinh": 9,
      "ns-xa": 10,
    });
    expect(table.rows.filter((r) => r.key !== null).map((r) => r.key)).toEqual([
      "TOTAL",
      ...GIAM_NGHEO.catalog
        .filter((i) => !i.parent)
        .flatMap((p) => [
          p.code,
          ...GIAM_NGHEO.catalog.filter((c) => c.parent === p.code).map((c) => c.code),
        ]),
    ]);
    expect(noteIds(recognition)).toContain("detect.own-keys-missing");
    expect(recognition.hasDistrict).toBe(false);
  });
});

describe("our sheets copied into another workbook, which keeps no defined names", () => {
  const grid = ourWorkbook(2025, "xa", "2025-08-20");
  const recognition = recognise({ ...grid, names: [] }, PROGRAMS);

  it("reads them by their headers, not by the hidden key row above them", () => {
    const funds = onlyTable(recognition, "phu-luc-01");
    expect(funds.own).toBe(false);
    expect(funds.headerRows).toEqual({ first: 6, last: 7 });
    expect(funds.rows[0]).toMatchObject({ row: 8, key: "TOTAL", role: "total" });
    const households = onlyTable(recognition, "bieu-02");
    expect(households.headerRows).toEqual({ first: 5, last: 5 });
    expect(households.rows.map((r) => r.key)).toEqual(Object.values(B02_ROWS));
    expect(onlyTable(recognition, "phan-cong").rows.filter((r) => r.key !== null)).toHaveLength(
      GIAM_NGHEO.catalog.length,
    );
    expect(onlyTable(recognition, "bieu-03").rows.filter((r) => r.key !== null)).toHaveLength(16);
    expect(recognition.programId).toBe("giam-ngheo-2021-2025");
    expect(recognition.settings).toMatchObject({ year: 2025, level: "xa", unitName: "xã Hậu Lộc" });
  });
});
