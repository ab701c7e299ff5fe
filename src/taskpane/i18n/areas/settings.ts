/**
 * Messages of the "Cài đặt" page: the plan's program, counterpart group or typed ratio,
 * level split, tolerance and language, stored in the workbook's "Thông tin chung" sheet.
 */
export const vi = {
  pageCaiDat: "Cài đặt",
} as const;

export const en: Record<keyof typeof vi, string> = {
  pageCaiDat: "Settings",
};
