/**
 * Which Excel can run which action. Inserting sheets uses page layout and print titles
 * (ExcelApi 1.9); reading a workbook needs defined names and null-object lookups (1.4).
 * Older Excel (2016 and 2019 bought outright) fails half-way with an obscure error, so we
 * check first and tell the user, in Vietnamese, what to do instead.
 */
import type { RequirementSetSupport } from "./excel-api";

export type ExcelAction = "insert" | "read";

export const REQUIRED_API_VERSION: Readonly<Record<ExcelAction, string>> = {
  insert: "1.9",
  read: "1.4",
};

const ACTION_TEXT: Readonly<Record<ExcelAction, string>> = {
  insert: "chèn các biểu mẫu vào bảng tính",
  read: "đọc số liệu trong bảng tính",
};

export function excelTooOldMessage(action: ExcelAction): string {
  return (
    `Phiên bản Excel đang dùng quá cũ nên không thể ${ACTION_TEXT[action]} ` +
    `(cần bộ lệnh ExcelApi ${REQUIRED_API_VERSION[action]} trở lên). ` +
    "Hãy cập nhật Excel lên bản Microsoft 365 hoặc Excel 2021 trở lên, " +
    "hoặc mở tệp bằng Excel trên web (office.com) rồi thử lại."
  );
}

export class ExcelTooOldError extends Error {
  readonly requirementSet = "ExcelApi";
  readonly requiredVersion: string;

  constructor(readonly action: ExcelAction) {
    super(excelTooOldMessage(action));
    this.name = "ExcelTooOldError";
    this.requiredVersion = REQUIRED_API_VERSION[action];
  }
}

/** Throws ExcelTooOldError when this Excel lacks the API set the action needs. */
export function assertExcelSupports(requirements: RequirementSetSupport, action: ExcelAction): void {
  if (!requirements.isSetSupported("ExcelApi", REQUIRED_API_VERSION[action]))
    throw new ExcelTooOldError(action);
}
