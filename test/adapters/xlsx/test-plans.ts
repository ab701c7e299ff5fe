/**
 * Hand-built sheet plans for the .xlsx adapter tests: a "Thông tin chung" sheet with the
 * figures other sheets read, and a funds table whose row and column totals are SUM
 * formulas and whose counterpart row reads the settings sheet through a quoted
 * Vietnamese name. Together they carry every feature a plan can: merges, every kind of
 * validation, hidden key row and column, row heights, freeze, print setup, protection
 * and names.
 */
import { cell, type RangeAddress } from "../../../src/domain/address/cell-address";
import type { InsertRequest } from "../../../src/domain/insertion";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import type {
  CellStyle,
  PlannedCell,
  PlannedValue,
  SheetPlan,
  TemplateId,
} from "../../../src/domain/sheet-plan";

export const TTC = "Thông tin chung";
export const PL01 = "Phụ lục 01";

/** Amounts typed into D5:F9 (NSTW, NSĐP, Vốn huy động khác), one row per Dự án. */
export const AMOUNTS: readonly (readonly [number, number, number])[] = [
  [871, 87, 43.5],
  [120.25, 12, 0],
  [0, 0, 0],
  [305, 45.75, 10],
  [64, 6.4, 1.1],
];
export const FIRST_AMOUNT_ROW = 5;
export const TOTAL_ROW = FIRST_AMOUNT_ROW + AMOUNTS.length;
export const NSTW_ASSIGNED = 1500;
export const MIN_RATIO = 0.15;

const PROJECTS = [
  "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội",
  "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
  "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng",
  "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững",
  "Dự án 6: Truyền thông và giảm nghèo về thông tin",
];

export const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, fontSize: 14, horizontal: "center", vertical: "middle" },
  subtitle: { italic: true, fontSize: 12, horizontal: "center", wrap: true },
  header: { bold: true, border: true, fill: "d9e1f2", horizontal: "center", vertical: "middle", wrap: true },
  label: { border: true, vertical: "middle", wrap: true },
  amount: { numberFormat: "#,##0.00", border: true },
  input: { numberFormat: "#,##0.00", border: true, locked: false, fill: "FFF2CC" },
  percent: { numberFormat: "0.00%", locked: false, fill: "FFF2CC" },
  date: { numberFormat: "dd/mm/yyyy", locked: false },
  choice: { border: true, locked: false },
  total: { bold: true, numberFormat: "#,##0.00", border: true },
};

function at(a1: string): { row: number; col: number } {
  const match = /^([A-Z])(\d+)$/.exec(a1);
  if (!match?.[1] || !match[2]) throw new Error(`bad address ${a1}`);
  return cell(Number(match[2]), match[1].charCodeAt(0) - 64);
}

/** A string starting with "=" is a formula. */
function planned(a1: string, content: PlannedValue, style?: string): PlannedCell {
  const formula = typeof content === "string" && content.startsWith("=") ? content : undefined;
  return { address: at(a1), ...(formula ? { formula } : { value: content }), ...(style ? { style } : {}) };
}

function range(a: string, b: string): RangeAddress {
  return { start: at(a), end: at(b) };
}

export function settingsPlan(sheetName = TTC, marker = "KHGN_TTC"): SheetPlan {
  return {
    templateId: "thong-tin-chung",
    sheetName,
    cells: [
      planned("A1", "THÔNG TIN CHUNG", "title"),
      planned("A3", "Vốn NSTW được giao (triệu đồng)", "label"),
      planned("C3", NSTW_ASSIGNED, "input"),
      planned("A4", "Tỷ lệ đối ứng tối thiểu", "label"),
      planned("C4", MIN_RATIO, "percent"),
      planned("A5", "Ngày ký kế hoạch", "label"),
      planned("C5", null, "date"),
      planned("A6", "Cấp lập kế hoạch", "label"),
      planned("C6", "Cấp xã", "choice"),
    ],
    styles: STYLES,
    columnWidths: [34, 2, 16],
    hiddenColumns: [],
    hiddenRows: [],
    merges: [range("A1", "C1")],
    validations: [
      {
        range: range("C3", "C3"),
        rule: { kind: "decimal", min: 0 },
        errorTitle: "Số tiền không hợp lệ",
        errorMessage: "Nhập số tiền không âm, đơn vị triệu đồng.",
      },
      {
        range: range("C4", "C4"),
        rule: { kind: "decimal", min: 0, max: 1 },
        errorTitle: "Tỷ lệ không hợp lệ",
        errorMessage: "Nhập tỷ lệ từ 0% đến 100%.",
      },
      {
        range: range("C5", "C5"),
        rule: { kind: "date", min: "2025-01-01" },
        errorTitle: "Ngày không hợp lệ",
        errorMessage: "Nhập ngày từ 01/01/2025 trở đi.",
      },
      {
        range: range("C6", "C6"),
        rule: { kind: "list", items: ["Cấp xã", "Cấp huyện"] },
        errorTitle: "Cấp không hợp lệ",
        errorMessage: "Chọn cấp xã hoặc cấp huyện.",
      },
    ],
    print: {
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: false,
      margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 },
    },
    protect: true,
    names: [{ name: marker, range: range("A1", "C6") }],
  };
}

function amountRow(index: number): PlannedCell[] {
  const row = FIRST_AMOUNT_ROW + index;
  const [nstw, nsdp, other] = AMOUNTS[index] ?? [0, 0, 0];
  return [
    planned(`A${row}`, String(index + 1), "label"),
    planned(`B${row}`, PROJECTS[index] ?? "", "label"),
    planned(`C${row}`, `=SUM(D${row}:F${row})`, "amount"),
    planned(`D${row}`, nstw, "input"),
    planned(`E${row}`, nsdp, "input"),
    planned(`F${row}`, other, "input"),
    planned(`G${row}`, index % 2 === 0 ? "Phòng Kinh tế" : "Phòng Văn hóa - Xã hội", "choice"),
    planned(`H${row}`, 10 * (index + 1), "choice"),
    planned(`I${row}`, `DA${index + 1}`),
  ];
}

const HEADERS = [
  "TT",
  "Nội dung",
  "Tổng cộng",
  "NSTW",
  "NSĐP",
  "Vốn huy động khác",
  "Đơn vị chủ trì",
  "Số hộ hưởng lợi",
  "Mã",
];
const KEYS = ["tt", "noi-dung", "tong", "nstw", "nsdp", "khac", "don-vi", "so-ho", "ma"];
const LAST = TOTAL_ROW;
const FIRST = FIRST_AMOUNT_ROW;
const ROWS_END = TOTAL_ROW - 1;

function totalsRow(): PlannedCell[] {
  return [
    planned(`B${LAST}`, "TỔNG CỘNG", "total"),
    ...["C", "D", "E", "F"].map((col) =>
      planned(`${col}${LAST}`, `=SUM(${col}${FIRST}:${col}${ROWS_END})`, "total"),
    ),
    planned(`I${LAST}`, "tong-cong"),
  ];
}

function counterpartRows(): PlannedCell[] {
  const quoted = `'${TTC}'`;
  return [
    planned(`B${LAST + 1}`, "NSĐP tối thiểu theo tỷ lệ đối ứng", "label"),
    planned(`E${LAST + 1}`, `=D${LAST}*${quoted}!C4`, "amount"),
    planned(`B${LAST + 2}`, "NSTW được giao chưa phân bổ", "label"),
    planned(`D${LAST + 2}`, `=${quoted}!C3-D${LAST}`, "amount"),
  ];
}

export function fundsPlan(sheetName = PL01, marker = "KHGN_PL01"): SheetPlan {
  return {
    templateId: "phu-luc-01",
    sheetName,
    cells: [
      planned("A1", "PHỤ LỤC 01", "title"),
      planned(
        "A2",
        "KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2025",
        "subtitle",
      ),
      ...HEADERS.map((text, i) => planned(`${String.fromCharCode(65 + i)}3`, text, "header")),
      ...KEYS.map((key, i) => planned(`${String.fromCharCode(65 + i)}4`, key)),
      ...AMOUNTS.flatMap((_, i) => amountRow(i)),
      ...totalsRow(),
      ...counterpartRows(),
    ],
    styles: STYLES,
    columnWidths: [6, 45, 14, 14, 14, 12.5, 22, 9, 8],
    hiddenColumns: [9],
    hiddenRows: [4],
    rowHeights: { 1: 19.5, 3: 45, 5: 30.75 },
    merges: [range("A1", "H1"), range("A2", "H2")],
    validations: [
      {
        range: range(`D${FIRST}`, `F${ROWS_END}`),
        rule: { kind: "decimal", min: 0 },
        errorTitle: "Số tiền không hợp lệ",
        errorMessage: "Nhập số tiền không âm, đơn vị triệu đồng.",
      },
      {
        range: range(`G${FIRST}`, `G${ROWS_END}`),
        rule: { kind: "list", items: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"] },
        errorTitle: "Đơn vị không có trong danh sách",
        errorMessage: "Chọn đơn vị chủ trì trong danh sách.",
      },
      {
        range: range(`H${FIRST}`, `H${ROWS_END}`),
        rule: { kind: "whole", min: 0, max: 10000 },
        errorTitle: "Số hộ không hợp lệ",
        errorMessage: "Nhập số nguyên từ 0 đến 10.000.",
      },
    ],
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 3, last: 4 },
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 },
    },
    protect: true,
    freeze: { rows: 4, cols: 2 },
    names: [{ name: marker, range: range("A3", `I${LAST}`) }],
  };
}

const PROGRAM: ProgramFile = {
  id: "giam-ngheo-2021-2025",
  name: "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
  period: { from: 2021, to: 2025 },
  documents: [],
  catalog: [],
  counterpart: { source: null, groups: [], rounding: "floor-per-component", roundingUnit: 1 },
  defaultLevelSplit: { tinh: 0.1, huyen: 0, xa: 0.05 },
  defaultGroup: null,
};

const SETTINGS: PlanSettings = {
  programId: PROGRAM.id,
  year: 2025,
  level: "xa",
  issuingBody: "Ủy ban nhân dân xã Ba Dinh",
  unitName: "xã Ba Dinh",
  province: "Quảng Ngãi",
  place: "Ba Dinh",
  planNumber: "",
  planDate: null,
  provinceGroup: null,
  customRatio: MIN_RATIO,
  levelSplit: { tinh: 0.1, huyen: 0, xa: 0.05 },
  signer: { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "Nguyễn Văn A" },
  legalBases: [],
  recipients: [],
};

/** The request the planners under test receive; the fake planners only read its templates. */
export function insertRequest(templates: readonly TemplateId[]): InsertRequest {
  return { templates, program: PROGRAM, settings: SETTINGS };
}
