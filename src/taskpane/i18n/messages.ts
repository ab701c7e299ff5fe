/**
 * Every string the task pane shows, in Vietnamese (the default) and English. Placeholders
 * are {name}. The shell and the first two pages live here; later areas (narrative, settings,
 * browser mode) keep theirs in areas/, merged below. English must have exactly the keys
 * Vietnamese has: the `Record<…>` types make tsc check it, and a test checks it at run time.
 */
import * as fileMode from "./areas/file-mode";
import * as narrative from "./areas/narrative";
import * as settings from "./areas/settings";

export type Lang = "vi" | "en";

const core = {
  paneTitle: "Kế hoạch giảm nghèo",
  pagesLabel: "Các trang của ngăn tác vụ",
  pageBieuMau: "Biểu mẫu",

  templatesLegend: "Biểu mẫu cần chèn",
  "template.thong-tin-chung": "Thông tin chung",
  "template.phu-luc-01": "Phụ lục 01",
  "template.bieu-02": "Biểu 02",
  "template.bieu-03": "Biểu 03",
  "template.phan-cong": "Phân công",
  "templateHint.thong-tin-chung": "Đơn vị, năm, tỷ lệ vốn đối ứng, người ký",
  "templateHint.phu-luc-01": "Kinh phí theo dự án, tiểu dự án và nguồn vốn",
  "templateHint.bieu-02": "Chỉ tiêu giảm nghèo (hộ nghèo, hộ cận nghèo)",
  "templateHint.bieu-03": "Chỉ tiêu dịch vụ xã hội cơ bản",
  "templateHint.phan-cong": "Cơ quan chủ trì từng dự án",

  optionsLegend: "Thông tin kế hoạch",
  programLabel: "Chương trình",
  programOption: "{name} ({from} - {to})",
  yearLabel: "Năm kế hoạch",
  levelLabel: "Cấp lập kế hoạch",
  levelXa: "Cấp xã",
  levelHuyen: "Cấp huyện",
  unitLabel: "Tên đơn vị",
  unitPlaceholder: "ví dụ: xã Ba Dinh",
  provinceLabel: "Tỉnh",
  provincePlaceholder: "ví dụ: Quảng Ngãi",
  planDateLabel: "Ngày ban hành kế hoạch",
  planDateHint: "Không bắt buộc. Kế hoạch ban hành từ ngày 01/7/2025 không có cột ngân sách huyện.",

  errorNoTemplate: "Chọn ít nhất một biểu mẫu.",
  errorProgram: "Chọn chương trình.",
  errorYear: "Năm kế hoạch phải là số từ 2021 đến 2040.",
  errorUnitRequired: "Nhập tên đơn vị, ví dụ: xã Ba Dinh.",
  errorDate: "Ngày không hợp lệ; chọn ngày trong lịch hoặc để trống.",
  errorFormSummary: "Chưa chèn được: hãy sửa các ô được đánh dấu đỏ.",

  insertButton: "Chèn biểu mẫu",
  inserting: "Đang chèn biểu mẫu…",
  connecting: "Đang kết nối với Excel…",
  noExcelTitle: "Chưa kết nối với Excel.",
  noExcelBody:
    "Mở trang này trong Excel (thẻ Trang đầu, nhóm Kế hoạch giảm nghèo, nút Chèn biểu mẫu) để chèn biểu mẫu vào sổ làm việc.",

  insertedTitle: "Đã chèn {count} trang:",
  renamedNote: "đã đổi tên vì trùng",
  insertedNone: "Không có trang nào được chèn.",

  failureTitle: "Không chèn được biểu mẫu.",
  failureHintGeneric:
    "Hãy thoát khỏi ô đang sửa (nhấn Enter), kiểm tra sổ làm việc không bị khóa cấu trúc, rồi bấm Chèn biểu mẫu lần nữa.",
  failureUnknown: "Lỗi không xác định.",

  pageKiemTra: "Kiểm tra",
  checkButton: "Kiểm tra",
  checking: "Đang kiểm tra sổ làm việc…",
  checkNoExcelBody:
    "Mở trang này trong Excel (thẻ Trang đầu, nhóm Kế hoạch giảm nghèo, nút Kiểm tra) để kiểm tra sổ làm việc.",
  countsLabel: "Số phát hiện theo mức độ",
  "severity.error": "Lỗi",
  "severity.warning": "Cảnh báo",
  "severity.info": "Ghi chú",
  "severityCount.error": "Lỗi: {count}",
  "severityCount.warning": "Cảnh báo: {count}",
  "severityCount.info": "Ghi chú: {count}",
  findingsLabel: "Kết quả kiểm tra",
  findingFix: "Cách sửa: {fix}",
  fixButton: "Sửa",
  fixAllButton: "Sửa tất cả lỗi an toàn",
  undoButton: "Hoàn tác",
  noFindings: "Không phát hiện lỗi nào trong sổ làm việc.",
  refusedTitle: "Có {count} cách sửa chưa áp dụng được:",
  checkFailureTitle: "Không kiểm tra được sổ làm việc.",
  checkFailureHint: "Hãy thoát khỏi ô đang sửa (nhấn Enter) rồi bấm Kiểm tra lần nữa.",
  selectFailureTitle: "Không chọn được ô này.",
  selectFailureHint: "Trang tính có thể đã bị xóa, đổi tên hoặc ẩn; hãy bấm Kiểm tra lần nữa.",
} as const;

const vi = { ...core, ...narrative.vi, ...settings.vi, ...fileMode.vi } as const;

export type MessageId = keyof typeof vi;

const coreEn: Record<keyof typeof core, string> = {
  paneTitle: "Poverty reduction plan",
  pagesLabel: "Task pane pages",
  pageBieuMau: "Templates",

  templatesLegend: "Sheets to insert",
  "template.thong-tin-chung": "Thông tin chung (general information)",
  "template.phu-luc-01": "Phụ lục 01 (funds)",
  "template.bieu-02": "Biểu 02 (poverty targets)",
  "template.bieu-03": "Biểu 03 (social service targets)",
  "template.phan-cong": "Phân công (assignments)",
  "templateHint.thong-tin-chung": "Unit, year, counterpart ratio, signer",
  "templateHint.phu-luc-01": "Funds per project, sub-project and source",
  "templateHint.bieu-02": "Poverty reduction targets (poor and near-poor households)",
  "templateHint.bieu-03": "Basic social service targets",
  "templateHint.phan-cong": "Lead office of each project",

  optionsLegend: "Plan details",
  programLabel: "Program",
  programOption: "{name} ({from} - {to})",
  yearLabel: "Plan year",
  levelLabel: "Plan level",
  levelXa: "Commune (xã)",
  levelHuyen: "District (huyện)",
  unitLabel: "Unit name",
  unitPlaceholder: "e.g. xã Ba Dinh",
  provinceLabel: "Province",
  provincePlaceholder: "e.g. Quảng Ngãi",
  planDateLabel: "Date the plan is issued",
  planDateHint: "Optional. Plans issued on or after 1 July 2025 have no district budget column.",

  errorNoTemplate: "Choose at least one sheet.",
  errorProgram: "Choose a program.",
  errorYear: "The plan year must be a number from 2021 to 2040.",
  errorUnitRequired: "Enter the unit name, e.g. xã Ba Dinh.",
  errorDate: "Invalid date; pick one from the calendar or leave it empty.",
  errorFormSummary: "Nothing inserted yet: fix the fields marked in red.",

  insertButton: "Insert templates",
  inserting: "Inserting templates…",
  connecting: "Connecting to Excel…",
  noExcelTitle: "Not connected to Excel.",
  noExcelBody:
    "Open this page in Excel (Home tab, Kế hoạch giảm nghèo group, Chèn biểu mẫu button) to insert the templates into the workbook.",

  insertedTitle: "Inserted {count} sheets:",
  renamedNote: "renamed because the name was taken",
  insertedNone: "No sheet was inserted.",

  failureTitle: "The templates could not be inserted.",
  failureHintGeneric:
    "Leave the cell you are editing (press Enter), check that the workbook structure is not protected, then press Insert templates again.",
  failureUnknown: "Unknown error.",

  pageKiemTra: "Check",
  checkButton: "Check",
  checking: "Checking the workbook…",
  checkNoExcelBody:
    "Open this page in Excel (Home tab, Kế hoạch giảm nghèo group, Kiểm tra button) to check the workbook.",
  countsLabel: "Findings by severity",
  "severity.error": "Errors",
  "severity.warning": "Warnings",
  "severity.info": "Notes",
  "severityCount.error": "Errors: {count}",
  "severityCount.warning": "Warnings: {count}",
  "severityCount.info": "Notes: {count}",
  findingsLabel: "Check results",
  findingFix: "Fix: {fix}",
  fixButton: "Fix",
  fixAllButton: "Apply all safe fixes",
  undoButton: "Undo",
  noFindings: "No problems found in the workbook.",
  refusedTitle: "{count} fixes could not be applied:",
  checkFailureTitle: "The workbook could not be checked.",
  checkFailureHint: "Leave the cell you are editing (press Enter), then press Check again.",
  selectFailureTitle: "This cell could not be selected.",
  selectFailureHint: "The sheet may have been deleted, renamed or hidden; press Check again.",
};

const en: Record<MessageId, string> = { ...coreEn, ...narrative.en, ...settings.en, ...fileMode.en };

export const catalogues: Readonly<Record<Lang, Readonly<Record<MessageId, string>>>> = { vi, en };
