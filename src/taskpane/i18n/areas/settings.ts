/**
 * Messages of the "Cài đặt" page: the plan's program, counterpart group or typed ratio,
 * level split, tolerance and language, stored in the workbook's "Thông tin chung" sheet.
 * The language names themselves come from the sheet's pick list (LANGUAGE_LABELS).
 */
export const vi = {
  pageCaiDat: "Cài đặt",

  settingsNoWorkbookTitle: "Chưa có sổ làm việc.",
  settingsNoWorkbookBody:
    "Mở trang này trong Excel, hoặc mở một tệp Excel, để xem và sửa cài đặt của kế hoạch.",
  settingsLoading: "Đang đọc cài đặt từ sổ làm việc…",
  settingsNoSheetTitle: "Sổ làm việc chưa có trang Thông tin chung.",
  settingsNoSheetBody:
    "Cài đặt của kế hoạch được lưu trong trang “Thông tin chung” để đi cùng tệp. Hãy chèn trang này ở trang Biểu mẫu trước.",
  settingsNoSheetButton: "Chèn Thông tin chung",
  settingsIntro: "Các cài đặt này được lưu trong trang “{sheet}” của sổ làm việc, nên đi cùng tệp.",

  settingsProgramLabel: "Chương trình",
  settingsProgramChanged:
    "Các biểu đã chèn được lập theo danh mục dự án của chương trình cũ; đổi chương trình ở đây không đổi các dòng của Phụ lục 01. Nếu cần, hãy chèn biểu mẫu mới ở trang Biểu mẫu.",
  settingsRatioLabel: "Tỷ lệ vốn đối ứng tối thiểu (NSĐP so với NSTW)",
  settingsGroupOption: "{label} — tối thiểu {ratio}",
  settingsCustomOption: "Tự nhập tỷ lệ",
  settingsNoGroups: "Chương trình này chưa có nhóm tỉnh; hãy tự nhập tỷ lệ.",
  settingsCustomRatioLabel: "Tỷ lệ tối thiểu tự nhập",
  settingsCustomRatioHint: "Ví dụ: 15 hoặc 15,5 (tức 15% hoặc 15,5% của NSTW).",
  settingsSplitLegend: "Phần đối ứng của từng cấp ngân sách (so với NSTW)",
  settingsSplitHint: "Theo nghị quyết của HĐND tỉnh; để trống nghĩa là 0%.",
  settingsSplitTinh: "Ngân sách tỉnh",
  settingsSplitHuyen: "Ngân sách huyện",
  settingsSplitXa: "Ngân sách xã",
  settingsSplitDiffers:
    "Các phần cộng lại {sum}, khác tỷ lệ tối thiểu {ratio}: khi đó mức tối thiểu được tính chung bằng NSTW × {ratio}, không theo từng cấp.",
  settingsToleranceLabel: "Sai số cho phép khi cộng tổng (triệu đồng)",
  settingsToleranceHint:
    "Khi kiểm tra, dòng tổng chênh lệch với tổng các phần ít hơn mức này được coi là khớp. Để trống để dùng mức tự động {automatic} triệu đồng.",
  settingsTolerancePlaceholder: "Tự động ({automatic})",
  settingsLanguageLabel: "Ngôn ngữ của ngăn tác vụ",
  settingsMissingRow:
    "Trang Thông tin chung này được lập trước khi có dòng cài đặt này nên chưa lưu được; hãy chèn trang Thông tin chung mới nếu cần.",

  settingsErrorPercent: "Nhập tỷ lệ từ 0 đến 100, ví dụ 15 hoặc 15,5.",
  settingsErrorGroup: "Chọn nhóm tỉnh, hoặc chọn Tự nhập tỷ lệ.",
  settingsErrorTolerance:
    "Nhập sai số là số không âm, đơn vị triệu đồng, ví dụ 0,5; để trống để dùng mức tự động.",
  settingsErrorSummary: "Chưa lưu: hãy sửa các ô được đánh dấu đỏ.",

  settingsSaveButton: "Lưu cài đặt",
  settingsSaving: "Đang lưu cài đặt…",
  settingsUndoing: "Đang hoàn tác…",
  settingsSaved: "Đã lưu",
  settingsSavedCells: "Đã ghi {count} ô trên trang “{sheet}”.",
  settingsUndone: "Đã hoàn tác: các ô cài đặt trở lại như trước khi lưu.",
  settingsUnchanged: "Không có thay đổi nào để lưu.",

  settingsRefusedTitle: "Chưa lưu được cài đặt:",
  settingsUndoRefusedTitle: "Chưa hoàn tác được:",
  settingsRefusedChanged:
    "Ô {cell} trên trang “{sheet}” đã thay đổi sau khi trang Cài đặt đọc sổ làm việc, nên chưa ghi gì. Trang đã đọc lại giá trị hiện có; hãy sửa lại rồi lưu.",
  settingsRefusedProtected:
    "Trang “{sheet}” đang được bảo vệ nên không ghi được ô {cells}; hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi lưu lại.",
  settingsRefusedMissing: "Sổ làm việc không còn trang “{sheet}”; hãy chèn lại trang Thông tin chung.",

  settingsLoadFailureTitle: "Không đọc được cài đặt từ sổ làm việc.",
  settingsSaveFailureTitle: "Không lưu được cài đặt.",
  settingsFailureHint: "Hãy thoát khỏi ô đang sửa (nhấn Enter) rồi thử lại.",
} as const;

export const en: Record<keyof typeof vi, string> = {
  pageCaiDat: "Settings",

  settingsNoWorkbookTitle: "No workbook yet.",
  settingsNoWorkbookBody:
    "Open this page in Excel, or open an Excel file, to see and change the plan's settings.",
  settingsLoading: "Reading the settings from the workbook…",
  settingsNoSheetTitle: "The workbook has no Thông tin chung sheet.",
  settingsNoSheetBody:
    "The plan's settings are kept on the “Thông tin chung” (general information) sheet so they travel with the file. Insert that sheet on the Templates page first.",
  settingsNoSheetButton: "Insert Thông tin chung",
  settingsIntro: "These settings are kept on the workbook's “{sheet}” sheet, so they travel with the file.",

  settingsProgramLabel: "Program",
  settingsProgramChanged:
    "The inserted sheets follow the project list of the previous program; changing the program here does not change the rows of Phụ lục 01. If needed, insert new templates on the Templates page.",
  settingsRatioLabel: "Minimum counterpart ratio (local budget to central budget)",
  settingsGroupOption: "{label} — at least {ratio}",
  settingsCustomOption: "Type a ratio",
  settingsNoGroups: "This program has no province groups yet; type the ratio.",
  settingsCustomRatioLabel: "Minimum ratio typed",
  settingsCustomRatioHint: "For example 15 or 15,5 (15% or 15.5% of the central budget).",
  settingsSplitLegend: "Counterpart share of each budget level (of the central budget)",
  settingsSplitHint: "As set by the provincial People's Council; empty means 0%.",
  settingsSplitTinh: "Provincial budget",
  settingsSplitHuyen: "District budget",
  settingsSplitXa: "Commune budget",
  settingsSplitDiffers:
    "The shares add up to {sum}, not the minimum ratio {ratio}: the minimum is then central budget × {ratio} as a whole, not per level.",
  settingsToleranceLabel: "Tolerance of sums (million dong)",
  settingsToleranceHint:
    "When checking, a total that differs from the sum of its parts by less than this counts as equal. Leave empty for the automatic {automatic} million dong.",
  settingsTolerancePlaceholder: "Automatic ({automatic})",
  settingsLanguageLabel: "Task pane language",
  settingsMissingRow:
    "This Thông tin chung sheet was made before this setting existed, so it cannot be saved; insert a new Thông tin chung sheet if needed.",

  settingsErrorPercent: "Enter a ratio from 0 to 100, e.g. 15 or 15,5.",
  settingsErrorGroup: "Choose a province group, or choose Type a ratio.",
  settingsErrorTolerance:
    "Enter a tolerance of 0 or more, in million dong, e.g. 0,5; leave empty for the automatic one.",
  settingsErrorSummary: "Not saved: correct the fields marked in red.",

  settingsSaveButton: "Save settings",
  settingsSaving: "Saving the settings…",
  settingsUndoing: "Undoing…",
  settingsSaved: "Saved",
  settingsSavedCells: "Wrote {count} cells on the “{sheet}” sheet.",
  settingsUndone: "Undone: the settings cells are back as they were before saving.",
  settingsUnchanged: "Nothing changed, nothing to save.",

  settingsRefusedTitle: "The settings could not be saved:",
  settingsUndoRefusedTitle: "Could not undo:",
  settingsRefusedChanged:
    "Cell {cell} on the “{sheet}” sheet changed after the Settings page read the workbook, so nothing was written. The page has read the current values again; make your changes again and save.",
  settingsRefusedProtected:
    "The “{sheet}” sheet is protected, so cells {cells} could not be written; unprotect it (Review > Unprotect Sheet) and save again.",
  settingsRefusedMissing: "The workbook no longer has the “{sheet}” sheet; insert Thông tin chung again.",

  settingsLoadFailureTitle: "The settings could not be read from the workbook.",
  settingsSaveFailureTitle: "The settings could not be saved.",
  settingsFailureHint: "Leave the cell you are editing (press Enter), then try again.",
};
