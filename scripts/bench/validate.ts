/**
 * Benchmark of validation next to reading the file: a province-scale workbook (500 commune
 * rows × 12 amount columns with row and column totals, plus a 20,000-row household list)
 * must validate in at most a quarter of ExcelJS's load time, and doubling the workbook must
 * about double the time (no per-cell re-parsing, no quadratic scans).
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { columnLetters } from "../../src/domain/address/cell-address";
import { validateWorkbook } from "../../src/domain/validation/engine";
import type { WorkbookGrid } from "../../src/domain/workbook";
import { loadPrograms } from "../../src/adapters/node/load-programs";
import type { Measurement } from "./measure";

const PROGRAMS = loadPrograms();

const AMOUNT_COLUMNS = 12;

function fundsSheet(workbook: ExcelJS.Workbook, communes: number): void {
  const sheet = workbook.addWorksheet("Tổng hợp xã");
  sheet.getCell("A1").value = "PHỤ LỤC 01";
  sheet.getCell("A3").value = "Đơn vị tính: Triệu đồng";
  const headers = [
    "TT",
    "Nội dung",
    "Tổng cộng",
    ...Array.from({ length: AMOUNT_COLUMNS - 1 }, (_, i) => `Nguồn ${i + 1}`),
  ];
  headers.forEach((text, i) => (sheet.getCell(4, i + 1).value = text));
  const first = 6;
  const last = first + communes - 1;
  for (let r = first; r <= last; r++) {
    sheet.getCell(r, 1).value = r - first + 1;
    sheet.getCell(r, 2).value = `Xã số ${r - first + 1}`;
    let total = 0;
    for (let c = 4; c <= AMOUNT_COLUMNS + 2; c++) {
      const amount = ((r * 7 + c * 13) % 90) + 10;
      sheet.getCell(r, c).value = amount;
      total += amount;
    }
    sheet.getCell(r, 3).value = {
      formula: `SUM(D${r}:${columnLetters(AMOUNT_COLUMNS + 2)}${r})`,
      result: total,
    };
  }
  sheet.getCell(5, 2).value = "TỔNG CỘNG";
  for (let c = 3; c <= AMOUNT_COLUMNS + 2; c++) {
    const letter = columnLetters(c);
    sheet.getCell(5, c).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: 0 };
  }
}

function householdSheet(workbook: ExcelJS.Workbook, households: number): void {
  const sheet = workbook.addWorksheet("Danh sách hộ");
  [
    "STT",
    "Họ và tên chủ hộ",
    "Thôn",
    "Số nhân khẩu",
    "Thu nhập bình quân",
    "Thu nhập năm",
    "Phân loại",
  ].forEach((text, i) => (sheet.getCell(1, i + 1).value = text));
  for (let r = 2; r <= households + 1; r++) {
    const income = 900_000 + ((r * 37) % 1_500) * 1_000;
    sheet.getRow(r).values = [
      r - 1,
      `Nguyễn Văn ${r}`,
      `Thôn ${(r % 12) + 1}`,
      (r % 6) + 1,
      income,
      { formula: `E${r}*12`, result: income * 12 },
      income < 1_500_000 ? "Hộ nghèo" : "Hộ cận nghèo",
    ];
  }
}

async function provinceWorkbook(scale: number): Promise<ExcelJS.Buffer> {
  const workbook = new ExcelJS.Workbook();
  fundsSheet(workbook, 500 * scale);
  householdSheet(workbook, 20_000 * scale);
  return workbook.xlsx.writeBuffer();
}

/** The best of a few runs, so a busy machine's hiccup does not count; JIT warm-up is left out for both. */
async function fastest<T>(runs: number, work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  let best = Infinity;
  let result = await work();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    best = Math.min(best, performance.now() - start);
  }
  return { result, ms: best };
}

async function loaded(buffer: ExcelJS.Buffer): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return readWorkbookGrid(workbook, "tinh.xlsx");
}

async function loadTime(buffer: ExcelJS.Buffer): Promise<number> {
  return (await fastest(1, () => new ExcelJS.Workbook().xlsx.load(buffer))).ms;
}

async function validateTime(buffer: ExcelJS.Buffer): Promise<number> {
  const grid = await loaded(buffer);
  const validated = await fastest(2, () => validateWorkbook(grid, { programs: PROGRAMS }));
  if (validated.result.summary.errors !== 0) throw new Error("the generated workbook should have no errors");
  return validated.ms;
}

export async function benchValidate(): Promise<Measurement[]> {
  const single = await provinceWorkbook(1);
  const load = await loadTime(single);
  const validate = await validateTime(single);
  const doubled = await validateTime(await provinceWorkbook(2));
  const share = `${((validate / load) * 100).toFixed(0)}% of the load time (limit 25%)`;
  return [
    { name: "ExcelJS load of a province workbook (500 × 12 + 20,000 rows)", medianMs: load, runs: 1 },
    { name: "validate it after loading", medianMs: validate, runs: 2, note: share },
    {
      name: "validate a workbook twice that size",
      medianMs: doubled,
      runs: 2,
      note: `${(doubled / validate).toFixed(2)} × the single size`,
    },
  ];
}
