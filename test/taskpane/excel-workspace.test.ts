/**
 * The Workspace of the workbook open in Excel, over the in-memory Excel: it reads, inserts
 * sheets without overwriting and takes them back with their markers, applies and undoes
 * fixes, selects a cell (true: Excel moved there), and has nothing to save.
 */
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";
import { ExcelTooOldError } from "../../src/adapters/office/requirements";
import { parseA1 } from "../../src/domain/address/cell-address";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import type { SheetPlanner } from "../../src/taskpane/workspace/workspace";
import { excelWorkspace } from "../../src/taskpane/workspace/excel-workspace";
import { programs } from "../../src/taskpane/programs";

const program = programs.find((p) => p.period.from === 2021)!;
const settings = defaultSettings(program, { year: 2025, unitName: "xã Ba Dinh", province: "Quảng Ngãi" });
const planner: SheetPlanner = (existing) =>
  planInsertion({ templates: TEMPLATE_IDS, program, settings }, existing);

function excel(options?: Parameters<typeof createFakeExcel>[0]): FakeExcel {
  return createFakeExcel(options);
}

describe("excelWorkspace", () => {
  it("is Excel's: no file name, nothing to save", async () => {
    const fake = excel();
    const workspace = excelWorkspace({ excel: fake, requirements: fake.requirements });
    expect([workspace.kind, workspace.fileName]).toEqual(["excel", null]);
    expect(await workspace.save()).toBeNull();
  });

  it("inserts beside the user's sheet, reads them back, and removes them with their markers", async () => {
    const fake = excel({ sheets: [{ name: "Phụ lục 01", cells: { A1: "bản cũ" } }] });
    const workspace = excelWorkspace({ excel: fake, requirements: fake.requirements });

    const inserted = await workspace.insertSheets(planner);
    const read = await workspace.read();
    await workspace.removeSheets(inserted);

    expect(inserted).toContain("Phụ lục 01 (2)");
    expect(read.sheets.map((s) => s.name)).toEqual(["Phụ lục 01", ...inserted]);
    expect(read.names.map((n) => n.name)).toContain("KHGN_PL01");
    expect(fake.sheetNames()).toEqual(["Phụ lục 01"]);
    expect(fake.sheet("Phụ lục 01").cells.A1?.value).toBe("bản cũ");
    expect(fake.names()).toEqual([]);
  });

  it("applies a fix against the grid it read and undoes it", async () => {
    const fake = excel({ sheets: [{ name: "Kinh phí", cells: { C3: 5, C4: 6, C5: "=SUM(C3:C3)" } }] });
    const workspace = excelWorkspace({ excel: fake, requirements: fake.requirements });
    const grid = await workspace.read();
    const fix = {
      messageId: "x",
      data: {},
      edits: [{ sheet: "Kinh phí", address: parseA1("C5"), formula: "=SUM(C3:C4)" }],
    };

    const batch = await workspace.applyFixes([fix], grid);
    const fixed = fake.sheet("Kinh phí").cells.C5?.formula;
    await workspace.undoBatch(batch);

    expect(fixed).toBe("=SUM(C3:C4)");
    expect(fake.sheet("Kinh phí").cells.C5?.formula).toBe("=SUM(C3:C3)");
  });

  it("selects a cell in Excel and says so", async () => {
    const fake = excel({ sheets: [{ name: "Ghi chú" }, { name: "Kinh phí" }] });
    const workspace = excelWorkspace({ excel: fake, requirements: fake.requirements });

    expect(await workspace.select("Kinh phí", "C12:F12")).toBe(true);
    expect(fake.selection()).toEqual({ sheet: "Kinh phí", address: "C12:F12" });
  });

  it("refuses to insert into an Excel too old for it, before writing", async () => {
    const fake = excel({ apiVersion: "1.8" });
    const workspace = excelWorkspace({ excel: fake, requirements: fake.requirements });

    await expect(workspace.insertSheets(planner)).rejects.toBeInstanceOf(ExcelTooOldError);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });
});
