/**
 * Our own sheets read back from a saved workbook made by the real pipeline and filled in
 * by key with seed 004's figures (xã Ba Dinh, 2025: NSTW 871 triệu đồng sự nghiệp spread
 * over eight Dự án/Tiểu dự án, NS tỉnh 87, NS xã 43). The file holds no formula results;
 * computed totals must equal the sums worked out here, every amount must name its cell,
 * settings must come back field for field, and copies of a sheet count as more sheets.
 */
import { computeValues } from "../../src/domain/grid-values";
import { catalogInTableOrder } from "../../src/domain/programs/registry";
import {
  findOwnSheets,
  firstOwnSheet,
  readAssignments,
  readFunds,
  readHouseholds,
  readIndicators,
  readSettings,
  type FundsTable,
  type OwnSheet,
} from "../../src/domain/own-sheets";
import type { PlanSettings } from "../../src/domain/settings";
import { TEMPLATE_IDS, type TemplateId } from "../../src/domain/sheet-plan";
import {
  SETTING_KEYS,
  B02_COLUMNS,
  B02_ROWS,
  B03_COLUMNS,
  PC_COLUMNS,
  PL01_COLUMNS as C,
} from "../../src/domain/templates/column-keys";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import type { WorkbookGrid } from "../../src/domain/workbook";
import { GIAM_NGHEO as PROGRAM } from "../templates/support/fixtures";
import { fill, newPlanWorkbook, plannedAddress, savedAndRead, type Entry } from "./support/plan-workbook";

/** Seed 004's NSTW (sự nghiệp) by Dự án / Tiểu dự án; the split is ours, the 871 is the seed's. */
const SN: Readonly<Record<string, number>> = {
  DA2: 300,
  "DA3.1": 200,
  "DA3.2": 50,
  "DA4.1": 100,
  "DA4.3": 80,
  "DA6.2": 41,
  "DA7.1": 60,
  "DA7.2": 40,
};
const TINH: Readonly<Record<string, number>> = { DA2: 50, "DA3.1": 37 };
const XA: Readonly<Record<string, number>> = { DA2: 43 };

const sum = (amounts: Readonly<Record<string, number>>) => Object.values(amounts).reduce((a, b) => a + b, 0);

const SETTINGS: PlanSettings = {
  ...defaultSettings(PROGRAM, {
    year: 2025,
    level: "xa",
    unitName: "xã Ba Dinh",
    province: "Quảng Ngãi",
    planDate: "2025-08-20",
  }),
  planNumber: "125/KH-UBND",
  customRatio: 0.15,
  signer: { authority: "KT. CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn Hùng" },
};

function fundsEntries(): Entry[] {
  const entry = (row: string, col: string, value: number): Entry => ({
    template: "phu-luc-01",
    row,
    col,
    value,
  });
  return [
    ...Object.entries(SN).map(([code, value]) => entry(code, C.sn, value)),
    ...Object.entries(TINH).map(([code, value]) => entry(code, C.tinh, value)),
    ...Object.entries(XA).map(([code, value]) => entry(code, C.xa, value)),
  ];
}

function targetEntries(): Entry[] {
  const b02 = (row: string, poor: number, nearPoor: number): Entry[] => [
    { template: "bieu-02", row, col: B02_COLUMNS.hoNgheo, value: poor },
    { template: "bieu-02", row, col: B02_COLUMNS.hoCanNgheo, value: nearPoor },
  ];
  return [
    { template: "bieu-02", row: B02_ROWS.totalHouseholds, col: B02_COLUMNS.hoNgheo, value: 1000 },
    ...b02(B02_ROWS.start, 50, 80),
    ...b02(B02_ROWS.exits, 10, 15),
    ...b02(B02_ROWS.returns, 1, 2),
    ...b02(B02_ROWS.added, 3, 4),
    { template: "bieu-03", row: "yt-bhyt", col: B03_COLUMNS.plan, value: 1 },
    { template: "bieu-03", row: "vl-thanh-cong", col: B03_COLUMNS.previous, value: 18 },
    { template: "bieu-03", row: "vl-thanh-cong", col: B03_COLUMNS.plan, value: 20 },
    { template: "bieu-03", row: "vl-thanh-cong", col: B03_COLUMNS.nguon, value: "Phòng Văn hóa - Xã hội" },
    { template: "phan-cong", row: "DA2", col: PC_COLUMNS.chuTri, value: "Phòng Kinh tế" },
    { template: "phan-cong", row: "DA2", col: PC_COLUMNS.phoiHop, value: "Phòng Văn hóa - Xã hội; các thôn" },
  ];
}

function only(sheets: readonly OwnSheet[], id: TemplateId): OwnSheet {
  const found = firstOwnSheet(sheets, id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe("a 2025 commune plan filled in with seed 004's figures", () => {
  let book: ReturnType<typeof newPlanWorkbook>;
  let grid: WorkbookGrid;
  let sheets: OwnSheet[];
  let funds: FundsTable;

  beforeAll(async () => {
    book = newPlanWorkbook(PROGRAM, SETTINGS, TEMPLATE_IDS);
    fill(book, [...fundsEntries(), ...targetEntries()]);
    const read = await savedAndRead(book.workbook);
    expect(
      [...read.sheets.flatMap((s) => [...s.cells.values()])].some((c) => c.formula && !c.valueKnown),
    ).toBe(true);
    grid = computeValues(read);
    sheets = findOwnSheets(grid);
    funds = readFunds(grid, only(sheets, "phu-luc-01"), PROGRAM);
  });

  test("all five sheets are found by their marker names", () => {
    expect(sheets.map((s) => [s.templateId, s.sheet, s.markerName, s.copy])).toEqual([
      ["thong-tin-chung", "Thông tin chung", "KHGN_TTC", 1],
      ["phu-luc-01", "Phụ lục 01", "KHGN_PL01", 1],
      ["bieu-02", "Biểu 02", "KHGN_B02", 1],
      ["bieu-03", "Biểu 03", "KHGN_B03", 1],
      ["phan-cong", "Phân công", "KHGN_PC", 1],
    ]);
  });

  test("TỔNG CỘNG equals the sums of what was typed: 1.001 = 871 NSTW + 130 NSĐP (87 tỉnh, 43 xã)", () => {
    expect(sum(SN) + sum(TINH) + sum(XA)).toBe(1001);
    expect(funds.total.amounts).toEqual({
      tong: 1001,
      nstw: 871,
      dtpt: 0,
      sn: 871,
      nsdp: 130,
      tinh: 87,
      xa: 43,
      khac: 0,
    });
    expect(funds.hasDistrict).toBe(false);
    expect(funds.problems).toEqual([]);
  });

  test("each Dự án totals its Tiểu dự án and each row its sources", () => {
    const row = (code: string) => funds.rows.find((r) => r.code === code);
    expect(row("DA3")?.amounts).toMatchObject({ tong: 287, sn: 250, tinh: 37 });
    expect(row("DA3.1")).toMatchObject({
      parent: "DA3",
      number: "3.1",
      amounts: { tong: 237, nstw: 200, nsdp: 37 },
    });
    expect(row("DA2")?.amounts).toMatchObject({ tong: 393, nstw: 300, nsdp: 93 });
    expect(row("DA1")?.amounts.tong).toBe(0);
    expect(row("DA2")?.name).toBe("Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo");
    expect(funds.rows.map((r) => r.code)).toEqual(catalogInTableOrder(PROGRAM).map((item) => item.code));
  });

  test("every amount names the cell it came from", () => {
    const at = (row: string, col: string) => plannedAddress(book.plans, "phu-luc-01", row, col);
    expect(funds.total.cells.tong).toEqual(at("TOTAL", C.tong));
    expect(funds.rows.find((r) => r.code === "DA7.2")?.cells.sn).toEqual(at("DA7.2", C.sn));
    expect(funds.total.cells.huyen).toBeUndefined();
  });

  test("the counterpart ratio actually planned is NSĐP ÷ NSTW = 130/871", () => {
    expect(funds.counterpart.actual.nsdp.value).toBeCloseTo(130 / 871, 12);
    expect(funds.counterpart.actual.tinh.value).toBeCloseTo(87 / 871, 12);
  });

  test("the counterpart lines state seed 004's minimum (87 + 43 = 130) and pass it", () => {
    expect(funds.counterpart.required.nsdp.value).toBeCloseTo(0.15, 12);
    expect(funds.counterpart.minimum.tinh.value).toBe(87);
    expect(funds.counterpart.minimum.xa.value).toBe(43);
    expect(funds.counterpart.minimum.nsdp.value).toBe(130);
    expect(funds.counterpart.status.value).toBe("Đạt");
  });

  test("settings come back field for field", () => {
    const reading = readSettings(grid, only(sheets, "thong-tin-chung"));
    expect(reading.settings).toEqual(SETTINGS);
    expect(reading.problems.filter((p) => p.rowKey !== SETTING_KEYS.minRatio)).toEqual([]);
    expect(reading.groups.map((g) => g.id)).toEqual(PROGRAM.counterpart.groups.map((g) => g.id));
    expect(reading.programName.value).toBe(PROGRAM.name);
  });

  test("household targets: the year-end number and rates are computed from the typed counts", () => {
    const households = readHouseholds(grid, only(sheets, "bieu-02"));
    expect(households.totalHouseholds.value).toBe(1000);
    expect(households.poor.end.value).toBe(44);
    expect(households.nearPoor.end.value).toBe(71);
    expect(households.poor.startRate.value).toBeCloseTo(0.05, 12);
    expect(households.poor.endRate.value).toBeCloseTo(0.044, 12);
    expect(households.poor.reduction.value).toBeCloseTo(0.006, 12);
    expect(households.poor.end.cell).toEqual(
      plannedAddress(book.plans, "bieu-02", B02_ROWS.end, B02_COLUMNS.hoNgheo),
    );
    expect(households.nearPoor.startEthnic.value).toBeNull();
  });

  test("indicator targets in sheet order, with units and cells", () => {
    const targets = readIndicators(grid, only(sheets, "bieu-03"));
    const jobs = targets.indicators.find((i) => i.id === "vl-thanh-cong");
    expect(jobs).toMatchObject({
      dimension: "viecLam",
      previous: { value: 18 },
      plan: { value: 20 },
      unit: { value: "người" },
    });
    expect(jobs?.source.value).toBe("Phòng Văn hóa - Xã hội");
    expect(jobs?.plan.cell).toEqual(plannedAddress(book.plans, "bieu-03", "vl-thanh-cong", B03_COLUMNS.plan));
    expect(targets.indicators.find((i) => i.id === "yt-bhyt")?.plan.value).toBe(1);
    expect(targets.indicators[0]?.id).toBe("vl-ket-noi");
    expect(targets.problems).toEqual([]);
  });

  test("assignments per Dự án as typed", () => {
    const assignments = readAssignments(grid, only(sheets, "phan-cong"), PROGRAM);
    const da2 = assignments.rows.find((r) => r.code === "DA2");
    expect(da2?.lead.value).toBe("Phòng Kinh tế");
    expect(da2?.partners.value).toBe("Phòng Văn hóa - Xã hội; các thôn");
    expect(assignments.rows.find((r) => r.code === "DA3.1")?.lead.value).toBe("");
    expect(assignments.rows).toHaveLength(PROGRAM.catalog.length);
  });
});
