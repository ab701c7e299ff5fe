/**
 * Small workbooks in an office's own layout, written with ExcelJS the way a finance
 * officer types them: titles in merged cells, a two-row merged header ("Ngân sách trung
 * ương" over "Đầu tư phát triển | Sự nghiệp"), amounts in đồng, every text typed without
 * diacritics, totals typed by hand. Seed 003 (huyện Hậu Lộc, 2023: NSTW sự nghiệp per
 * Tiểu dự án, 8.345 triệu đồng in all) and seed 004 (xã Ba Dinh, 2025: NSTW 871, NS tỉnh
 * 87, NS xã 43) are the figures the plans print; nothing here uses the code under test.
 */
import ExcelJS from "exceljs";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { WorkbookGrid } from "../../../src/domain/workbook";
import { savedAndRead } from "../../own-sheets/support/plan-workbook";
import { SEED_003_AMOUNTS, SEED_004_FUNDS } from "./plans";

const TRIEU = 1_000_000;

/** "Dự án 2: Đa dạng hóa …" as typed on a keyboard without Vietnamese input: "Du an 2: Da dang hoa …". */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Columns of the funds table, left to right, and the header cells over them. */
interface Layout {
  readonly group: readonly (string | null)[];
  readonly leaf: readonly string[];
}

export interface FundsLine {
  readonly tt: string;
  readonly label: string;
  /** In triệu đồng, one per amount column of the layout (after TT and Nội dung). */
  readonly amounts: readonly number[];
}

export interface ForeignFunds {
  readonly sheet: string;
  readonly titles: readonly string[];
  readonly unitLine: string;
  readonly layout: Layout;
  readonly lines: readonly FundsLine[];
  /** Multiply triệu đồng by this to write the cell (1.000.000 for đồng). */
  readonly perTrieu: number;
}

function title(sheet: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  sheet.mergeCells(row, 1, row, width);
  sheet.getCell(row, 1).value = text;
}

/** A header cell spanning the two header rows unless a group stands over it. */
function writeHeader(sheet: ExcelJS.Worksheet, top: number, layout: Layout): void {
  layout.leaf.forEach((leaf, i) => {
    const col = i + 1;
    const group = layout.group[i] ?? null;
    if (group === null) {
      sheet.mergeCells(top, col, top + 1, col);
      sheet.getCell(top, col).value = leaf;
      return;
    }
    if (layout.group[i - 1] !== group) {
      const span = layout.group.slice(i).findIndex((g) => g !== group);
      const last = span < 0 ? layout.leaf.length : i + span;
      sheet.mergeCells(top, col, top, last);
      sheet.getCell(top, col).value = group;
    }
    sheet.getCell(top + 1, col).value = leaf;
  });
}

export function addFundsSheet(workbook: ExcelJS.Workbook, funds: ForeignFunds): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(funds.sheet);
  const width = funds.layout.leaf.length;
  funds.titles.forEach((text, i) => title(sheet, i + 1, text, width));
  const unitRow = funds.titles.length + 1;
  sheet.getCell(unitRow, width - 1).value = funds.unitLine;
  const top = unitRow + 1;
  writeHeader(sheet, top, funds.layout);
  funds.lines.forEach((line, i) => {
    const row = top + 2 + i;
    sheet.getCell(row, 1).value = line.tt;
    sheet.getCell(row, 2).value = line.label;
    line.amounts.forEach((amount, j) => {
      sheet.getCell(row, 3 + j).value = amount * funds.perTrieu;
    });
  });
  return sheet;
}

function nameOf(program: ProgramFile, code: string): string {
  return withoutDiacritics(program.catalog.find((item) => item.code === code)?.name ?? code);
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Seed 003: TT, Nội dung, Tổng cộng, NSTW (ĐTPT, SN), NSĐP (Tỉnh, Huyện, Xã); NSTW sự nghiệp only. */
export function seed003Funds(program: ProgramFile): ForeignFunds {
  const sub = (code: string): number => SEED_003_AMOUNTS[code] ?? 0;
  const line = (tt: string, code: string, sn: number): FundsLine => ({
    tt,
    label: nameOf(program, code),
    amounts: [sn, 0, sn, 0, 0, 0],
  });
  const projects: readonly (readonly [string, string, readonly string[]])[] = [
    ["1", "DA1", ["DA1.1"]],
    ["2", "DA2", []],
    ["3", "DA3", ["DA3.1", "DA3.2"]],
    ["4", "DA4", ["DA4.1", "DA4.2", "DA4.3"]],
    ["6", "DA6", ["DA6.1", "DA6.2"]],
    ["7", "DA7", ["DA7.1", "DA7.2"]],
  ];
  const lines = projects.flatMap(([tt, code, subs]) => [
    line(tt, code, subs.length === 0 ? sub(code) : sum(subs.map(sub))),
    ...subs.map((s, i) => line(`${tt}.${i + 1}`, s, sub(s))),
  ]);
  const total = sum(Object.values(SEED_003_AMOUNTS));
  return {
    sheet: "Bieu KP",
    titles: [
      "UBND HUYEN HAU LOC",
      "PHU LUC 01",
      "KINH PHI THUC HIEN CHUONG TRINH MUC TIEU QUOC GIA GIAM NGHEO BEN VUNG NAM 2023",
      "(Kem theo Ke hoach so 152/KH-UBND ngay 15/6/2023 cua UBND huyen Hau Loc)",
    ],
    unitLine: "Don vi tinh: dong",
    layout: {
      group: [null, null, null, "Ngan sach trung uong", "Ngan sach trung uong", null, null, null],
      leaf: ["TT", "Noi dung", "Tong cong", "Dau tu phat trien", "Su nghiep", "NS tinh", "NS huyen", "NS xa"],
    },
    lines: [{ tt: "", label: "TONG CONG", amounts: [total, 0, total, 0, 0, 0] }, ...lines],
    perTrieu: TRIEU,
  };
}

/** Seed 004: STT, Dự án, Tổng kinh phí, NSTW (vốn sự nghiệp), NSĐP (Cộng, Tỉnh, Xã); no NS huyện. */
export function seed004Funds(program: ProgramFile): ForeignFunds {
  const row = (code: string): readonly number[] => {
    const [sn = 0, tinh = 0, xa = 0] = SEED_004_FUNDS[code] ?? [];
    return [sn + tinh + xa, sn, tinh + xa, tinh, xa];
  };
  const add = (codes: readonly string[]): number[] =>
    [0, 1, 2, 3, 4].map((i) => sum(codes.map((code) => row(code)[i] ?? 0)));
  const projects: readonly (readonly [string, readonly string[]])[] = [
    ["DA2", []],
    ["DA3", ["DA3.1", "DA3.2"]],
    ["DA4", ["DA4.1", "DA4.3"]],
    ["DA6", ["DA6.2"]],
    ["DA7", ["DA7.1", "DA7.2"]],
  ];
  const lines = projects.flatMap(([code, subs]) => [
    { tt: code.slice(2), label: nameOf(program, code), amounts: subs.length === 0 ? row(code) : add(subs) },
    ...subs.map((s) => ({ tt: s.slice(2), label: nameOf(program, s), amounts: row(s) })),
  ]);
  return {
    sheet: "PL01",
    titles: [
      "PHU LUC 01",
      "KINH PHI THUC HIEN CHUONG TRINH MUC TIEU QUOC GIA GIAM NGHEO BEN VUNG NAM 2025",
      "(Kem theo Ke hoach so      /KH-UBND ngay      thang 8 nam 2025 cua UBND xa Ba Dinh)",
    ],
    unitLine: "DVT: dong",
    layout: {
      group: [null, null, null, null, "Ngan sach dia phuong", "Ngan sach dia phuong", "Ngan sach dia phuong"],
      leaf: [
        "STT",
        "Du an, tieu du an",
        "Tong kinh phi",
        "Ngan sach trung uong (von su nghiep)",
        "Cong",
        "Ngan sach tinh",
        "Ngan sach xa",
      ],
    },
    lines: [{ tt: "", label: "TONG CONG", amounts: add(Object.keys(SEED_004_FUNDS)) }, ...lines],
    perTrieu: TRIEU,
  };
}

/** A workbook holding only the given funds table, saved and opened again as a user's file is. */
export async function foreignWorkbook(funds: ForeignFunds): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  addFundsSheet(workbook, funds);
  return savedAndRead(workbook, `${funds.sheet}.xlsx`);
}
