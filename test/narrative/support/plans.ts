/**
 * Plan workbooks for the narrative tests, made by the real pipeline (the path of
 * `kehoach new`), filled by key as a user would, saved, reopened and computed: seed 003's
 * district plan of 2023 (amounts per Tiểu dự án, NSTW only) and seed 004's two-tier commune
 * plan of 2025 (NSTW 871 sự nghiệp, NS tỉnh 87, NS xã 43, the figures of
 * scripts/make-example.js), plus helpers to walk the figures of a narrative.
 */
import type ExcelJS from "exceljs";
import { computeValues, type ComputedGrid } from "../../../src/domain/grid-values";
import type { CellSource, Inline, NarrativeDocument } from "../../../src/domain/narrative";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import { TEMPLATE_IDS } from "../../../src/domain/sheet-plan";
import {
  B02_COLUMNS,
  B02_ROWS,
  B03_COLUMNS,
  PC_COLUMNS,
  PL01_COLUMNS,
} from "../../../src/domain/templates/column-keys";
import { defaultSettings } from "../../../src/domain/templates/default-settings";
import { cellAt } from "../../../src/domain/workbook";
import {
  fill,
  newPlanWorkbook,
  savedAndRead,
  type Entry,
  type PlanWorkbook,
} from "../../own-sheets/support/plan-workbook";
import { GIAM_NGHEO } from "../../templates/support/fixtures";

export const PROGRAM: ProgramFile = GIAM_NGHEO;

/** Seed 003 (huyện Hậu Lộc, 2023), triệu đồng of NSTW sự nghiệp per Tiểu dự án; total 8.345. */
export const SEED_003_AMOUNTS: Readonly<Record<string, number>> = {
  "DA1.1": 450,
  DA2: 3051,
  "DA3.1": 1444,
  "DA3.2": 387,
  "DA4.1": 1147,
  "DA4.2": 468,
  "DA4.3": 653,
  "DA6.1": 109,
  "DA6.2": 128,
  "DA7.1": 331,
  "DA7.2": 177,
};

/** Seed 003's lead offices. */
const SEED_003_LEADS: Readonly<Record<string, string>> = {
  "DA1.1": "Phòng Kinh tế và Hạ tầng",
  DA2: "Phòng Lao động - Thương binh và Xã hội",
  "DA3.1": "Phòng Nông nghiệp và Phát triển nông thôn",
  "DA3.2": "Văn phòng HĐND và UBND huyện",
  "DA4.1": "Trung tâm Giáo dục Nghề nghiệp - Giáo dục Thường xuyên huyện",
  "DA4.2": "Phòng Lao động - Thương binh và Xã hội",
  "DA4.3": "Phòng Lao động - Thương binh và Xã hội",
  "DA6.1": "Phòng Văn hóa và Thông tin",
  "DA6.2": "Phòng Lao động - Thương binh và Xã hội",
  "DA7.1": "Phòng Lao động - Thương binh và Xã hội",
  "DA7.2": "Phòng Lao động - Thương binh và Xã hội",
};

/** Seed 004 (xã Ba Dinh, 2025), as scripts/make-example.js: [SN, NS tỉnh, NS xã, lead]. */
export const SEED_004_FUNDS: Readonly<Record<string, readonly [number, number, number, string]>> = {
  DA2: [300, 30, 16, "Trung tâm cung ứng dịch vụ công"],
  "DA3.1": [250, 25, 12, "Trung tâm cung ứng dịch vụ công"],
  "DA3.2": [60, 6, 3, "Phòng Văn hóa - Xã hội"],
  "DA4.1": [80, 8, 4, "Phòng Văn hóa - Xã hội"],
  "DA4.3": [50, 5, 2, "Phòng Văn hóa - Xã hội"],
  "DA6.2": [31, 3, 1, "Trung tâm cung ứng dịch vụ công"],
  "DA7.1": [60, 6, 3, "Phòng Kinh tế"],
  "DA7.2": [40, 4, 2, "Phòng Kinh tế"],
};

/** Biểu 02 of seed 004: [hộ nghèo, hộ cận nghèo]; ends at 5,57% and 0,59%. */
const SEED_004_HOUSEHOLDS: Readonly<Record<string, readonly [number, number | null]>> = {
  [B02_ROWS.totalHouseholds]: [9480, null],
  [B02_ROWS.start]: [792, 241],
  [B02_ROWS.startEthnic]: [655, 198],
  [B02_ROWS.exits]: [280, 200],
  [B02_ROWS.returns]: [6, 5],
  [B02_ROWS.added]: [10, 10],
};

/** Biểu 03 targets of seed 004 (fractions for %). */
const SEED_004_INDICATORS: Readonly<Record<string, number>> = {
  "vl-ket-noi": 1,
  "vl-thanh-cong": 20,
  "yt-bhyt": 1,
  "gd-dung-tuoi": 0.9,
  "gd-dao-tao": 0.2,
  "nsh-nuoc": 1,
  "nsh-nha-tieu": 0.6,
  "tt-vien-thong": 0.85,
  "tt-giam-ngheo": 0.85,
  "ct-san-xuat": 0.8,
  "ct-can-bo": 1,
};

export const SEED_003_SETTINGS: PlanSettings = {
  ...defaultSettings(PROGRAM, {
    year: 2023,
    level: "huyen",
    unitName: "huyện Hậu Lộc",
    province: "Thanh Hóa",
    planDate: "2023-06-15",
  }),
  signer: { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "Nguyễn Minh Hoàng" },
};

export const SEED_004_SETTINGS: PlanSettings = {
  ...defaultSettings(PROGRAM, {
    year: 2025,
    level: "xa",
    unitName: "xã Ba Dinh",
    province: "Quảng Ngãi",
    provinceGroup: "duoi-50",
    recipients: [
      "Sở Nông nghiệp và Môi trường",
      "Thường trực Đảng ủy xã (báo cáo)",
      "Thường trực HĐND xã",
      "Lưu: VT, KT",
    ],
  }),
};

const entry = (template: Entry["template"], row: string, col: string, value: ExcelJS.CellValue): Entry => ({
  template,
  row,
  col,
  value,
});

export function seed003Entries(): Entry[] {
  return Object.entries(SEED_003_AMOUNTS).flatMap(([code, sn]) => [
    entry("phu-luc-01", code, PL01_COLUMNS.sn, sn),
    entry("phan-cong", code, PC_COLUMNS.chuTri, SEED_003_LEADS[code] ?? ""),
    entry("phan-cong", code, PC_COLUMNS.phoiHop, "UBND các xã, thị trấn"),
  ]);
}

export function seed004Entries(): Entry[] {
  const funds = Object.entries(SEED_004_FUNDS).flatMap(([code, [sn, tinh, xa, lead]]) => [
    entry("phu-luc-01", code, PL01_COLUMNS.sn, sn),
    entry("phu-luc-01", code, PL01_COLUMNS.tinh, tinh),
    entry("phu-luc-01", code, PL01_COLUMNS.xa, xa),
    entry("phan-cong", code, PC_COLUMNS.chuTri, lead),
    entry("phan-cong", code, PC_COLUMNS.phoiHop, "Các cơ quan, đơn vị liên quan; UBND các thôn"),
  ]);
  const households = Object.entries(SEED_004_HOUSEHOLDS).flatMap(([row, [poor, nearPoor]]) => [
    entry("bieu-02", row, B02_COLUMNS.hoNgheo, poor),
    ...(nearPoor === null ? [] : [entry("bieu-02", row, B02_COLUMNS.hoCanNgheo, nearPoor)]),
  ]);
  const indicators = Object.entries(SEED_004_INDICATORS).map(([id, plan]) =>
    entry("bieu-03", id, B03_COLUMNS.plan, plan),
  );
  return [...funds, ...households, ...indicators];
}

export function planBook(settings: PlanSettings, entries: readonly Entry[]): PlanWorkbook {
  const book = newPlanWorkbook(PROGRAM, settings, TEMPLATE_IDS);
  fill(book, entries);
  return book;
}

/** Saved, reopened (no formula results, as `kehoach new` writes them) and computed. */
export async function computedGrid(workbook: ExcelJS.Workbook): Promise<ComputedGrid> {
  return computeValues(await savedAndRead(workbook));
}

export type Figure = Extract<Inline, { kind: "figure" }>;

export function figuresOf(doc: NarrativeDocument): Figure[] {
  return doc.blocks.flatMap((block) =>
    block.kind === "paragraph" ? block.content.filter((i): i is Figure => i.kind === "figure") : [],
  );
}

/** The number a source cell holds in the computed grid; an empty amount cell counts as 0, as in the sheet's sums. */
export function valueAt(grid: ComputedGrid, source: CellSource): number {
  const sheet = grid.sheets.find((s) => s.name === source.sheet);
  const value = sheet && cellAt(sheet, source.address.row, source.address.col)?.value;
  if (sheet && (value === undefined || value === null)) return 0;
  if (typeof value !== "number")
    throw new Error(`no number at ${source.sheet} ${JSON.stringify(source.address)}`);
  return value;
}

/** Lines of the plain text, and the "d) Kinh phí thực hiện" line of each section heading. */
export function fundingLineUnder(text: string, headingEnd: string): string | undefined {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => /^\d+(\.\d+)*\. /.test(line) && line.endsWith(headingEnd));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^(\d+(\.\d+)*\. |[IV]+\. )/.test(line));
  return rest.slice(0, end < 0 ? undefined : end).find((line) => line.startsWith("d) Kinh phí thực hiện:"));
}
