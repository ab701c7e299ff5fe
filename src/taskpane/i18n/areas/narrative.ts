/**
 * Messages of the "Thuyết minh" page: preview, the .docx download, the worksheet and the
 * clipboard, and the guard that asks before writing a plan the check found errors in.
 */
export const vi = {
  pageThuyetMinh: "Thuyết minh",

  narrativeButton: "Tạo thuyết minh",
  narrativePreparing: "Đang đọc sổ làm việc và soạn thuyết minh…",
  narrativeIntro:
    "Nhấn “Tạo thuyết minh” để soạn bản thuyết minh kế hoạch từ số liệu trong sổ làm việc. Mỗi con số trong bản xem trước dẫn về ô chứa nó: nhấn vào số để chọn ô đó.",
  narrativeNoWorkbookTitle: "Chưa có sổ làm việc để soạn thuyết minh.",
  narrativeNoWorkbookBody:
    "Mở trang này trong Excel (thẻ Trang đầu, nhóm Kế hoạch giảm nghèo, nút Thuyết minh), hoặc mở tệp Excel (.xlsx) của kế hoạch bằng nút “Mở tệp Excel”. Sổ làm việc chưa có các trang của kế hoạch thì hãy chèn biểu mẫu ở trang Biểu mẫu trước.",
  narrativeNoPlanTitle: "Sổ làm việc chưa có đủ trang để soạn thuyết minh.",
  narrativeToBieuMau: "Mở trang Biểu mẫu",

  guardTitle: "Sổ làm việc còn {count} lỗi",
  guardBody:
    "Thuyết minh vẫn được soạn, nhưng sẽ mở đầu bằng danh sách các lỗi này để không ai ký một kế hoạch có số liệu sai mà không biết:",
  guardMore: "… và {count} lỗi khác.",
  guardProceed: "Vẫn tạo thuyết minh",
  guardReview: "Xem lỗi",
  guardCancel: "Hủy",

  narrativeActionsLabel: "Dùng bản thuyết minh",
  narrativeDownload: "Tải tệp Word (.docx)",
  narrativeDownloading: "Đang tạo tệp Word…",
  narrativeDownloaded:
    "Đã tạo tệp “{fileName}” trong thư mục Tải về. Không thấy tệp (Excel trên máy Mac không tải được từ ngăn tác vụ) thì hãy dùng “Ghi trang Thuyết minh”.",
  narrativeWriteSheet: "Ghi trang Thuyết minh",
  narrativeWritingSheet: "Đang ghi trang thuyết minh…",
  narrativeSheetWritten: "Đã ghi thuyết minh vào trang “{sheet}”.",
  narrativeSheetRemoved: "Đã xóa trang “{sheet}”.",
  narrativeRemovingSheet: "Đang xóa trang thuyết minh…",
  narrativeUndoSheet: "Hoàn tác",
  narrativeUndoSheetLabel: "Hoàn tác: xóa trang “{sheet}”",
  narrativeCopy: "Sao chép văn bản",
  narrativeCopied: "Đã sao chép văn bản thuyết minh; dán vào Word bằng Ctrl+V.",
  narrativeCopyFailedTitle: "Không sao chép được văn bản.",
  narrativeCopyFailedBody:
    "Ứng dụng không cho phép dùng bộ nhớ tạm. Hãy tải tệp Word (.docx), hoặc bôi đen bản xem trước rồi nhấn Ctrl+C.",

  previewLabel: "Bản xem trước thuyết minh",
  previewWarningLabel: "Lỗi trong sổ làm việc",
  figureLabel: "{value}, ô {cells}",
  figureCellShown: "Số {value} lấy từ ô {cells}.",

  narrativeFailureTitle: "Không soạn được thuyết minh.",
  narrativeFailureHint: "Hãy thoát khỏi ô đang sửa (nhấn Enter) rồi bấm Tạo thuyết minh lần nữa.",
  docxFailureTitle: "Không tạo được tệp Word.",
  docxFailureHint:
    "Nếu mạng chậm hoặc mất kết nối, phần tạo tệp Word chưa tải xong: hãy kiểm tra mạng rồi bấm Tải tệp Word lần nữa, hoặc dùng Sao chép văn bản.",
  sheetFailureTitle: "Không ghi được trang thuyết minh.",
  sheetFailureHint:
    "Hãy thoát khỏi ô đang sửa (nhấn Enter), kiểm tra sổ làm việc không bị khóa cấu trúc, rồi bấm Ghi trang Thuyết minh lần nữa.",
  undoSheetFailureTitle: "Không xóa được trang thuyết minh.",
  undoSheetFailureHint:
    "Hãy thoát khỏi ô đang sửa (nhấn Enter) rồi bấm Hoàn tác lần nữa, hoặc xóa trang bằng tay.",
  figureFailureTitle: "Không chọn được ô của số này.",
  figureFailureHint: "Trang tính có thể đã bị xóa, đổi tên hoặc ẩn; hãy bấm Tạo thuyết minh lần nữa.",
} as const;

export const en: Record<keyof typeof vi, string> = {
  pageThuyetMinh: "Narrative",

  narrativeButton: "Write the narrative",
  narrativePreparing: "Reading the workbook and writing the narrative…",
  narrativeIntro:
    "Press “Write the narrative” to write the plan's narrative from the figures in the workbook. Every number in the preview leads to the cell holding it: click a number to select that cell.",
  narrativeNoWorkbookTitle: "No workbook to write the narrative from.",
  narrativeNoWorkbookBody:
    "Open this page in Excel (Home tab, Kế hoạch giảm nghèo group, Thuyết minh button), or open the plan's Excel file (.xlsx) with the “Open Excel file” button. If the workbook has no plan sheets yet, insert the templates on the Templates page first.",
  narrativeNoPlanTitle: "The workbook lacks the sheets the narrative needs.",
  narrativeToBieuMau: "Open the Templates page",

  guardTitle: "The workbook still has {count} errors",
  guardBody:
    "The narrative will still be written, but it will open with the list of these errors so nobody signs a plan with wrong figures without knowing:",
  guardMore: "… and {count} more.",
  guardProceed: "Write it anyway",
  guardReview: "See the errors",
  guardCancel: "Cancel",

  narrativeActionsLabel: "Use the narrative",
  narrativeDownload: "Download Word file (.docx)",
  narrativeDownloading: "Making the Word file…",
  narrativeDownloaded:
    "Made “{fileName}” in your Downloads folder. No file there (Excel on a Mac cannot download from the task pane)? Use “Write the Thuyết minh sheet”.",
  narrativeWriteSheet: "Write the Thuyết minh sheet",
  narrativeWritingSheet: "Writing the narrative sheet…",
  narrativeSheetWritten: "Wrote the narrative to the sheet “{sheet}”.",
  narrativeSheetRemoved: "Deleted the sheet “{sheet}”.",
  narrativeRemovingSheet: "Deleting the narrative sheet…",
  narrativeUndoSheet: "Undo",
  narrativeUndoSheetLabel: "Undo: delete the sheet “{sheet}”",
  narrativeCopy: "Copy text",
  narrativeCopied: "Copied the narrative's text; paste it into Word with Ctrl+V.",
  narrativeCopyFailedTitle: "The text could not be copied.",
  narrativeCopyFailedBody:
    "The application does not allow the clipboard. Download the Word file (.docx), or select the preview and press Ctrl+C.",

  previewLabel: "Narrative preview",
  previewWarningLabel: "Errors in the workbook",
  figureLabel: "{value}, cell {cells}",
  figureCellShown: "The number {value} comes from cell {cells}.",

  narrativeFailureTitle: "The narrative could not be written.",
  narrativeFailureHint: "Leave the cell you are editing (press Enter), then press Write the narrative again.",
  docxFailureTitle: "The Word file could not be made.",
  docxFailureHint:
    "On a slow or lost connection the Word part may not have loaded: check the network and press Download Word file again, or use Copy text.",
  sheetFailureTitle: "The narrative sheet could not be written.",
  sheetFailureHint:
    "Leave the cell you are editing (press Enter), check that the workbook structure is not protected, then press Write the Thuyết minh sheet again.",
  undoSheetFailureTitle: "The narrative sheet could not be deleted.",
  undoSheetFailureHint:
    "Leave the cell you are editing (press Enter) and press Undo again, or delete the sheet by hand.",
  figureFailureTitle: "The cell of this number could not be selected.",
  figureFailureHint: "The sheet may have been deleted, renamed or hidden; press Write the narrative again.",
};
