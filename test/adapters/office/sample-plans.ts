/**
 * Hand-built sheet plans for adapter tests until the real planner exists: every feature a
 * plan can carry (merged titles, a styled header, text that looks like numbers or
 * formulas, input cells, formulas, percentages, a gap in a row, hidden key row and column,
 * row heights, validations, freeze, print setup, protection, a marker name), plus a
 * planner that picks free names the way planInsertion does.
 */
import { freeDefinedName, freeSheetName } from "../../../src/domain/unique-names";
import type { ExistingWorkbook, InsertRequest } from "../../../src/domain/insertion";
import type { ProgramFile } from "../../../src/domain/programs/types";
import type { PlanSettings } from "../../../src/domain/settings";
import type { PlannedCell, PlannedValue, SheetPlan, TemplateId } from "../../../src/domain/sheet-plan";
import { TEMPLATE_IDS } from "../../../src/domain/sheet-plan";

const BASE_SHEET_NAME: Readonly<Record<TemplateId, string>> = {
  "thong-tin-chung": "Thông tin chung",
  "phu-luc-01": "Phụ lục 01",
  "bieu-02": "Biểu 02",
  "bieu-03": "Biểu 03",
  "phan-cong": "Phân công",
};

const MARKER: Readonly<Record<TemplateId, string>> = {
  "thong-tin-chung": "KHGN_TTC",
  "phu-luc-01": "KHGN_PL01",
  "bieu-02": "KHGN_B02",
  "bieu-03": "KHGN_B03",
  "phan-cong": "KHGN_PC",
};

/** A string starting with "=" is a formula. */
type Entry = readonly [address: string, content: PlannedValue, style?: string];

function plannedCell([address, content, style]: Entry): PlannedCell {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (!match?.[1] || !match[2]) throw new Error(`bad address ${address}`);
  const at = { row: Number(match[2]), col: match[1].charCodeAt(0) - 64 };
  const formula = typeof content === "string" && content.startsWith("=") ? content : undefined;
  return {
    address: at,
    ...(formula ? { formula } : { value: content }),
    ...(style ? { style } : {}),
  };
}

function entries(title: string): Entry[] {
  return [
    ["A1", title, "title"],
    ["A2", "KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2025", "title"],
    ["A3", "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND xã Ba Dinh)", "subtitle"],
    ...(["TT", "Nội dung", "Tổng cộng", "NSTW", "Tỷ lệ", "Đơn vị chủ trì", "Mã"] as const).map(
      (text, i): Entry => [`${String.fromCharCode(65 + i)}4`, text, "header"],
    ),
    ...["tt", "noi-dung", "tong", "nstw", "ty-le", "don-vi", "ma"].map((key, i): Entry => [
      `${String.fromCharCode(65 + i)}5`,
      key,
    ]),
    ["A6", "1", "label"],
    ["B6", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội", "label"],
    ["C6", "=D6", "amount"],
    ["D6", 871, "input"],
    ["E6", "=IF(C6=0,0,D6/C6)", "percent"],
    ["F6", "Phòng Kinh tế", "choice"],
    ["G6", "DA1"],
    ["A7", "1.1", "label"],
    ["B7", "(1)", "label"],
    ["C7", "=D7", "amount"],
    ["D7", 43.5, "input"],
    ["E7", "=IF(C7=0,0,D7/C7)", "percent"],
    ["F7", null, "choice"],
    ["G7", "DA1.1"],
    ["B8", "- Lưu: VT, VP.", "total"],
    ["C8", "=SUM(C6:C7)", "total"],
    ["D8", "=SUM(D6:D7)", "total"],
    ["F8", true, "label"],
    ["G8", "tong-cong"],
  ];
}

export function samplePlan(templateId: TemplateId, sheetName: string, marker: string): SheetPlan {
  return {
    templateId,
    sheetName,
    cells: entries(BASE_SHEET_NAME[templateId].toUpperCase()).map(plannedCell),
    styles: {
      title: { bold: true, fontSize: 13, horizontal: "center" },
      subtitle: { italic: true, horizontal: "center", wrap: true },
      header: {
        bold: true,
        border: true,
        fill: "d9e1f2",
        horizontal: "center",
        vertical: "middle",
        wrap: true,
      },
      label: { border: true, vertical: "middle" },
      amount: { numberFormat: "#,##0", border: true },
      input: { numberFormat: "#,##0.0", border: true, locked: false, fill: "FFF2CC" },
      percent: { numberFormat: "0.00%" },
      choice: { border: true, locked: false },
      total: { bold: true, numberFormat: "#,##0", border: true },
    },
    columnWidths: [6, 45, 14, 14, 10, 20, 8],
    hiddenColumns: [7],
    hiddenRows: [5],
    rowHeights: { 1: 19.5, 2: 19.5, 4: 30.75, 6: 30.75, 7: 30.75 },
    merges: [1, 2, 3].map((row) => ({ start: { row, col: 1 }, end: { row, col: 6 } })),
    validations: [
      {
        range: { start: { row: 6, col: 4 }, end: { row: 7, col: 4 } },
        rule: { kind: "decimal", min: 0 },
        errorTitle: "Số tiền không hợp lệ",
        errorMessage: "Nhập số tiền không âm, đơn vị triệu đồng.",
      },
      {
        range: { start: { row: 6, col: 6 }, end: { row: 7, col: 6 } },
        rule: { kind: "list", items: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"] },
        errorTitle: "Đơn vị không có trong danh sách",
        errorMessage: "Chọn đơn vị chủ trì trong danh sách.",
      },
      {
        range: { start: { row: 6, col: 5 }, end: { row: 7, col: 5 } },
        rule: { kind: "whole", min: 0, max: 100 },
        errorTitle: "Tỷ lệ không hợp lệ",
        errorMessage: "Nhập số nguyên từ 0 đến 100.",
      },
    ],
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 4, last: 5 },
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 },
    },
    protect: true,
    freeze: { rows: 5, cols: 2 },
    names: [{ name: marker, range: { start: { row: 4, col: 1 }, end: { row: 8, col: 7 } } }],
  };
}

/** Picks free sheet and marker names like planInsertion, then builds the sample plans. */
export function samplePlanner(request: InsertRequest, existing: ExistingWorkbook): SheetPlan[] {
  const sheets = [...existing.sheetNames];
  const names = [...existing.definedNames];
  return request.templates.map((id) => {
    const sheetName = freeSheetName(BASE_SHEET_NAME[id], sheets);
    const marker = freeDefinedName(MARKER[id], names);
    sheets.push(sheetName);
    names.push(marker);
    return samplePlan(id, sheetName, marker);
  });
}

const program: ProgramFile = {
  id: "giam-ngheo-2021-2025",
  name: "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
  period: { from: 2021, to: 2025 },
  documents: [],
  catalog: [],
  counterpart: { source: null, groups: [], rounding: "none", roundingUnit: 1 },
  defaultLevelSplit: { tinh: 0.1, huyen: 0, xa: 0.05 },
  defaultGroup: null,
};

const settings: PlanSettings = {
  programId: program.id,
  year: 2025,
  level: "xa",
  issuingBody: "Ủy ban nhân dân xã Ba Dinh",
  unitName: "xã Ba Dinh",
  province: "Quảng Ngãi",
  place: "Ba Dinh",
  planNumber: "",
  planDate: null,
  provinceGroup: null,
  customRatio: 0.15,
  levelSplit: { tinh: 0.1, huyen: 0, xa: 0.05 },
  signer: { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "Nguyễn Văn A" },
  legalBases: [],
  recipients: [],
};

export function sampleRequest(templates: readonly TemplateId[] = TEMPLATE_IDS): InsertRequest {
  return { templates, program, settings };
}
