/**
 * The "Kiểm tra" controller end to end without React, on the Workspace of an in-memory Excel
 * holding our five templates: a number typed over a total formula is found at its cell, its fix puts
 * the formula back and the workbook checks clean, "Hoàn tác" brings the number back;
 * suggestions are never applied, a fix whose cell changed is refused with its reason,
 * and Excel's failures come back as messages rather than exceptions.
 */
import { createFakeExcel, type FakeExcel } from "../../src/adapters/memory/excel-fake";
import { insertTemplates } from "../../src/adapters/office/insert-templates";
import { toA1 } from "../../src/domain/address/cell-address";
import { TEMPLATE_IDS, type SheetPlan } from "../../src/domain/sheet-plan";
import { PL01_COLUMNS, PL01_ROWS } from "../../src/domain/templates/column-keys";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { programs } from "../../src/taskpane/programs";
import { excelWorkspace } from "../../src/taskpane/workspace/excel-workspace";
import {
  applyIssueFixes,
  relabel,
  runCheck,
  selectIssueCell,
  undoLastBatch,
  type CheckContext,
  type CheckOutcome,
} from "../../src/taskpane/state/check";
import { addressOf } from "../templates/support/fixtures";

const program = programs.find((p) => p.period.from === 2021);
if (!program) throw new Error("the pane bundles no 2021-2025 program file");

interface Plan {
  readonly fake: FakeExcel;
  readonly ctx: CheckContext;
  readonly sheet: string;
  /** Cells of the Phụ lục 01 total row, by column key. */
  readonly total: (col: string) => string;
}

async function newPlan(): Promise<Plan> {
  const fake = createFakeExcel();
  const plans: SheetPlan[] = [];
  const planner = (...args: Parameters<typeof planInsertion>) => {
    const made = planInsertion(...args);
    plans.push(...made);
    return made;
  };
  const settings = defaultSettings(program!, { year: 2025, unitName: "xã Ba Dinh", province: "Quảng Ngãi" });
  await insertTemplates(
    fake,
    { templates: TEMPLATE_IDS, program: program!, settings },
    planner,
    fake.requirements,
  );
  const pl01 = plans.find((p) => p.templateId === "phu-luc-01");
  if (!pl01) throw new Error("no Phụ lục 01 plan");
  return {
    fake,
    ctx: {
      workspace: excelWorkspace({ excel: fake, requirements: fake.requirements }),
      programs,
      lang: "vi",
    },
    sheet: pl01.sheetName,
    total: (col) => toA1(addressOf(pl01, PL01_ROWS.total, col)),
  };
}

/** What a user does to type over a formula: unprotect the sheet, then type. */
async function typeOver(fake: FakeExcel, sheet: string, cells: Record<string, number>): Promise<void> {
  await fake.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.protection.unprotect();
    for (const [a1, value] of Object.entries(cells)) worksheet.getRange(a1).values = [[value]];
    await context.sync();
  });
}

function checked(outcome: CheckOutcome) {
  if (outcome.kind !== "checked") throw new Error(`expected a check, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function findingsAt(outcome: CheckOutcome, sheet: string, a1: string) {
  return checked(outcome).checked.result.issues.filter(
    (i) => i.sheet === sheet && toA1(i.range.start) === a1,
  );
}

function shown(fake: FakeExcel, sheet: string, a1: string): unknown {
  const cell = fake.sheet(sheet).cells[a1];
  return cell?.formula ?? cell?.value ?? null;
}

describe("the Kiểm tra controller", () => {
  it("finds nothing in freshly inserted templates", async () => {
    const { ctx } = await newPlan();
    expect(checked(await runCheck(ctx)).checked.result.issues).toEqual([]);
  });

  it("finds a number typed over a total formula at that cell, with a fix restoring the formula", async () => {
    const { fake, ctx, sheet, total } = await newPlan();
    const cell = total(PL01_COLUMNS.dtpt);
    const formula = shown(fake, sheet, cell);
    await typeOver(fake, sheet, { [cell]: 0 });

    const [finding, ...others] = findingsAt(await runCheck(ctx), sheet, cell);

    expect(others).toEqual([]);
    expect(finding?.ruleId).toBe("constant-total");
    expect(finding?.fix?.edits).toEqual([expect.objectContaining({ sheet, formula })]);
  });

  it("applies the fix, checks clean again, and Hoàn tác brings the finding back", async () => {
    const { fake, ctx, sheet, total } = await newPlan();
    const cell = total(PL01_COLUMNS.dtpt);
    const formula = shown(fake, sheet, cell);
    await typeOver(fake, sheet, { [cell]: 0 });
    const first = checked(await runCheck(ctx));

    const fixed = checked(await applyIssueFixes(ctx, first.checked, findingsAt(first, sheet, cell)));
    expect(shown(fake, sheet, cell)).toBe(formula);
    expect(fixed.checked.result.issues).toEqual([]);
    expect(fixed.batch?.applied).toHaveLength(1);

    const undone = checked(await undoLastBatch(ctx, fixed.batch!));
    expect(shown(fake, sheet, cell)).toBe(0);
    expect(findingsAt(undone, sheet, cell)).toEqual(findingsAt(first, sheet, cell));
    expect(undone.batch).toBeNull();
  });

  it("fixes all safe findings but leaves a typed number that differs, which only a suggestion changes", async () => {
    const { fake, ctx, sheet, total } = await newPlan();
    const safe = total(PL01_COLUMNS.dtpt);
    const typed = total(PL01_COLUMNS.sn);
    await typeOver(fake, sheet, { [safe]: 0, [typed]: 5 });
    const first = checked(await runCheck(ctx));
    expect(findingsAt(first, sheet, typed).some((i) => (i.suggestions ?? []).length > 0)).toBe(true);

    const fixed = checked(await applyIssueFixes(ctx, first.checked, first.checked.result.issues));

    expect(shown(fake, sheet, safe)).toMatch(/^=SUM\(/);
    expect(shown(fake, sheet, typed)).toBe(5);
    expect(findingsAt(fixed, sheet, safe)).toEqual([]);
    expect(findingsAt(fixed, sheet, typed).length).toBeGreaterThan(0);
  });

  it("refuses a fix whose cell changed after the check, with the reason in Vietnamese", async () => {
    const { fake, ctx, sheet, total } = await newPlan();
    const cell = total(PL01_COLUMNS.dtpt);
    await typeOver(fake, sheet, { [cell]: 0 });
    const first = checked(await runCheck(ctx));
    await typeOver(fake, sheet, { [cell]: 7 });

    const outcome = checked(await applyIssueFixes(ctx, first.checked, findingsAt(first, sheet, cell)));

    expect(shown(fake, sheet, cell)).toBe(7);
    expect(outcome.batch).toBeNull();
    expect(outcome.refused.map((r) => r.reason.message)).toEqual([
      `Ô ${cell} trên trang “${sheet}” đã thay đổi sau lần kiểm tra; hãy kiểm tra lại rồi áp dụng.`,
    ]);
  });

  it("selects a finding's cell in Excel", async () => {
    const { fake, ctx, sheet, total } = await newPlan();
    const cell = total(PL01_COLUMNS.dtpt);
    await typeOver(fake, sheet, { [cell]: 0 });
    const [finding] = findingsAt(await runCheck(ctx), sheet, cell);

    expect(await selectIssueCell(ctx.workspace, finding!)).toEqual({ kind: "selected" });
    expect(fake.activeSheet()).toBe(sheet);
    expect(fake.selection()).toEqual({ sheet, address: cell });
  });

  it("names a finding's cell where there is no grid to select it in (browser mode)", async () => {
    const { fake, ctx, sheet, total } = await newPlan();
    const cell = total(PL01_COLUMNS.dtpt);
    await typeOver(fake, sheet, { [cell]: 0 });
    const [finding] = findingsAt(await runCheck(ctx), sheet, cell);
    const noGrid = { ...ctx.workspace, select: () => Promise.resolve(false) };

    expect(await selectIssueCell(noGrid, finding!)).toEqual({ kind: "located", sheet, cell });
  });

  it("re-words the findings in the pane's new language without reading the workbook again", async () => {
    const { fake, ctx, sheet, total } = await newPlan();
    await typeOver(fake, sheet, { [total(PL01_COLUMNS.dtpt)]: 0 });
    const vietnamese = checked(await runCheck(ctx)).checked;
    const syncs = fake.syncCount;

    const english = relabel(vietnamese, "en");

    expect(fake.syncCount).toBe(syncs);
    expect(english.result.issues).toBe(vietnamese.result.issues);
    expect(vietnamese.result.rendered[0]?.message).toMatch(/^Ô /);
    expect(english.result.rendered[0]?.message).toMatch(/^Cell /);
    expect(relabel(english, "vi").result.rendered).toEqual(vietnamese.result.rendered);
  });

  it("reports Excel's error with what to try next instead of throwing", async () => {
    const fake = createFakeExcel();
    const error = new Error("The workbook is busy.\n    at run (excel.js:1:1)");
    const ctx: CheckContext = {
      workspace: excelWorkspace({
        excel: { run: () => Promise.reject(error) },
        requirements: fake.requirements,
      }),
      programs,
      lang: "vi",
    };
    expect(await runCheck(ctx)).toEqual({
      kind: "failed",
      failure: { cause: { text: "The workbook is busy." }, hint: "checkFailureHint" },
    });
  });
});
