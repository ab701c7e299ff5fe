/**
 * Sentences for what could not be read from our own sheets, listed above the plan so the
 * officer knows which figures are missing or doubtful: a template row or column that was
 * deleted, a formula without a value, a cell holding an error or text instead of a number,
 * a setting left empty or unreadable (the plan then uses a default).
 */
import { toA1 } from "../../address/cell-address";
import type { ReadProblem } from "../../own-sheets";

function at(problem: ReadProblem): string {
  return problem.cell ? `ô ${toA1(problem.cell)}` : "";
}

const MESSAGES: Readonly<Record<ReadProblem["kind"], ((p: ReadProblem) => string) | null>> = {
  "missing-row": (p) =>
    `thiếu dòng “${p.rowKey ?? ""}” của mẫu (dòng đã bị xóa hoặc sửa khóa); phần tương ứng của kế hoạch không có số liệu.`,
  "missing-column": (p) =>
    `thiếu cột “${p.colKey ?? ""}” của mẫu; phần tương ứng của kế hoạch không có số liệu.`,
  "value-unknown": (p) =>
    `không tính được giá trị công thức ở ${at(p)}; số liệu này không có trong kế hoạch.`,
  "error-value": (p) => `${at(p)} báo lỗi ${p.shown ?? ""}.`,
  "not-a-number": (p) => `${at(p)} chứa “${p.shown ?? ""}”, không phải một số.`,
  "number-as-text": null,
  "missing-setting": (p) => `${at(p)} chưa được điền; kế hoạch dùng giá trị mặc định.`,
  "invalid-setting": (p) =>
    `${at(p)} có giá trị “${p.shown ?? ""}” không đọc được; kế hoạch dùng giá trị mặc định.`,
};

/** The sentence for a problem, or null for one that does not change the plan (a number typed as text is still read). */
export function problemMessage(problem: ReadProblem): string | null {
  const message = MESSAGES[problem.kind]?.(problem);
  return message ? `${problem.sheet}: ${message}` : null;
}
