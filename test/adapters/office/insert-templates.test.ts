/**
 * Inserting the standard sheets into an open workbook through the Excel JS API, run
 * against the in-memory Excel: few round trips whatever the number of sheets, existing
 * sheets never touched, clashing names renamed, every planned detail written, and a clear
 * Vietnamese message on an Excel too old to do it.
 */
import { createFakeExcel, type FakeExcel } from "../../../src/adapters/memory/excel-fake";
import { insertTemplates } from "../../../src/adapters/office/insert-templates";
import { ExcelTooOldError } from "../../../src/adapters/office/requirements";
import { loadProgramRegistry } from "../../../src/adapters/node/load-programs";
import { TEMPLATE_IDS, type TemplateId } from "../../../src/domain/sheet-plan";
import { defaultSettings } from "../../../src/domain/templates/default-settings";
import { planInsertion } from "../../../src/domain/templates/plan-insertion";
import { samplePlanner, sampleRequest } from "./sample-plans";

const EXISTING_CELLS = { A1: "PHỤ LỤC 01 (bản cũ)", C6: 871, C8: "=SUM(C6:C7)" };

function workbookWithOldPlan(apiVersion?: string): FakeExcel {
  return createFakeExcel({
    sheets: [{ name: "Phụ lục 01", cells: EXISTING_CELLS }, { name: "Ghi chú" }],
    names: [{ name: "KHGN_PL01", formula: "='Phụ lục 01'!$A$4:$G$8" }],
    ...(apiVersion ? { apiVersion } : {}),
  });
}

function insert(fake: FakeExcel, templates?: readonly TemplateId[]) {
  return insertTemplates(fake, sampleRequest(templates), samplePlanner, fake.requirements);
}

describe("insertTemplates", () => {
  it("inserts all five sheets in at most three syncs, no more than for one sheet", async () => {
    const five = workbookWithOldPlan();
    const result = await insert(five);
    const one = workbookWithOldPlan();
    await insert(one, ["bieu-02"]);

    expect(result.inserted).toHaveLength(5);
    expect(five.syncCount).toBeLessThanOrEqual(3);
    expect(five.syncCount).toBe(one.syncCount);
  });

  it("inserts the real templates in two syncs", async () => {
    const program = loadProgramRegistry().get("giam-ngheo-2021-2025");
    const settings = defaultSettings(program, { year: 2025, unitName: "Ba Dinh", province: "Quảng Ngãi" });
    const fake = createFakeExcel();
    const result = await insertTemplates(
      fake,
      { templates: TEMPLATE_IDS, program, settings },
      planInsertion,
      fake.requirements,
    );

    expect(result.inserted.map((s) => s.sheetName)).toEqual(fake.sheetNames().slice(1));
    expect(fake.syncCount).toBe(2);
  });

  it("never writes to a sheet that was already in the workbook", async () => {
    const fake = workbookWithOldPlan();
    await insert(fake);

    const touched = fake.writeLog.filter(
      (entry) => entry.sheet === "Phụ lục 01" || entry.sheet === "Ghi chú",
    );
    expect(touched).toEqual([]);
    const old = fake.sheet("Phụ lục 01");
    expect(Object.keys(old.cells).sort()).toEqual(["A1", "C6", "C8"]);
    expect([old.cells.A1?.value, old.cells.C6?.value, old.cells.C8?.formula]).toEqual([
      "PHỤ LỤC 01 (bản cũ)",
      871,
      "=SUM(C6:C7)",
    ]);
  });

  it("gives a sheet and a marker name that clash new names, and reports them", async () => {
    const fake = workbookWithOldPlan();
    const result = await insert(fake);

    expect(result.inserted).toEqual([
      { templateId: "thong-tin-chung", sheetName: "Thông tin chung" },
      { templateId: "phu-luc-01", sheetName: "Phụ lục 01 (2)" },
      { templateId: "bieu-02", sheetName: "Biểu 02" },
      { templateId: "bieu-03", sheetName: "Biểu 03" },
      { templateId: "phan-cong", sheetName: "Phân công" },
    ]);
    expect(fake.sheetNames()).toEqual([
      "Phụ lục 01",
      "Ghi chú",
      "Thông tin chung",
      "Phụ lục 01 (2)",
      "Biểu 02",
      "Biểu 03",
      "Phân công",
    ]);
    expect(fake.names()).toContainEqual({ name: "KHGN_PL01", formula: "='Phụ lục 01'!$A$4:$G$8" });
    expect(fake.names()).toContainEqual({ name: "KHGN_PL01_2", formula: "='Phụ lục 01 (2)'!$A$4:$G$8" });
  });

  it("keeps labels that look like numbers or formulas as text", async () => {
    const fake = createFakeExcel();
    await insert(fake, ["phu-luc-01"]);

    const cells = fake.sheet("Phụ lục 01").cells;
    expect([cells.A6?.value, cells.A7?.value, cells.B7?.value, cells.B8?.value]).toEqual([
      "1",
      "1.1",
      "(1)",
      "- Lưu: VT, VP.",
    ]);
    expect([cells.C8?.formula, cells.E6?.formula, cells.F8?.value]).toEqual([
      "=SUM(C6:C7)",
      "=IF(C6=0,0,D6/C6)",
      true,
    ]);
  });

  it("writes number formats, styles and cell locks as planned", async () => {
    const fake = createFakeExcel();
    await insert(fake, ["bieu-02"]);

    const { cells } = fake.sheet("Biểu 02");
    expect(cells.D6).toMatchObject({ value: 871, numberFormat: "#,##0.0", locked: false, fill: "#FFF2CC" });
    expect(cells.E7).toMatchObject({ numberFormat: "0.00%", locked: true });
    expect(cells.C8).toMatchObject({ bold: true, numberFormat: "#,##0" });
    expect(cells.A1).toMatchObject({ bold: true, size: 13, horizontal: "Center", numberFormat: "General" });
    expect(cells.B4).toMatchObject({ bold: true, vertical: "Center", wrap: true, fill: "#D9E1F2" });
    const thin = { style: "Continuous", weight: "Thin", color: "#000000" };
    expect(cells.C4?.borders).toEqual({ top: thin, bottom: thin, left: thin, right: thin });
  });

  it("lays the sheet out: widths and heights in points, hidden key row and column, merges, freeze, validation", async () => {
    const fake = createFakeExcel();
    await insert(fake, ["bieu-03"]);

    const sheet = fake.sheet("Biểu 03");
    expect(sheet.columnWidths).toEqual({ 1: 31.5, 2: 236.25, 3: 73.5, 4: 73.5, 5: 52.5, 6: 105, 7: 42 });
    expect(sheet.rowHeights).toEqual({ 1: 19.5, 2: 19.5, 4: 30.75, 6: 30.75, 7: 30.75 });
    const heightWrites = fake.writeLog.filter((e) => e.op === "set" && e.property === "format/rowHeight");
    expect(heightWrites.map((e) => e.op === "set" && [e.address, e.value])).toEqual([
      ["1:2", 19.5],
      ["4:4", 30.75],
      ["6:7", 30.75],
    ]);
    expect([sheet.hiddenRows, sheet.hiddenColumns]).toEqual([[5], [7]]);
    expect(sheet.merges).toEqual(["A1:F1", "A2:F2", "A3:F3"]);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 2 });
    expect(sheet.validations.map((v) => [v.address, v.rule])).toEqual([
      ["D6:D7", { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } }],
      ["F6:F7", { list: { inCellDropDown: true, source: "Phòng Kinh tế,Phòng Văn hóa - Xã hội" } }],
      ["E6:E7", { wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } }],
    ]);
    expect(sheet.validations[0]?.errorAlert).toEqual({
      showAlert: true,
      style: "Stop",
      title: "Số tiền không hợp lệ",
      message: "Nhập số tiền không âm, đơn vị triệu đồng.",
    });
  });

  it("sets up printing and protects the sheet once everything is written", async () => {
    const fake = createFakeExcel();
    await insert(fake, ["phan-cong"]);

    const sheet = fake.sheet("Phân công");
    expect(sheet.page).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margins: { top: 0.79 * 72, bottom: 0.79 * 72, left: 1.18 * 72, right: 0.59 * 72 },
      printTitleRows: "$4:$5",
    });
    expect(sheet.protection).toEqual({
      protected: true,
      hasPassword: false,
      options: { allowFormatColumns: true, allowFormatRows: true },
    });
    const forSheet = fake.writeLog.filter((e) => e.sheet === "Phân công");
    const protectedAt = forSheet.findIndex((e) => e.op === "call" && e.method === "protection.protect");
    expect(forSheet.slice(protectedAt + 1).filter((e) => e.op === "set")).toEqual([]);
  });

  it("writes cells in rectangular blocks rather than one by one", async () => {
    const fake = createFakeExcel();
    await insert(fake, ["phu-luc-01"]);

    const contentWrites = fake.writeLog.filter((e) => e.op === "set" && e.property === "formulas");
    expect(contentWrites.map((e) => e.address)).toEqual(["A1:A3", "A4:G7", "B8:D8", "F8:G8"]);
  });

  it("shows the first inserted sheet", async () => {
    const fake = workbookWithOldPlan();
    await insert(fake, ["phu-luc-01", "bieu-02"]);

    expect(fake.activeSheet()).toBe("Phụ lục 01 (2)");
  });

  it("refuses, in Vietnamese and before touching the workbook, on an Excel older than ExcelApi 1.9", async () => {
    const fake = workbookWithOldPlan("1.8");
    const attempt = insert(fake);

    await expect(attempt).rejects.toBeInstanceOf(ExcelTooOldError);
    await expect(attempt).rejects.toThrow(/Phiên bản Excel đang dùng quá cũ.*ExcelApi 1\.9.*cập nhật Excel/);
    expect([fake.syncCount, fake.writeLog.length]).toEqual([0, 0]);
  });
});
