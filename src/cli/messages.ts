/**
 * Every line the command line prints, in Vietnamese (default) and English.
 * Placeholders are {name}; both catalogues must have the same keys (a test checks).
 */

export type Lang = "vi" | "en";

const vi = {
  usage: [
    "Cách dùng:",
    '  kehoach new -o TỆP.xlsx [--program MÃ] [--year NĂM] [--unit "xã …"] [--level xa|huyen] [--province TỈNH] [--date YYYY-MM-DD]',
    "      Tạo sổ Excel mới có các biểu mẫu chuẩn (Thông tin chung, Phụ lục 01, Biểu 02, Biểu 03, Phân công).",
    "  kehoach validate TỆP.xlsx [--json]",
    "      Kiểm tra sổ kế hoạch (tổng, công thức, vốn đối ứng, chỉ tiêu) mà không sửa tệp. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.",
    "  kehoach narrative TỆP.xlsx (-o KẾ-HOẠCH.docx | -o BẢN-SAO.xlsx | --text)",
    '      Viết thuyết minh Kế hoạch từ số liệu trong sổ: Word theo Nghị định 30, bản sao của sổ có thêm trang "Thuyết minh" (tệp gốc không bị sửa), hoặc văn bản thường. Không ghi đè tệp có sẵn. Mã thoát như validate.',
    "  kehoach programs",
    "      Liệt kê các chương trình (mã dùng cho --program).",
    "Tùy chọn chung: --lang vi|en",
  ].join("\n"),
  unknownCommand: 'Lệnh không hợp lệ: {command}. Gõ "kehoach help" để xem cách dùng.',
  unknownOption: "Tùy chọn không hợp lệ: {option}.",
  missingValue: "Tùy chọn {option} cần một giá trị.",
  missingOutput: "Thiếu tệp kết quả: dùng -o TỆP.xlsx.",
  outputNotXlsx: "Tệp kết quả phải có đuôi .xlsx: {file}.",
  outputExists: "Tệp {file} đã tồn tại; lệnh new không ghi đè. Hãy chọn tên khác.",
  badYear: "Năm không hợp lệ: {value} (cần từ 2021 đến 2040).",
  badLevel: "Cấp không hợp lệ: {value} (dùng xa hoặc huyen).",
  badDate: "Ngày không hợp lệ: {value} (dùng dạng YYYY-MM-DD).",
  unknownProgram: 'Không có chương trình mã "{program}". Các mã hiện có: {known}.',
  noProgramForYear: "Không có chương trình nào áp dụng cho năm {year}; dùng --program để chọn.",
  fileError: "{message}",
  "file.missing": "Không mở được {file}: không có tệp này.",
  "file.folder": "Không mở được {file}: đây là thư mục, không phải tệp.",
  "file.unreadable": "Không mở được {file}: không có quyền đọc.",
  "file.empty": "Không mở được {file}: tệp rỗng (0 byte).",
  "file.legacy-xls":
    "Không mở được {file}: đây là tệp Excel 97-2003 (.xls); hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng Excel Workbook (.xlsx).",
  "file.not-a-workbook": "Không mở được {file}: đây không phải sổ Excel (.xlsx).",
  "file.truncated":
    "Không mở được {file}: tệp bị thiếu (có thể do sao chép hoặc tải về bị ngắt); hãy sao chép lại từ bản gốc.",
  "file.damaged": "Không mở được {file}: tệp bị hỏng.",
  "file.encrypted":
    "Không mở được {file}: tệp có mật khẩu mở; hãy gỡ mật khẩu trong Excel (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại.",
  "file.not-writable": "Không ghi được {file}: {reason}",
  created: "Đã tạo {file} với các trang: {sheets}.",
  programLine: "{id}  {name} ({from}–{to})",
  narrativeOutputOrText: "Dùng đúng một trong ba: -o KẾ-HOẠCH.docx, -o BẢN-SAO.xlsx hoặc --text.",
  narrativeOutputKind: "Tệp kết quả phải có đuôi .docx (Word) hoặc .xlsx (bản sao của sổ): {file}.",
  narrativeOutputIsInput:
    "Tệp kết quả {file} chính là tệp đầu vào; tệp đầu vào không bao giờ bị ghi. Hãy chọn tên khác.",
  narrativeOutputExists: "Tệp {file} đã tồn tại; lệnh narrative không ghi đè. Hãy chọn tên khác.",
  outputNotWritable: "Không ghi được {file}: {reason}",
  narrativeInput: "Không viết được thuyết minh từ {file}: {reason}",
  narrativeWritten: "Đã viết {file} (số lỗi còn trong bảng tính: {errors}).",
  narrativeSheetWritten:
    "Đã viết {file}: bản sao của sổ có thêm trang {sheet} (số lỗi còn trong bảng tính: {errors}).",
  internalError: "Lỗi không mong đợi: {message}",
  missingInput: "Thiếu tệp cần kiểm tra: kehoach validate TỆP.xlsx.",
  extraArgument: "Thừa tham số: {argument} (mỗi lần chỉ kiểm tra một tệp).",
  "report.header": "Kết quả kiểm tra {file}",
  "report.sheet": "Trang {sheet}:",
  "report.none": "Không phát hiện lỗi, cảnh báo hay thông tin nào.",
  "report.fix": "(sửa được: {fix})",
  "report.suggestion": "(gợi ý: {suggestion})",
  "severity.error": "Lỗi",
  "severity.warning": "Cảnh báo",
  "severity.info": "Thông tin",
  "count.errors.one": "{count} lỗi",
  "count.errors.other": "{count} lỗi",
  "count.warnings.one": "{count} cảnh báo",
  "count.warnings.other": "{count} cảnh báo",
  "count.infos.one": "{count} thông tin",
  "count.infos.other": "{count} thông tin",
} as const;

export type MessageId = keyof typeof vi;

const en: Record<MessageId, string> = {
  usage: [
    "Usage:",
    '  kehoach new -o FILE.xlsx [--program ID] [--year YEAR] [--unit "xã …"] [--level xa|huyen] [--province NAME] [--date YYYY-MM-DD]',
    "      Create a new workbook with the standard sheets (Thông tin chung, Phụ lục 01, Biểu 02, Biểu 03, Phân công).",
    "  kehoach validate FILE.xlsx [--json]",
    "      Check a plan workbook (totals, formulas, counterpart funds, targets) without changing the file. Exit code: 0 no errors, 1 errors, 2 the file cannot be read.",
    "  kehoach narrative FILE.xlsx (-o PLAN.docx | -o COPY.xlsx | --text)",
    '      Write the plan narrative from the workbook\'s figures: Word laid out per Nghị định 30, a copy of the workbook with a "Thuyết minh" sheet added (the input file is not changed), or plain text. Never overwrites a file. Exit codes as for validate.',
    "  kehoach programs",
    "      List the programs (ids for --program).",
    "Common option: --lang vi|en",
  ].join("\n"),
  unknownCommand: 'Unknown command: {command}. Run "kehoach help" for usage.',
  unknownOption: "Unknown option: {option}.",
  missingValue: "Option {option} needs a value.",
  missingOutput: "No output file: use -o FILE.xlsx.",
  outputNotXlsx: "The output file must end in .xlsx: {file}.",
  outputExists: "{file} already exists; new never overwrites. Choose another name.",
  badYear: "Invalid year: {value} (expected 2021 to 2040).",
  badLevel: "Invalid level: {value} (use xa or huyen).",
  badDate: "Invalid date: {value} (use YYYY-MM-DD).",
  unknownProgram: 'No program with id "{program}". Known ids: {known}.',
  noProgramForYear: "No program covers {year}; choose one with --program.",
  fileError: "{message}",
  "file.missing": "Cannot open {file}: no such file.",
  "file.folder": "Cannot open {file}: it is a folder, not a file.",
  "file.unreadable": "Cannot open {file}: permission denied.",
  "file.empty": "Cannot open {file}: the file is empty (0 bytes).",
  "file.legacy-xls":
    "Cannot open {file}: it is an Excel 97-2003 file (.xls); open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).",
  "file.not-a-workbook": "Cannot open {file}: it is not an Excel workbook (.xlsx).",
  "file.truncated":
    "Cannot open {file}: the file is incomplete (probably cut off while copying or downloading); copy it again from the original.",
  "file.damaged": "Cannot open {file}: the file is damaged.",
  "file.encrypted":
    "Cannot open {file}: it has a password to open; remove it in Excel (File > Info > Protect Workbook) and save again.",
  "file.not-writable": "Cannot save {file}: {reason}",
  created: "Created {file} with sheets: {sheets}.",
  programLine: "{id}  {name} ({from}–{to})",
  narrativeOutputOrText: "Use exactly one of -o PLAN.docx, -o COPY.xlsx or --text.",
  narrativeOutputKind: "The output file must end in .docx (Word) or .xlsx (a copy of the workbook): {file}.",
  narrativeOutputIsInput: "The output {file} is the input file, which is never written; choose another name.",
  narrativeOutputExists: "{file} already exists; narrative never overwrites. Choose another name.",
  outputNotWritable: "Cannot save {file}: {reason}",
  narrativeInput: "Cannot write the narrative from {file}: {reason}",
  narrativeWritten: "Wrote {file} (errors left in the workbook: {errors}).",
  narrativeSheetWritten:
    "Wrote {file}: a copy of the workbook with the sheet {sheet} added (errors left in the workbook: {errors}).",
  internalError: "Unexpected error: {message}",
  missingInput: "No file to check: kehoach validate FILE.xlsx.",
  extraArgument: "Unexpected argument: {argument} (validate checks one file at a time).",
  "report.header": "Findings in {file}",
  "report.sheet": "Sheet {sheet}:",
  "report.none": "No errors, warnings or notes.",
  "report.fix": "(fixable: {fix})",
  "report.suggestion": "(suggested: {suggestion})",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",
  "count.errors.one": "{count} error",
  "count.errors.other": "{count} errors",
  "count.warnings.one": "{count} warning",
  "count.warnings.other": "{count} warnings",
  "count.infos.one": "{count} note",
  "count.infos.other": "{count} notes",
};

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageId, string>>>> = { vi, en };

export function renderMessage(
  lang: Lang,
  id: MessageId,
  data: Readonly<Record<string, string | number>> = {},
): string {
  return CATALOGUES[lang][id].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

/** Reasons a save fails, by the operating system's error code. */
export const SAVE_REASONS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  vi: {
    ENOENT: "thư mục không tồn tại.",
    ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục.",
    EISDIR: "đó là một thư mục.",
    EACCES: "không có quyền ghi (tệp hoặc thư mục chỉ đọc, hoặc tệp đang mở trong chương trình khác).",
    EPERM: "không có quyền ghi (tệp hoặc thư mục chỉ đọc, hoặc tệp đang mở trong chương trình khác).",
    EBUSY: "tệp đang mở trong chương trình khác; hãy đóng lại rồi thử lại.",
    EROFS: "ổ đĩa chỉ cho phép đọc.",
    ENOSPC: "ổ đĩa đã đầy.",
  },
  en: {
    ENOENT: "the folder does not exist.",
    ENOTDIR: "part of the path is a file, not a folder.",
    EISDIR: "it is a folder.",
    EACCES: "permission denied (read-only file or folder, or the file is open in another program).",
    EPERM: "permission denied (read-only file or folder, or the file is open in another program).",
    EBUSY: "the file is open in another program; close it and try again.",
    EROFS: "the disk is read-only.",
    ENOSPC: "the disk is full.",
  },
};
