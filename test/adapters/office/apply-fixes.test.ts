/**
 * Applying fixes to the open workbook and undoing them, run against the in-memory Excel:
 * a batch is written in two or three syncs, undo gives back exactly what was there
 * (formulas, text that looks like a number, empty cells), protected sheets are refused with
 * a Vietnamese message unless they are our own templates (unprotected for the write and
 * protected again), a cell changed since validation is reported instead of overwritten, and
 * a write Excel rejects leaves the workbook as it was. Selecting an issue's cell is here too.
 */
import { createFakeExcel, type FakeExcel, type InitialSheet } from "../../../src/adapters/memory/excel-fake";
import {
  ApplyFixesError,
  applyFixes,
  undoBatch,
  type AppliedBatch,
} from "../../../src/adapters/office/apply-fixes";
import type { ExcelApi, ExcelRequestContext } from "../../../src/adapters/office/excel-api";
import { insertTemplates } from "../../../src/adapters/office/insert-templates";
import { readWorkbook } from "../../../src/adapters/office/read-workbook";
import { selectCell } from "../../../src/adapters/office/select-cell";
import { loadProgramRegistry } from "../../../src/adapters/node/load-programs";
import { parseA1, toA1 } from "../../../src/domain/address/cell-address";
import { findOwnSheets } from "../../../src/domain/own-sheets/find-own-sheets";
import type { Fix } from "../../../src/domain/validation/issue";
import { keyToAddress, type CellEdit } from "../../../src/domain/workbook";
import { defaultSettings } from "../../../src/domain/templates/default-settings";
import { planInsertion } from "../../../src/domain/templates/plan-insertion";

const FUNDS = "Kinh phí";

function edit(
  sheet: string,
  a1: string,
  content: { formula: string } | { value: CellEdit["value"] },
): CellEdit {
  return { sheet, address: parseA1(a1), ...content };
}

function fix(messageId: string, ...edits: CellEdit[]): Fix {
  return { messageId, data: {}, edits };
}

const FUNDS_SHEET: InitialSheet = {
  name: FUNDS,
  cells: { B2: 7, C3: 1250, C4: 300, C5: "=SUM(C3:C3)", D3: "1.147", D4: "Hộ nghèo" },
};

/** What a cell holds, as a user sees it in the formula bar: the formula, else the value. */
function shown(fake: FakeExcel, sheet: string, a1: string): unknown {
  const cell = fake.sheet(sheet).cells[a1];
  return cell?.formula ?? cell?.value ?? null;
}

const extendSum = fix("extend-sum", edit(FUNDS, "C5", { formula: "=SUM(C3:C4)" }));
const textToNumber = fix(
  "text-to-number",
  edit(FUNDS, "D3", { value: 1147 }),
  edit(FUNDS, "E9", { value: 5 }),
  edit(FUNDS, "B2", { value: null }),
);

describe("applyFixes and undoBatch", () => {
  it("writes a batch in two syncs and undo gives back formulas, text and empty cells exactly", async () => {
    const fake = createFakeExcel({ sheets: [FUNDS_SHEET] });
    const grid = await readWorkbook(fake, fake.requirements);
    const before = fake.syncCount;

    const batch = await applyFixes(fake, [extendSum, textToNumber], grid);
    const applySyncs = fake.syncCount - before;
    const fixed = ["C5", "D3", "E9", "B2"].map((a1) => shown(fake, FUNDS, a1));
    await undoBatch(fake, batch);

    expect(applySyncs).toBe(2);
    expect(batch.applied).toEqual([extendSum, textToNumber]);
    expect(batch.refused).toEqual([]);
    expect(fixed).toEqual(["=SUM(C3:C4)", 1147, 5, null]);
    expect(["C5", "D3", "E9", "B2", "D4"].map((a1) => shown(fake, FUNDS, a1))).toEqual([
      "=SUM(C3:C3)",
      "1.147",
      null,
      7,
      "Hộ nghèo",
    ]);
  });

  it("keeps each cell's content from before the batch once, even when two fixes edit it", async () => {
    const fake = createFakeExcel({ sheets: [FUNDS_SHEET] });
    const again = fix("other-sum", edit(FUNDS, "C5", { formula: "=C3+C4" }));

    const batch = await applyFixes(fake, [extendSum, again]);

    expect(shown(fake, FUNDS, "C5")).toBe("=C3+C4");
    expect(batch.undo).toEqual([edit(FUNDS, "C5", { formula: "=SUM(C3:C3)" })]);
  });

  it("refuses a fix on a protected sheet that is not ours, naming the sheet, and applies the rest", async () => {
    const fake = createFakeExcel({
      sheets: [FUNDS_SHEET, { name: "Số liệu 2024", cells: { C5: "=SUM(C3:C3)" }, protected: true }],
    });
    const grid = await readWorkbook(fake, fake.requirements);
    const locked = fix("extend-sum", edit("Số liệu 2024", "C5", { formula: "=SUM(C3:C4)" }));

    const batch = await applyFixes(fake, [locked, extendSum], grid);

    expect(batch.applied).toEqual([extendSum]);
    expect(batch.refused).toEqual([
      {
        fix: locked,
        reason: {
          kind: "protected",
          sheet: "Số liệu 2024",
          address: null,
          message:
            "Trang “Số liệu 2024” đang được bảo vệ; hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi áp dụng lại.",
        },
      },
    ]);
    expect(shown(fake, "Số liệu 2024", "C5")).toBe("=SUM(C3:C3)");
    expect(fake.writeLog.filter((e) => e.sheet === "Số liệu 2024")).toEqual([]);
  });

  it("writes into the unlocked input cells of a protected sheet without unprotecting it", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Nhập liệu", cells: { C5: "1.250" }, protected: true, unlocked: ["C5:C9"] }],
    });

    const batch = await applyFixes(fake, [fix("text-to-number", edit("Nhập liệu", "C5", { value: 1250 }))]);

    expect(batch.refused).toEqual([]);
    expect(shown(fake, "Nhập liệu", "C5")).toBe(1250);
    expect(fake.sheet("Nhập liệu").protection.protected).toBe(true);
    expect(fake.writeLog.some((e) => e.op === "call" && e.method.includes("protect"))).toBe(false);
  });

  it("reports a fix whose cell changed since validation instead of overwriting it", async () => {
    const fake = createFakeExcel({ sheets: [FUNDS_SHEET] });
    const grid = await readWorkbook(fake, fake.requirements);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(FUNDS).getRange("C5").formulas = [["=SUM(C3:C4)*2"]];
      await context.sync();
    });

    const batch = await applyFixes(fake, [extendSum, textToNumber], grid);

    expect(batch.applied).toEqual([textToNumber]);
    expect(batch.refused.map((r) => [r.reason.kind, r.reason.address, r.reason.message])).toEqual([
      [
        "changed",
        "C5",
        "Ô C5 trên trang “Kinh phí” đã thay đổi sau lần kiểm tra; hãy kiểm tra lại rồi áp dụng.",
      ],
    ]);
    expect(shown(fake, FUNDS, "C5")).toBe("=SUM(C3:C4)*2");
  });

  it("reports a fix on a sheet that is gone and applies the others", async () => {
    const fake = createFakeExcel({ sheets: [FUNDS_SHEET] });
    const gone = fix("extend-sum", edit("Biểu 02", "D9", { formula: "=SUM(D5:D8)" }));

    const batch = await applyFixes(fake, [gone, extendSum]);

    expect(batch.applied).toEqual([extendSum]);
    expect(batch.refused.map((r) => r.reason)).toEqual([
      {
        kind: "missing-sheet",
        sheet: "Biểu 02",
        address: null,
        message: "Sổ tính không còn trang “Biểu 02”; hãy kiểm tra lại.",
      },
    ]);
  });

  it("refuses to undo when the user has typed over a fixed cell since", async () => {
    const fake = createFakeExcel({ sheets: [FUNDS_SHEET] });
    const batch = await applyFixes(fake, [extendSum]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(FUNDS).getRange("C5").values = [[999]];
      await context.sync();
    });

    const undone = await undoBatch(fake, batch);

    expect(undone.applied).toEqual([]);
    expect(undone.refused.map((r) => r.reason.kind)).toEqual(["changed"]);
    expect(shown(fake, FUNDS, "C5")).toBe(999);
  });
});

describe("applyFixes on our own protected templates", () => {
  async function templatesWorkbook(): Promise<FakeExcel> {
    const program = loadProgramRegistry().get("giam-ngheo-2021-2025");
    const settings = defaultSettings(program, { year: 2025, unitName: "Ba Dinh", province: "Quảng Ngãi" });
    const fake = createFakeExcel();
    await insertTemplates(
      fake,
      { templates: ["phu-luc-01"], program, settings },
      planInsertion,
      fake.requirements,
    );
    return fake;
  }

  async function formulaFix(fake: FakeExcel) {
    const grid = await readWorkbook(fake, fake.requirements);
    const own = findOwnSheets(grid)[0];
    const sheet = grid.sheets.find((s) => s.name === own?.sheet);
    const [key, cell] = [...(sheet?.cells ?? [])].find(([, c]) => c.formula !== null) ?? [];
    if (!sheet || key === undefined || !cell?.formula) throw new Error("no formula in the template");
    const a1 = toA1(keyToAddress(key));
    return {
      grid,
      sheet: sheet.name,
      a1,
      formula: cell.formula,
      fix: fix("x", edit(sheet.name, a1, { formula: "=0" })),
    };
  }

  it("unprotects the sheet for a fix on a locked formula and protects it again as it was, in three syncs", async () => {
    const fake = await templatesWorkbook();
    const target = await formulaFix(fake);
    const protection = fake.sheet(target.sheet).protection;
    const before = fake.syncCount;

    const batch = await applyFixes(fake, [target.fix], target.grid);

    expect(fake.syncCount - before).toBe(3);
    expect(batch.applied).toEqual([target.fix]);
    expect(batch.reprotectedSheets).toEqual([target.sheet]);
    expect(shown(fake, target.sheet, target.a1)).toBe("=0");
    expect(fake.sheet(target.sheet).protection).toEqual(protection);
  });

  it("undoes a fix on our protected sheet and leaves it protected", async () => {
    const fake = await templatesWorkbook();
    const target = await formulaFix(fake);
    const batch: AppliedBatch = await applyFixes(fake, [target.fix], target.grid);

    const undone = await undoBatch(fake, batch);

    expect(undone.refused).toEqual([]);
    expect(shown(fake, target.sheet, target.a1)).toBe(target.formula);
    expect(fake.sheet(target.sheet).protection.protected).toBe(true);
  });

  it("refuses, and keeps the protection, when the user has added a password to our sheet", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Phụ lục 01", cells: { C6: "=D6", D6: 5 }, protected: true, password: "xa" }],
      names: [{ name: "KHGN_PL01", formula: "='Phụ lục 01'!$A$4:$G$8" }],
    });
    const grid = await readWorkbook(fake, fake.requirements);
    const locked = fix("x", edit("Phụ lục 01", "C6", { formula: "=D6+1" }));

    const batch = await applyFixes(fake, [locked], grid);

    expect(batch.refused.map((r) => r.reason.kind)).toEqual(["protected"]);
    expect(shown(fake, "Phụ lục 01", "C6")).toBe("=D6");
    expect(fake.sheet("Phụ lục 01").protection).toMatchObject({ protected: true, hasPassword: true });
  });
});

/** Runs `during` (another user's change) just before the run's `syncNumber`-th sync. */
function interfering(fake: FakeExcel, syncNumber: number, during: () => Promise<void>): ExcelApi {
  return {
    run: (batch) =>
      fake.run((context) => {
        let syncs = 0;
        const wrapped: ExcelRequestContext = {
          workbook: context.workbook,
          sync: async () => {
            syncs += 1;
            if (syncs === syncNumber) await during();
            return context.sync();
          },
        };
        return batch(wrapped);
      }),
  };
}

describe("applyFixes when Excel rejects a write", () => {
  it("puts back the cells already written, says so, and changes nothing", async () => {
    const fake = createFakeExcel({
      sheets: [FUNDS_SHEET, { name: "Biểu 02", cells: { D9: "=SUM(D5:D7)" } }],
    });
    const protectBieu02 = () =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Biểu 02").protection.protect();
        await context.sync();
      });
    const excel = interfering(fake, 2, protectBieu02);
    const lateFix = fix("extend-sum", edit("Biểu 02", "D9", { formula: "=SUM(D5:D8)" }));

    const failure = applyFixes(excel, [extendSum, lateFix]);

    await expect(failure).rejects.toThrow(ApplyFixesError);
    await expect(failure).rejects.toMatchObject({ restored: true });
    await expect(failure).rejects.toThrow(/giữ nguyên/);
    expect(shown(fake, FUNDS, "C5")).toBe("=SUM(C3:C3)");
    expect(shown(fake, "Biểu 02", "D9")).toBe("=SUM(D5:D7)");
  });
});

describe("selectCell", () => {
  it("activates the issue's sheet and selects its cell in one sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Ghi chú" }, FUNDS_SHEET] });

    await selectCell(fake, FUNDS, "C5");

    expect(fake.syncCount).toBe(1);
    expect(fake.activeSheet()).toBe(FUNDS);
    expect(fake.selection()).toEqual({ sheet: FUNDS, address: "C5" });
  });
});
