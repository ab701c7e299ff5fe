/**
 * An independent engine computes what we wrote: LibreOffice opens the saved workbook,
 * recalculates every formula and saves a copy. Row totals, column totals and the
 * counterpart row (which reads the "Thông tin chung" sheet through its quoted name) must
 * equal the sums computed here from the typed amounts. LibreOffice must also understand
 * the rest of the file: merges, validations, names and print setup survive its round
 * trip. (Protection survives too, but LibreOffice writes it as sheet="true", which
 * ExcelJS 4.4 does not recognise, so it cannot be checked through ExcelJS.)
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeSheetPlans } from "../../../src/adapters/xlsx/write-sheet-plan";
import { snapshotExcelJsWorkbook } from "../../support/exceljs-snapshot";
import { LibreOfficeError, readValues, recalculate, type ComputedValue } from "../../support/libreoffice";
import {
  AMOUNTS,
  FIRST_AMOUNT_ROW,
  fundsPlan,
  MIN_RATIO,
  NSTW_ASSIGNED,
  PL01,
  settingsPlan,
  TOTAL_ROW,
} from "./test-plans";

const sum = (numbers: readonly number[]) => numbers.reduce((a, b) => a + b, 0);

function expectClose(actual: ComputedValue | undefined, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, 9);
}

describe("a written workbook recalculated by LibreOffice", () => {
  let folder: string;
  let recalculated: string;
  let values: Record<string, ComputedValue>;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "xlsx-recalc-"));
    const workbook = new ExcelJS.Workbook();
    writeSheetPlans(workbook, [settingsPlan(), fundsPlan()]);
    const original = join(folder, "ke-hoach.xlsx");
    await workbook.xlsx.writeFile(original);
    recalculated = await recalculate(original, join(folder, "out"));
    values = await readValues(recalculated, PL01);
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test("each row total is the sum of its three sources", () => {
    AMOUNTS.forEach((amounts, i) => expectClose(values[`C${FIRST_AMOUNT_ROW + i}`], sum(amounts)));
  });

  test("the TỔNG CỘNG row sums every Dự án row, column by column", () => {
    ["D", "E", "F"].forEach((col, j) =>
      expectClose(values[`${col}${TOTAL_ROW}`], sum(AMOUNTS.map((a) => a[j] ?? 0))),
    );
    expectClose(values[`C${TOTAL_ROW}`], sum(AMOUNTS.flat()));
  });

  test("formulas reading 'Thông tin chung' get its figures", () => {
    const nstw = sum(AMOUNTS.map((a) => a[0]));
    expectClose(values[`E${TOTAL_ROW + 1}`], nstw * MIN_RATIO);
    expectClose(values[`D${TOTAL_ROW + 2}`], NSTW_ASSIGNED - nstw);
  });

  test("a row of zeros totals 0 and constants come back unchanged", () => {
    expect(values[`C${FIRST_AMOUNT_ROW + 2}`]).toBe(0);
    expect(values["A5"]).toBe("1");
    expect(values["A1"]).toBe("PHỤ LỤC 01");
  });

  test("merges, validations, names and print setup survive LibreOffice's round trip", async () => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(recalculated);
    const [settings, funds] = snapshotExcelJsWorkbook(copy).sheets;
    const ours = new ExcelJS.Workbook();
    writeSheetPlans(ours, [settingsPlan(), fundsPlan()]);
    const [settingsExpected, fundsExpected] = snapshotExcelJsWorkbook(ours).sheets;
    for (const [actual, expected] of [
      [settings, settingsExpected],
      [funds, fundsExpected],
    ] as const) {
      expect(actual?.merges).toEqual(expected?.merges);
      expect(actual?.validations).toEqual(expected?.validations);
      expect(actual?.print).toEqual(expected?.print);
    }
    expect(snapshotExcelJsWorkbook(copy).names).toEqual(snapshotExcelJsWorkbook(ours).names);
  });
});

test("recalculate replaces stale cached results, as Excel would on opening", async () => {
  const folder = await mkdtemp(join(tmpdir(), "xlsx-recalc-"));
  try {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Biểu 02");
    sheet.getCell("A1").value = 40;
    sheet.getCell("A2").value = { formula: "A1*2", result: 999 };
    await workbook.xlsx.writeFile(join(folder, "cu.xlsx"));
    const values = await readValues(
      await recalculate(join(folder, "cu.xlsx"), join(folder, "out")),
      "Biểu 02",
    );
    expect(values).toEqual({ A1: 40, A2: 80 });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

describe("recalculate reports failures clearly", () => {
  test("a file LibreOffice cannot load", async () => {
    const folder = await mkdtemp(join(tmpdir(), "xlsx-recalc-"));
    try {
      const failure = recalculate(join(folder, "khong-co.xlsx"), join(folder, "out"));
      await expect(failure).rejects.toThrow(LibreOfficeError);
      await expect(failure).rejects.toThrow("source file could not be loaded");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test("soffice missing from PATH", async () => {
    await expect(recalculate("a.xlsx", tmpdir(), { soffice: "soffice-not-installed" })).rejects.toThrow(
      "soffice-not-installed not found on PATH",
    );
  });
});
