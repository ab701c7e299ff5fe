/**
 * Browser mode's Workspace on the bundled example plan, opened from its bytes as a browser
 * would hand them over: it reads with every formula computed, refuses files that are not
 * workbooks with a Vietnamese sentence naming the file, inserts sheets without overwriting
 * and takes them back, applies a fix and undoes it with the totals above following (cached
 * results are stale once a fix is written), and saves a copy that opens again as it was left,
 * asking Excel to recalculate and carrying the new totals for programs that do not.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { storeComputedResults } from "../../src/adapters/xlsx/cached-results";
import { loadWorkbookBytes } from "../../src/adapters/xlsx/load-workbook";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { toA1 } from "../../src/domain/address/cell-address";
import { computeValues } from "../../src/domain/grid-values";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { planInsertion } from "../../src/domain/templates/plan-insertion";
import { validateWorkbook } from "../../src/domain/validation/engine";
import { cellAt, type SheetGrid, type WorkbookGrid } from "../../src/domain/workbook";
import { programs } from "../../src/taskpane/programs";
import { OpenFileError, openWorkbookFile } from "../../src/taskpane/workspace/file-workspace";
import type { Workspace } from "../../src/taskpane/workspace/workspace";

const EXAMPLE = join(__dirname, "..", "..", "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");
const FILE = "ke-hoach-2025-xa-ba-dinh.xlsx";
const PL01 = "Phụ lục 01";

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** The example as Excel would save it after `change`: with every formula's cached result. */
async function exampleBytes(change?: (workbook: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const workbook = await loadWorkbookBytes(readFileSync(EXAMPLE));
  change?.(workbook);
  storeComputedResults(workbook, computeValues(readWorkbookGrid(workbook, FILE)));
  return arrayBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** One part of the saved zip, as text (ExcelJS does not read calcPr back). */
function zipPart(bytes: Uint8Array, part: string): string {
  const folder = mkdtempSync(join(tmpdir(), "file-workspace-"));
  try {
    const file = join(folder, FILE);
    writeFileSync(file, bytes);
    return execFileSync("unzip", ["-p", file, part]).toString("utf8");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function sheetOf(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The cell of Phụ lục 01 in the row keyed `row` (hidden column A) and the column keyed `col`. */
function pl01Cell(grid: WorkbookGrid, row: string, col: string): string {
  const sheet = sheetOf(grid, PL01);
  const cells = [...sheet.cells].map(([key, cell]) => ({ key, value: cell.value }));
  const at = (value: string) => cells.find((c) => c.value === value)?.key;
  const rowKey = at(row);
  const colKey = at(col);
  if (rowKey === undefined || colKey === undefined) throw new Error(`no ${row} or ${col} key`);
  const rowNumber = Math.floor(rowKey / 16_384);
  return toA1({ row: rowNumber, col: (colKey % 16_384) + 1 });
}

function valueAt(grid: WorkbookGrid, a1: string): unknown {
  const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cell = cellAt(sheetOf(grid, PL01), Number(match[2]), col);
  return cell?.valueKnown ? cell.value : "unknown";
}

function formulaAt(grid: WorkbookGrid, a1: string): string | null {
  const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return cellAt(sheetOf(grid, PL01), Number(match[2]), col)?.formula ?? null;
}

const program = programs.find((p) => p.period.from === 2021)!;
const validate = (grid: WorkbookGrid) => validateWorkbook(grid, { programs });

describe("openWorkbookFile", () => {
  it("opens the example and reads every sheet with every formula computed", async () => {
    const workspace = await openWorkbookFile(FILE, await exampleBytes());
    const grid = await workspace.read();

    expect([workspace.kind, workspace.fileName]).toEqual(["file", FILE]);
    expect(grid.sheets.map((s) => s.name)).toEqual([
      "Thông tin chung",
      PL01,
      "Biểu 02",
      "Biểu 03",
      "Phân công",
    ]);
    expect(typeof valueAt(grid, pl01Cell(grid, "TOTAL", "sn"))).toBe("number");
    expect(validate(grid).issues).toEqual([]);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "openProblem.empty", "trống"],
    [
      "an old .xls",
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0),
      "legacy-xls",
      ".xls",
    ],
    [
      "a text file",
      new TextEncoder().encode("Kế hoạch năm 2025"),
      "not-a-workbook",
      "không phải sổ làm việc",
    ],
  ])("refuses %s with a Vietnamese sentence naming the file", async (_, bytes, problem, words) => {
    const opening = openWorkbookFile("ke-hoach.xlsx", arrayBuffer(bytes));

    await expect(opening).rejects.toBeInstanceOf(OpenFileError);
    await expect(opening).rejects.toMatchObject({ problem: problem.replace("openProblem.", "") });
    await expect(opening).rejects.toThrow("“ke-hoach.xlsx”");
    await expect(opening).rejects.toThrow(words);
  });

  it("refuses a copy cut off half-way, saying to copy it again", async () => {
    const whole = new Uint8Array(await exampleBytes());

    const opening = openWorkbookFile(FILE, arrayBuffer(whole.subarray(0, whole.length >> 1)));

    await expect(opening).rejects.toMatchObject({ problem: "truncated" });
    await expect(opening).rejects.toThrow(/không đầy đủ.*chép hoặc tải lại/);
  });

  it("has no grid to select a cell in", async () => {
    const workspace = await openWorkbookFile(FILE, await exampleBytes());
    expect(await workspace.select(PL01, "C12")).toBe(false);
  });
});

describe("the file workspace's writes", () => {
  const settings = defaultSettings(program, { year: 2025, unitName: "xã Ba Dinh", province: "Quảng Ngãi" });

  it("inserts templates beside the plan's own sheets and takes them back with their markers", async () => {
    const workspace = await openWorkbookFile(FILE, await exampleBytes());
    const before = await workspace.read();

    const inserted = await workspace.insertSheets((existing) =>
      planInsertion({ templates: TEMPLATE_IDS, program, settings }, existing),
    );
    const during = await workspace.read();
    await workspace.removeSheets(inserted);
    const after = await workspace.read();

    expect(inserted).toEqual(before.sheets.map((s) => `${s.name} (2)`));
    expect(during.sheets.slice(0, 5)).toEqual(before.sheets);
    expect(during.names.map((n) => n.name)).toContain("KHGN_PL01_2");
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.names).toEqual(before.names);
  });

  /** The example with Dự án 3's SN total missing its second sub-project, as saved by Excel. */
  async function brokenSum(): Promise<{ workspace: Workspace; da3: string; total: string; missing: number }> {
    const probe = computeValues(readWorkbookGrid(await loadExample(), FILE));
    const da3 = pl01Cell(probe, "DA3", "sn");
    const first = pl01Cell(probe, "DA3.1", "sn");
    const second = pl01Cell(probe, "DA3.2", "sn");
    const bytes = await exampleBytes((wb) => {
      wb.getWorksheet(PL01)!.getCell(da3).value = { formula: `SUM(${first}:${first})` };
    });
    return {
      workspace: await openWorkbookFile(FILE, bytes),
      da3,
      total: pl01Cell(probe, "TOTAL", "sn"),
      missing: valueAt(probe, second) as number,
    };
  }

  const loadExample = () => loadWorkbookBytes(readFileSync(EXAMPLE));

  it("after a fix restores a SUM, the total above reads the new value; undo brings the old one back", async () => {
    const { workspace, da3, total, missing } = await brokenSum();
    const broken = await workspace.read();
    const found = validate(broken).issues.filter(
      (i) => i.sheet === PL01 && toA1(i.range.start) === da3 && i.fix,
    );
    expect(missing).toBeGreaterThan(0);
    expect(found.map((i) => i.ruleId)).toEqual(["sum-range"]);

    const batch = await workspace.applyFixes([found[0]!.fix!], broken);
    const fixed = await workspace.read();
    await workspace.undoBatch(batch);
    const undone = await workspace.read();

    expect(batch.refused).toEqual([]);
    expect(valueAt(fixed, total)).toBe((valueAt(broken, total) as number) + missing);
    expect(validate(fixed).issues.filter((i) => i.sheet === PL01 && i.severity === "error")).toEqual([]);
    expect(formulaAt(undone, da3)).toBe(formulaAt(broken, da3));
    expect(valueAt(undone, total)).toBe(valueAt(broken, total));
  });

  it("saves a copy that opens again as it was left, with the new totals cached and Excel asked to recalculate", async () => {
    const { workspace, da3, total } = await brokenSum();
    const broken = await workspace.read();
    const fix = validate(broken).issues.find((i) => i.ruleId === "sum-range")!.fix!;
    await workspace.applyFixes([fix], broken);
    const fixed = await workspace.read();

    const saved = await workspace.save();
    const reopened = await openWorkbookFile(`${FILE} (đã sửa).xlsx`, arrayBuffer(saved!));
    const again = await reopened.read();
    const excel = await loadWorkbookBytes(saved!);

    expect(formulaAt(again, da3)).toBe(formulaAt(fixed, da3));
    expect(valueAt(again, total)).toBe(valueAt(fixed, total));
    expect((excel.getWorksheet(PL01)!.getCell(total).value as ExcelJS.CellFormulaValue).result).toBe(
      valueAt(fixed, total),
    );
    expect(zipPart(saved!, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(validate(again).issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
