/**
 * Messages of browser mode, where the pane works on an .xlsx file opened from the computer
 * instead of the workbook open in Excel: opening, dropping and downloading the file, why a
 * file cannot be opened, and what a cell click does without a grid. Also the shell parts
 * that came with it: the language switch, a page still loading, and taking back an
 * insertion ("Hoàn tác").
 */
export const vi = {
  openFileLabel: "Mở tệp Excel",
  fileModeTitle: "Làm việc trên tệp Excel trong máy",
  fileModeIntro:
    "Trang này đang mở ngoài Excel. Hãy mở tệp Excel (.xlsx) của kế hoạch để chèn biểu mẫu, kiểm tra, sửa lỗi và soạn thuyết minh ngay trong trình duyệt.",
  dropHint: "Kéo tệp .xlsx thả vào đây, hoặc bấm nút để chọn tệp.",
  dropActive: "Thả tệp vào đây để mở.",
  originalKept:
    "Tệp gốc trong máy không bị thay đổi: mọi sửa đổi chỉ nằm trong trình duyệt cho đến khi bạn bấm “Tải sổ làm việc” để lưu thành một tệp mới. Tệp không được gửi lên mạng.",
  openingFile: "Đang mở tệp “{fileName}”…",
  openFailedTitle: "Không mở được tệp “{fileName}”.",
  "openProblem.empty":
    "Tệp “{fileName}” trống (0 byte). Hãy chọn lại đúng tệp kế hoạch, hoặc chép lại tệp từ bản gốc.",
  "openProblem.truncated":
    "Tệp “{fileName}” không đầy đủ, có thể bị cắt ngang khi sao chép hoặc tải về. Hãy chép hoặc tải lại tệp từ bản gốc rồi mở lại.",
  "openProblem.encrypted":
    "Tệp “{fileName}” có mật khẩu mở tệp. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi mở lại ở đây.",
  "openProblem.legacy-xls":
    "Tệp “{fileName}” là tệp Excel 97-2003 (.xls) kiểu cũ. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành kiểu Sổ làm việc Excel (.xlsx), rồi mở tệp .xlsx đó.",
  "openProblem.not-a-workbook":
    "Tệp “{fileName}” không phải sổ làm việc Excel (.xlsx). Hãy chọn tệp Excel của kế hoạch, có đuôi .xlsx.",
  "openProblem.damaged":
    "Tệp “{fileName}” bị hỏng nên không đọc được. Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa), lưu lại rồi mở lại ở đây.",
  "openProblem.unreadable":
    "Trình duyệt không đọc được tệp “{fileName}”. Hãy kiểm tra tệp vẫn còn trong máy và không bị chương trình khác khóa, rồi chọn lại.",
  openFailureHint: "Hãy chọn lại tệp; nếu vẫn không được, hãy tải lại trang rồi mở tệp lần nữa.",

  fileBarLabel: "Tệp đang mở",
  openFileName: "Tệp đang mở: {fileName}",
  unsavedChanges: "Có thay đổi chưa tải về.",
  downloadButton: "Tải sổ làm việc",
  downloading: "Đang tạo tệp để tải về…",
  downloaded: "Đã tạo tệp “{fileName}”; trình duyệt lưu tệp vào thư mục Tải về.",
  downloadFailedTitle: "Không tạo được tệp để tải về.",
  downloadFailureHint: "Hãy bấm “Tải sổ làm việc” lần nữa; nếu vẫn lỗi, hãy tải lại trang và mở lại tệp gốc.",
  openOtherButton: "Mở tệp khác",
  openOtherConfirm: "Các thay đổi trên tệp “{fileName}” chưa được tải về sẽ mất khi mở tệp khác.",
  openOtherProceed: "Vẫn mở tệp khác",
  openOtherCancel: "Ở lại tệp này",

  openFileHint:
    "Hoặc mở tệp Excel (.xlsx) của kế hoạch bằng nút “Mở tệp Excel” ở trên để làm việc ngay trong trình duyệt.",
  cellNotSelectedTitle: "Ô {cell}, trang “{sheet}”",
  cellNotSelectedBody:
    "Trong trình duyệt không có bảng tính để chọn ô. Hãy tìm ô này khi mở tệp đã tải về bằng Excel, hoặc dùng nút Sửa.",

  languageLabel: "Ngôn ngữ",
  pageLoading: "Đang tải trang…",

  undoInsertButton: "Hoàn tác",
  undoInsertTitle: "Xóa {count} trang vừa chèn?",
  undoInsertBody: "Số liệu đã nhập vào các trang này sẽ mất và không lấy lại được.",
  undoInsertProceed: "Xóa các trang",
  undoInsertCancel: "Giữ lại",
  removingSheets: "Đang xóa các trang vừa chèn…",
  removedSheets: "Đã xóa {count} trang vừa chèn.",
  undoInsertFailureTitle: "Không xóa được các trang vừa chèn.",
  undoInsertFailureHint:
    "Hãy thoát khỏi ô đang sửa (nhấn Enter), kiểm tra sổ làm việc không bị khóa cấu trúc, rồi bấm Hoàn tác lần nữa, hoặc xóa các trang bằng tay.",
} as const;

export const en: Record<keyof typeof vi, string> = {
  openFileLabel: "Open Excel file",
  fileModeTitle: "Working on an Excel file from this computer",
  fileModeIntro:
    "This page is open outside Excel. Open the plan's Excel file (.xlsx) to insert templates, check, fix and write the narrative right in the browser.",
  dropHint: "Drag an .xlsx file here, or press the button to choose one.",
  dropActive: "Drop the file here to open it.",
  originalKept:
    "The original file on your computer is never changed: every change stays in the browser until you press “Download workbook”, which saves a new file. Nothing is sent over the network.",
  openingFile: "Opening “{fileName}”…",
  openFailedTitle: "“{fileName}” could not be opened.",
  "openProblem.empty":
    "“{fileName}” is empty (0 bytes). Choose the right plan file, or copy it again from the original.",
  "openProblem.truncated":
    "“{fileName}” is incomplete, probably cut off while copying or downloading. Copy or download it again from the original, then open it.",
  "openProblem.encrypted":
    "“{fileName}” has a password to open. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, then open it here.",
  "openProblem.legacy-xls":
    "“{fileName}” is an old Excel 97-2003 file (.xls). Open it in Excel or LibreOffice, save it as Excel Workbook (.xlsx), then open that .xlsx file.",
  "openProblem.not-a-workbook":
    "“{fileName}” is not an Excel workbook (.xlsx). Choose the plan's Excel file, ending in .xlsx.",
  "openProblem.damaged":
    "“{fileName}” is damaged and cannot be read. Open it in Excel (Excel offers to repair it), save it, then open it here again.",
  "openProblem.unreadable":
    "The browser could not read “{fileName}”. Check that the file is still on the computer and not locked by another program, then choose it again.",
  openFailureHint: "Choose the file again; if that fails, reload the page and open the file once more.",

  fileBarLabel: "Open file",
  openFileName: "Open file: {fileName}",
  unsavedChanges: "There are changes not downloaded yet.",
  downloadButton: "Download workbook",
  downloading: "Making the file to download…",
  downloaded: "Made “{fileName}”; the browser saves it in your Downloads folder.",
  downloadFailedTitle: "The file to download could not be made.",
  downloadFailureHint:
    "Press “Download workbook” again; if it still fails, reload the page and open the original file again.",
  openOtherButton: "Open another file",
  openOtherConfirm:
    "Changes to “{fileName}” that were not downloaded will be lost when you open another file.",
  openOtherProceed: "Open another file anyway",
  openOtherCancel: "Stay with this file",

  openFileHint:
    "Or open the plan's Excel file (.xlsx) with the “Open Excel file” button above to work right in the browser.",
  cellNotSelectedTitle: "Cell {cell}, sheet “{sheet}”",
  cellNotSelectedBody:
    "In the browser there is no grid to select the cell in. Find it when you open the downloaded file in Excel, or use the Fix button.",

  languageLabel: "Language",
  pageLoading: "Loading the page…",

  undoInsertButton: "Undo",
  undoInsertTitle: "Delete the {count} sheets just inserted?",
  undoInsertBody: "Anything typed into these sheets will be lost for good.",
  undoInsertProceed: "Delete the sheets",
  undoInsertCancel: "Keep them",
  removingSheets: "Deleting the sheets just inserted…",
  removedSheets: "Deleted the {count} sheets just inserted.",
  undoInsertFailureTitle: "The sheets just inserted could not be deleted.",
  undoInsertFailureHint:
    "Leave the cell you are editing (press Enter), check that the workbook structure is not protected, then press Undo again, or delete the sheets by hand.",
};
