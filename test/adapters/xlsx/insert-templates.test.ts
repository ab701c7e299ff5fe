/**
 * Inserting standard sheets into a workbook the user already has: the planner sees the
 * existing sheet and defined names, a clash gets the next free name ("Phụ lục 01 (2)",
 * "KHGN_PL01_2"), and the user's own "Phụ lục 01" reads exactly the same afterwards,
 * after saving and opening again; its part of the file is even byte-for-byte what
 * saving without the insertion writes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { insertTemplatesIntoWorkbook, readExisting } from "../../../src/adapters/xlsx/insert-templates";
import type { ExistingWorkbook, InsertRequest } from "../../../src/domain/insertion";
import type { SheetPlan } from "../../../src/domain/sheet-plan";
import { freeDefinedName, freeSheetName } from "../../../src/domain/unique-names";
import { snapshotExcelJsWorkbook } from "../../support/exceljs-snapshot";
import { fundsPlan, insertRequest, PL01, TOTAL_ROW } from "./test-plans";

/** Stands in for planInsertion: free names for a funds table, nothing more. */
function fakePlanner(_request: InsertRequest, existing: ExistingWorkbook): SheetPlan[] {
  const sheetName = freeSheetName(PL01, existing.sheetNames);
  return [fundsPlan(sheetName, freeDefinedName("KHGN_PL01", existing.definedNames))];
}

/** A user's own funds table: typed numbers, a total, a merged title, a validation and a name. */
function usersWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PL01);
  sheet.getCell("A1").value = "KINH PHÍ NĂM 2024";
  sheet.mergeCells("A1:D1");
  sheet.getCell("A1").font = { bold: true, name: "Times New Roman" };
  sheet.getRow(3).values = ["1", "Dự án 2", 120, 12];
  sheet.getRow(4).values = ["2", "Dự án 3", 305.5, 45];
  sheet.getCell("C5").value = { formula: "SUM(C3:C4)", result: 425.5 };
  sheet.getCell("C5").numFmt = "#,##0.0";
  sheet.getColumn(2).width = 40;
  sheet.getCell("C3").dataValidation = {
    type: "decimal",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
  };
  sheet.pageSetup.orientation = "landscape";
  workbook.addWorksheet("Ghi chú").getCell("A1").value = "Số liệu đã rà soát";
  workbook.definedNames.add("'Phụ lục 01'!$A$3:$D$5", "KHGN_PL01");
  return workbook;
}

async function reopened(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

/** One part of a saved workbook, through Debian's unzip (the zip library is not ours to import). */
async function savedPart(workbook: ExcelJS.Workbook, part: string): Promise<Buffer> {
  const folder = mkdtempSync(join(tmpdir(), "xlsx-part-"));
  try {
    const file = join(folder, "book.xlsx");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    return execFileSync("unzip", ["-p", file, part]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test("readExisting lists sheet and defined names as the planner needs them", async () => {
  const workbook = await reopened(usersWorkbook());
  expect(readExisting(workbook)).toEqual({ sheetNames: [PL01, "Ghi chú"], definedNames: ["KHGN_PL01"] });
});

describe("inserting into a workbook that already has 'Phụ lục 01'", () => {
  let before: ReturnType<typeof snapshotExcelJsWorkbook>;
  let after: ExcelJS.Workbook;
  let inserted: ReturnType<typeof insertTemplatesIntoWorkbook>["inserted"];

  beforeAll(async () => {
    const workbook = await reopened(usersWorkbook());
    before = snapshotExcelJsWorkbook(workbook, [PL01, "Ghi chú"]);
    inserted = insertTemplatesIntoWorkbook(workbook, insertRequest(["phu-luc-01"]), fakePlanner).inserted;
    after = await reopened(workbook);
  });

  test("the new sheet gets the next free name and is reported", () => {
    expect(inserted).toEqual([{ templateId: "phu-luc-01", sheetName: "Phụ lục 01 (2)" }]);
    expect(after.worksheets.map((s) => s.name)).toEqual([PL01, "Ghi chú", "Phụ lục 01 (2)"]);
  });

  test("the user's sheets read exactly as before, cell by cell", () => {
    const now = snapshotExcelJsWorkbook(after, [PL01, "Ghi chú"]);
    expect(now.sheets).toEqual(before.sheets);
    expect(now.sheets[0]?.cells["C5"]?.formula).toBe("=SUM(C3:C4)");
  });

  test("the user's defined name keeps its range; ours gets a suffix", () => {
    expect(snapshotExcelJsWorkbook(after).names).toEqual({
      KHGN_PL01: "'Phụ lục 01'!$A$3:$D$5",
      KHGN_PL01_2: `'Phụ lục 01 (2)'!$A$3:$I$${TOTAL_ROW}`,
    });
  });

  test("the inserted sheet holds the full plan", () => {
    const sheet = after.getWorksheet("Phụ lục 01 (2)");
    expect(sheet?.getCell("C5").formula).toBe("SUM(D5:F5)");
    expect(sheet?.getCell("A1").value).toBe("PHỤ LỤC 01");
  });
});

test("the user's sheet is saved byte-for-byte as it would be without the insertion", async () => {
  const untouched = await reopened(usersWorkbook());
  const withInsertion = await reopened(usersWorkbook());
  insertTemplatesIntoWorkbook(withInsertion, insertRequest(["phu-luc-01"]), fakePlanner);
  const part = "xl/worksheets/sheet1.xml";
  const expected = await savedPart(untouched, part);
  expect(expected.toString("utf8")).toContain('<mergeCell ref="A1:D1"/>');
  expect((await savedPart(withInsertion, part)).equals(expected)).toBe(true);
});

test("a planner that ignores the existing names is refused and nothing is added", async () => {
  const workbook = await reopened(usersWorkbook());
  const careless = (): SheetPlan[] => [
    fundsPlan("Phụ lục 01 (2)", "KHGN_PL01_2"),
    fundsPlan(PL01, "KHGN_PL01_3"),
  ];
  expect(() => insertTemplatesIntoWorkbook(workbook, insertRequest(["phu-luc-01"]), careless)).toThrow(
    'The workbook already has a sheet named "Phụ lục 01"',
  );
  expect(workbook.worksheets.map((s) => s.name)).toEqual([PL01, "Ghi chú"]);
});
