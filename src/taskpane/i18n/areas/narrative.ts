/**
 * Messages of the "Thuyết minh" page: preview, the .docx download, the worksheet and the
 * clipboard, and the guard that asks before writing a plan the check found errors in.
 */
export const vi = {
  pageThuyetMinh: "Thuyết minh",
} as const;

export const en: Record<keyof typeof vi, string> = {
  pageThuyetMinh: "Narrative",
};
