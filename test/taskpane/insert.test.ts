/**
 * "Chèn biểu mẫu" end to end without React: the controller fills the form's settings into
 * the chosen sheets of an in-memory Excel, reports sheets it had to rename, takes them back
 * on "Hoàn tác", and turns every failure into a message a user can act on.
 */
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";
import { ExcelTooOldError } from "../../src/adapters/office/requirements";
import type { ExcelConnection } from "../../src/taskpane/host";
import { excelWorkspace } from "../../src/taskpane/workspace/excel-workspace";
import type { Workspace } from "../../src/taskpane/workspace/workspace";
import { programs } from "../../src/taskpane/programs";
import { describeFailure } from "../../src/taskpane/state/failure";
import { initialForm, type InsertForm } from "../../src/taskpane/state/form";
import { insertSelected, removeInserted } from "../../src/taskpane/state/insert";

const program = programs.find((p) => p.period.from === 2021);
if (!program) throw new Error("the pane bundles no 2021-2025 program file");

const form: InsertForm = {
  ...initialForm(programs, new Date(2025, 0, 15)),
  programId: program.id,
  year: "2025",
  unitName: "xã Ba Dinh",
  province: "Quảng Ngãi",
};

function connect(fake: FakeExcel): Workspace {
  return excelWorkspace({ excel: fake, requirements: fake.requirements });
}

/** Every text a sheet holds, to see the settings the user typed landed in it. */
function sheetText(fake: FakeExcel, name: string): string {
  return Object.values(fake.sheet(name).cells)
    .map((c) => String(c.value ?? ""))
    .join("\n");
}

describe("insertSelected", () => {
  it("inserts only the ticked sheets, filled with the plan's details", async () => {
    const fake = createFakeExcel();
    const outcome = await insertSelected(connect(fake), programs, {
      ...form,
      templates: ["thong-tin-chung", "phu-luc-01"],
    });
    expect(outcome.kind).toBe("inserted");
    if (outcome.kind !== "inserted") return;
    expect(outcome.sheets.map((s) => [s.templateId, s.renamed])).toEqual([
      ["thong-tin-chung", false],
      ["phu-luc-01", false],
    ]);
    expect(fake.sheetNames()).toEqual(["Sheet1", ...outcome.sheets.map((s) => s.sheetName)]);
    const settings = sheetText(fake, outcome.sheets[0]?.sheetName ?? "");
    expect(settings).toContain("xã Ba Dinh");
    expect(settings).toContain("Quảng Ngãi");
  });

  it("inserting again keeps the first sheets and reports the new ones as renamed", async () => {
    const fake = createFakeExcel();
    const first = await insertSelected(connect(fake), programs, form);
    const before = first.kind === "inserted" ? first.sheets.map((s) => fake.sheet(s.sheetName)) : [];
    const second = await insertSelected(connect(fake), programs, form);
    expect(second.kind).toBe("inserted");
    if (first.kind !== "inserted" || second.kind !== "inserted") return;
    expect(first.sheets).toHaveLength(5);
    expect(second.sheets.map((s) => s.renamed)).toEqual([true, true, true, true, true]);
    expect(second.sheets.map((s) => s.sheetName)).toEqual(first.sheets.map((s) => `${s.sheetName} (2)`));
    expect(first.sheets.map((s) => fake.sheet(s.sheetName))).toEqual(before);
  });

  it("renames only the sheet whose name is taken", async () => {
    const probe = createFakeExcel();
    const standard = await insertSelected(connect(probe), programs, { ...form, templates: ["bieu-02"] });
    const bieu02 = standard.kind === "inserted" ? (standard.sheets[0]?.sheetName ?? "") : "";
    const seeded = createFakeExcel({ sheets: [{ name: bieu02 }] });
    const outcome = await insertSelected(connect(seeded), programs, {
      ...form,
      templates: ["bieu-02", "bieu-03"],
    });
    expect(outcome).toMatchObject({
      kind: "inserted",
      sheets: [
        { templateId: "bieu-02", sheetName: `${bieu02} (2)`, renamed: true },
        { templateId: "bieu-03", renamed: false },
      ],
    });
    expect(seeded.sheetNames().slice(0, 2)).toEqual([bieu02, `${bieu02} (2)`]);
    expect(seeded.sheet(bieu02).cells).toEqual({});
  });

  it("touches nothing when the form is invalid", async () => {
    const fake = createFakeExcel();
    const outcome = await insertSelected(connect(fake), programs, { ...form, unitName: "", year: "2019" });
    expect(outcome).toEqual({
      kind: "invalid",
      errors: { unitName: "errorUnitRequired", year: "errorYear" },
    });
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
    expect(fake.syncCount).toBe(0);
  });

  it("tells the user of an old Excel what to do, before writing anything", async () => {
    const fake = createFakeExcel({ apiVersion: "1.8" });
    const outcome = await insertSelected(connect(fake), programs, form);
    expect(outcome).toEqual({
      kind: "failed",
      failure: { cause: { text: new ExcelTooOldError("insert").message }, hint: null },
    });
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  it("reports Excel's own error message with a next step, never a stack trace", async () => {
    const error = new Error("The workbook is protected.");
    error.stack = "Error: The workbook is protected.\n    at run (excel.js:1:1)";
    const broken: ExcelConnection = {
      excel: { run: () => Promise.reject(error) },
      requirements: createFakeExcel().requirements,
    };
    const outcome = await insertSelected(excelWorkspace(broken), programs, form);
    expect(outcome).toEqual({
      kind: "failed",
      failure: { cause: { text: "The workbook is protected." }, hint: "failureHintGeneric" },
    });
  });
});

describe("removeInserted (Hoàn tác)", () => {
  it("takes the inserted sheets back with what was typed into them, and the user's sheets stay", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Số liệu cũ", cells: { A1: 5 } }] });
    const workspace = connect(fake);
    const inserted = await insertSelected(workspace, programs, form);
    if (inserted.kind !== "inserted") throw new Error("nothing inserted");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(inserted.sheets[1]!.sheetName);
      sheet.protection.unprotect();
      sheet.getRange("Z99").values = [[871]];
      await context.sync();
    });

    const outcome = await removeInserted(workspace, inserted.sheets);

    expect(outcome).toEqual({ kind: "removed", count: 5 });
    expect(fake.sheetNames()).toEqual(["Số liệu cũ"]);
    expect(fake.sheet("Số liệu cũ").cells.A1?.value).toBe(5);
    expect(fake.names()).toEqual([]);
  });

  it("says why Excel refused and what to try, instead of throwing", async () => {
    const broken: ExcelConnection = {
      excel: { run: () => Promise.reject(new Error("The workbook structure is protected.")) },
      requirements: createFakeExcel().requirements,
    };
    const sheets = [{ templateId: "phu-luc-01" as const, sheetName: "Phụ lục 01", renamed: false }];

    expect(await removeInserted(excelWorkspace(broken), sheets)).toEqual({
      kind: "failed",
      failure: { cause: { text: "The workbook structure is protected." }, hint: "undoInsertFailureHint" },
    });
  });
});

describe("describeFailure", () => {
  it("drops stack frames that leak into a message and names an empty error as unknown", () => {
    expect(describeFailure(new Error("Lỗi ghi.\n    at write (a.js:2:3)")).cause).toEqual({
      text: "Lỗi ghi.",
    });
    expect(describeFailure(new Error("")).cause).toEqual({ id: "failureUnknown" });
    expect(describeFailure({ weird: true }).cause).toEqual({ id: "failureUnknown" });
  });
});
