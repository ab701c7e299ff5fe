/**
 * Taking back inserted sheets in the open workbook, against the in-memory Excel: the sheets
 * and our marker names that point at them go in one Excel.run, other names and sheets stay,
 * missing sheets are skipped, and Excel's refusal to delete the last visible sheet comes
 * back as an error. The fake's own deletion follows Excel: sheet-level names go with their
 * sheet, workbook names pointing at it turn into #REF!, and a name can be deleted once.
 */
import { createFakeExcel, type FakeExcel } from "../../../src/adapters/memory/excel-fake";
import { insertTemplates } from "../../../src/adapters/office/insert-templates";
import { removeSheets } from "../../../src/adapters/office/remove-sheets";
import { sampleRequest, samplePlanner } from "./sample-plans";

function workbook(): FakeExcel {
  return createFakeExcel({
    sheets: [{ name: "Số liệu cũ", cells: { A1: 5 } }, { name: "Phụ lục 01" }, { name: "Ghi chú" }],
    names: [
      { name: "KHGN_PL01", formula: "='Phụ lục 01'!$A$4:$G$8" },
      { name: "Vung_in", formula: "='Phụ lục 01'!$A$1:$G$30" },
      { name: "KHGN_TTC", formula: "='Số liệu cũ'!$A$1:$D$9" },
      { name: "Rieng", formula: "='Phụ lục 01'!$B$2", sheet: "Phụ lục 01" },
    ],
  });
}

describe("removeSheets", () => {
  it("deletes the sheets and our marker names on them in one run of two syncs", async () => {
    const fake = workbook();

    await removeSheets(fake, ["phụ lục 01"]);

    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).toEqual(["Số liệu cũ", "Ghi chú"]);
    expect(fake.names()).toEqual([
      { name: "Vung_in", formula: "=#REF!$A$1:$G$30" },
      { name: "KHGN_TTC", formula: "='Số liệu cũ'!$A$1:$D$9" },
    ]);
  });

  it("skips sheets that are already gone and changes nothing when none is left to delete", async () => {
    const fake = workbook();

    await removeSheets(fake, ["Biểu 02"]);
    await removeSheets(fake, []);

    expect(fake.sheetNames()).toEqual(["Số liệu cũ", "Phụ lục 01", "Ghi chú"]);
    expect(fake.names()).toHaveLength(4);
    expect(fake.writeLog).toEqual([]);
  });

  it("takes back an insertion whole: the workbook has the sheets and names it had before", async () => {
    const fake = workbook();
    const namesBefore = fake.names();
    const result = await insertTemplates(fake, sampleRequest(), samplePlanner, fake.requirements);

    await removeSheets(
      fake,
      result.inserted.map((s) => s.sheetName),
    );

    expect(fake.sheetNames()).toEqual(["Số liệu cũ", "Phụ lục 01", "Ghi chú"]);
    expect(fake.names()).toEqual(namesBefore);
  });

  it("fails like Excel when the last visible sheet would go, deleting nothing", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Ẩn", visibility: "Hidden" }, { name: "Phụ lục 01" }],
      names: [{ name: "KHGN_PL01", formula: "='Phụ lục 01'!$A$4:$G$8" }],
    });

    const failure = removeSheets(fake, ["Phụ lục 01"]);

    await expect(failure).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.sheetNames()).toEqual(["Ẩn", "Phụ lục 01"]);
    expect(fake.names()).toEqual([{ name: "KHGN_PL01", formula: "='Phụ lục 01'!$A$4:$G$8" }]);
  });

  it("moves the active sheet on when the active one is deleted", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Phụ lục 01").activate();
      await context.sync();
    });

    await removeSheets(fake, ["Phụ lục 01"]);

    expect(fake.activeSheet()).toBe("Ghi chú");
    expect(fake.selection()).toBeNull();
  });
});

describe("the fake's NamedItem.delete", () => {
  it("removes the name, and fails with ItemNotFound for a name deleted twice", async () => {
    const fake = workbook();
    const twice = fake.run(async (context) => {
      context.workbook.names.load("items/name");
      await context.sync();
      const item = context.workbook.names.items[0]!;
      item.delete();
      await context.sync();
      item.delete();
      await context.sync();
    });

    await expect(twice).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.names().map((n) => n.name)).toEqual(["Vung_in", "KHGN_TTC", "Rieng"]);
  });
});
