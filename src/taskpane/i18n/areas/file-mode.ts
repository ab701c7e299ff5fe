/**
 * Messages of browser mode, where the pane works on an .xlsx file opened from the computer
 * instead of the workbook open in Excel: opening, dropping and downloading the file.
 */
export const vi = {
  openFileLabel: "Mở tệp Excel",
} as const;

export const en: Record<keyof typeof vi, string> = {
  openFileLabel: "Open Excel file",
};
