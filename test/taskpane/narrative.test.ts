/**
 * The "Thuyết minh" controller end to end without React, on an in-memory Excel holding the
 * example plan (seed 004's figures typed into our five templates): the plan's total prints
 * as 1.001 and leads to its cell, which a click selects (or, in browser mode, names); errors
 * make the guard count them and the plan open with them; a workbook without our sheets says
 * what is missing; the .docx comes with a Windows-safe name; the sheet is written under a free
 * name and "Hoàn tác" deletes exactly that one; the text reaches the clipboard by either way.
 */
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";
import { insertTemplates } from "../../src/adapters/office/insert-templates";
import { toA1 } from "../../src/domain/address/cell-address";
import type { Inline, NarrativeDocument } from "../../src/domain/narrative/document";
import { renderText } from "../../src/domain/narrative/render/text";
import { TEMPLATE_IDS, type SheetPlan } from "../../src/domain/sheet-plan";
import { PL01_COLUMNS, PL01_ROWS } from "../../src/domain/templates/column-keys";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { programs } from "../../src/taskpane/programs";
import {
  copyNarrativeText,
  copyText,
  docxFileName,
  downloadDocx,
  figureCells,
  figureSelection,
  prepareNarrative,
  removeNarrativeSheet,
  selectFigure,
  writeNarrativeSheet,
  type PrepareOutcome,
  type PreparedNarrative,
} from "../../src/taskpane/state/narrative";
import { afterPrepare, afterProceed, IDLE } from "../../src/taskpane/state/use-narrative";
import { excelWorkspace } from "../../src/taskpane/workspace/excel-workspace";
import type { Workspace } from "../../src/taskpane/workspace/workspace";
import { PROGRAM, seed004Entries, SEED_004_SETTINGS } from "../narrative/support/plans";
import type { Entry } from "../own-sheets/support/plan-workbook";
import { addressOf } from "../templates/support/fixtures";

type Figure = Extract<Inline, { kind: "figure" }>;

interface Plan {
  readonly fake: FakeExcel;
  readonly plans: readonly SheetPlan[];
}

/** The pane's Excel workspace over the fake; browser mode is the same without a grid to select in. */
function workspaceOf({ fake }: Plan, selects = true): Workspace {
  const excel = excelWorkspace({ excel: fake, requirements: fake.requirements });
  return selects ? excel : { ...excel, kind: "file", select: () => Promise.resolve(false) };
}

function cellOf(plan: Plan, entry: Pick<Entry, "template" | "row" | "col">): { sheet: string; a1: string } {
  const sheetPlan = plan.plans.find((p) => p.templateId === entry.template);
  if (!sheetPlan) throw new Error(`no ${entry.template} plan`);
  return { sheet: sheetPlan.sheetName, a1: toA1(addressOf(sheetPlan, entry.row, entry.col)) };
}

/** Types the entries as a user would: unprotect each sheet, then type. */
async function type(plan: Plan, entries: readonly Entry[]): Promise<void> {
  await plan.fake.run(async (context) => {
    for (const entry of entries) {
      const { sheet, a1 } = cellOf(plan, entry);
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.protection.unprotect();
      worksheet.getRange(a1).values = [[entry.value as number | string]];
    }
    await context.sync();
  });
}

async function examplePlan(entries: readonly Entry[] = seed004Entries()): Promise<Plan> {
  const fake = createFakeExcel();
  const plans: SheetPlan[] = [];
  const planner = (...args: Parameters<typeof planInsertion>) => {
    const made = planInsertion(...args);
    plans.push(...made);
    return made;
  };
  const request = { templates: TEMPLATE_IDS, program: PROGRAM, settings: SEED_004_SETTINGS };
  await insertTemplates(fake, request, planner, fake.requirements);
  const plan = { fake, plans };
  await type(plan, entries);
  return plan;
}

function prepared(outcome: PrepareOutcome): PreparedNarrative {
  if (outcome.kind !== "prepared") throw new Error(`expected a plan, got ${JSON.stringify(outcome)}`);
  return outcome.prepared;
}

function figures(doc: NarrativeDocument): Figure[] {
  return doc.blocks.flatMap((b) =>
    b.kind === "paragraph" ? b.content.filter((i): i is Figure => i.kind === "figure") : [],
  );
}

const TOTAL = { template: "phu-luc-01", row: PL01_ROWS.total, col: PL01_COLUMNS.tong } as const;

describe("the Thuyết minh controller on the example plan", () => {
  let plan: Plan;
  let ready: PreparedNarrative;
  let total: Figure;

  beforeAll(async () => {
    plan = await examplePlan();
    ready = prepared(await prepareNarrative({ workspace: workspaceOf(plan), programs }));
    const { sheet, a1 } = cellOf(plan, TOTAL);
    const found = figures(ready.document).find(
      (f) => f.text === "1.001" && f.sources.some((s) => s.sheet === sheet && toA1(s.address) === a1),
    );
    if (!found) throw new Error("no 1.001 figure from the total cell");
    total = found;
  });

  it("writes the plan with no errors to ask about, its total 1.001 triệu đồng taken from Phụ lục 01's total cell", () => {
    expect(ready.errors).toEqual([]);
    expect(ready.document.title).toBe("Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh");
    expect(renderText(ready.document)).toContain("1.001 triệu đồng");
    expect(figures(ready.document).length).toBeGreaterThanOrEqual(20);
  });

  it("selects a figure's cell in Excel when it is clicked", async () => {
    const { sheet, a1 } = cellOf(plan, TOTAL);
    expect(await selectFigure(workspaceOf(plan), total.sources)).toEqual({ kind: "selected" });
    expect(plan.fake.selection()).toEqual({ sheet, address: a1 });
  });

  it("names the cell instead when the workspace cannot select (browser mode)", async () => {
    const { sheet, a1 } = cellOf(plan, TOTAL);
    expect(await selectFigure(workspaceOf(plan, false), total.sources)).toEqual({
      kind: "shown",
      cells: `${sheet}!${a1}`,
    });
  });

  it("renders the .docx only when asked, named after the plan's title", async () => {
    const download = jest.fn();
    expect(await downloadDocx(ready.document, download)).toEqual({
      kind: "downloaded",
      fileName: "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh.docx",
    });
    const [bytes, fileName, mimeType] = download.mock.calls[0] as [Uint8Array, string, string];
    expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
    expect(fileName).toBe("Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh.docx");
    expect(mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("writes the Thuyết minh sheet under a free name each time, and Hoàn tác deletes that sheet only", async () => {
    const workspace = workspaceOf(plan);
    const first = await writeNarrativeSheet(workspace, ready.document);
    const second = await writeNarrativeSheet(workspace, ready.document);
    if (first.kind !== "written" || second.kind !== "written") throw new Error("not written");
    expect([first.sheet, second.sheet]).toEqual(["Thuyết minh", "Thuyết minh (2)"]);
    expect(plan.fake.sheetNames()).toEqual(expect.arrayContaining([first.sheet, second.sheet]));
    const firstTexts = Object.values(plan.fake.sheet(first.sheet).cells).map((c) => String(c.value ?? ""));
    expect(firstTexts.join("\n")).toContain("1.001");

    expect(await removeNarrativeSheet(workspace, second.sheet)).toEqual({
      kind: "removed",
      sheet: second.sheet,
    });
    expect(plan.fake.sheetNames()).toContain(first.sheet);
    expect(plan.fake.sheetNames()).not.toContain(second.sheet);
    expect(plan.fake.names().map((n) => n.name)).toContain("KHGN_TM");
    expect(plan.fake.names().map((n) => n.name)).not.toContain("KHGN_TM_2");
  });
});

describe("the guard", () => {
  it("counts the errors, keeps the plan waiting, and shows it opening with them once the user goes on", async () => {
    const negative = { template: "phu-luc-01", row: "DA2", col: PL01_COLUMNS.xa, value: -16 } as const;
    const plan = await examplePlan([...seed004Entries(), negative]);
    const outcome = await prepareNarrative({ workspace: workspaceOf(plan), programs });
    const ready = prepared(outcome);
    const { a1 } = cellOf(plan, negative);
    expect(ready.errors.some((e) => e.includes(a1) && e.includes("-16"))).toBe(true);

    const asking = afterPrepare(IDLE, outcome);
    expect(asking.shown).toBeNull();
    expect(asking.pending?.errors).toEqual(ready.errors);

    const shown = afterProceed(asking);
    expect(shown.pending).toBeNull();
    const [first] = shown.shown?.document.blocks ?? [];
    expect(first?.kind === "warning" && first.items).toEqual(ready.errors);
  });

  it("shows a plan without errors at once", async () => {
    const plan = await examplePlan();
    const after = afterPrepare(IDLE, await prepareNarrative({ workspace: workspaceOf(plan), programs }));
    expect(after.pending).toBeNull();
    expect(after.shown?.document.blocks[0]?.kind).toBe("header");
  });
});

describe("workbooks that give no plan, and Excel's failures", () => {
  it("says no table of the plan was found in a workbook with neither our sheets nor an office's own", async () => {
    const plan = { fake: createFakeExcel(), plans: [] };
    const outcome = await prepareNarrative({ workspace: workspaceOf(plan), programs });
    expect(outcome).toEqual({
      kind: "no-plan",
      problem: "no-plan-tables",
      message: expect.stringContaining("Không tìm thấy bảng nào của kế hoạch") as unknown,
    });
  });

  it("reports Excel's error with what to try next instead of throwing", async () => {
    const plan = { fake: createFakeExcel(), plans: [] };
    const workspace: Workspace = {
      ...workspaceOf(plan),
      read: () => Promise.reject(new Error("The workbook is busy.\n    at run (excel.js:1:1)")),
      insertSheets: () => Promise.reject(new Error("Workbook structure is protected.")),
    };
    expect(await prepareNarrative({ workspace, programs })).toEqual({
      kind: "failed",
      failure: { cause: { text: "The workbook is busy." }, hint: "narrativeFailureHint" },
    });
    const doc: NarrativeDocument = { title: "x", blocks: [] };
    expect(await writeNarrativeSheet(workspace, doc)).toEqual({
      kind: "failed",
      failure: { cause: { text: "Workbook structure is protected." }, hint: "sheetFailureHint" },
    });
  });
});

describe("file names, figures' cells and the clipboard", () => {
  it.each([
    ["Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh", "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh.docx"],
    ['Kế hoạch 2025: xã "A/B" <mới>?', "Kế hoạch 2025 xã A B mới.docx"],
    ["Kế hoạch năm 2025...  ", "Kế hoạch năm 2025.docx"],
    ["CON", "CON_.docx"],
    ["???", "Kế hoạch.docx"],
  ])("names the file of %j %j", (title, name) => {
    expect(docxFileName(title)).toBe(name);
  });

  it("names every cell of a figure added up from several, and selects a block only when they fill it", () => {
    const at = (sheet: string, row: number, col: number) => ({ sheet, address: { row, col } });
    const column = [at("Phụ lục 01", 10, 5), at("Phụ lục 01", 11, 5), at("Phụ lục 01", 12, 5)];
    expect(figureCells(column)).toBe("Phụ lục 01!E10, E11, E12");
    expect(figureSelection(column)).toEqual({ sheet: "Phụ lục 01", range: "E10:E12" });
    const scattered = [at("Phụ lục 01", 10, 5), at("Phụ lục 01", 14, 5), at("Biểu 02", 9, 4)];
    expect(figureCells(scattered)).toBe("Phụ lục 01!E10, E14; Biểu 02!D9");
    expect(figureSelection(scattered)).toEqual({ sheet: "Phụ lục 01", range: "E10" });
  });

  it("copies through the Clipboard API, falls back when the webview denies it, and says when both fail", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    const copyBySelection = jest.fn(() => true);
    expect(await copyText("a", { writeText, copyBySelection })).toBe(true);
    expect(copyBySelection).not.toHaveBeenCalled();

    const denied = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    expect(await copyText("b", { writeText: denied, copyBySelection })).toBe(true);
    expect(copyBySelection).toHaveBeenCalledWith("b");
    expect(await copyText("c", { writeText: null, copyBySelection: () => false })).toBe(false);
  });

  it("copies the plan's plain text", async () => {
    const doc: NarrativeDocument = {
      title: "t",
      blocks: [{ kind: "title", title: "KẾ HOẠCH", subject: ["Thực hiện Chương trình"] }],
    };
    const writeText = jest.fn((text: string) => Promise.resolve(void text));
    expect(await copyNarrativeText(doc, { writeText, copyBySelection: () => false })).toBe(true);
    expect(writeText).toHaveBeenCalledWith(renderText(doc));
  });
});
