/**
 * Data validation for input cells by value kind, with Vietnamese error alerts, and the
 * grouping of validated cells into as few rectangular ranges as possible.
 */
import type { CellAddress, RangeAddress } from "../../address/cell-address";
import type { ProgramFile } from "../../programs/types";
import type { PlannedValidation } from "../../sheet-plan";
import type { ValueKind } from "../template-spec";
import { LANGUAGE_LABELS, LEVEL_LABELS } from "./setting-values";

export type ValidationSpec = Omit<PlannedValidation, "range">;

/** Plan years the tools accept (the pane's and the command line's range). */
export const PLAN_YEARS = { min: 2021, max: 2040 } as const;
const EARLIEST_PLAN_DATE = `${PLAN_YEARS.min}-01-01`;

function groupChoice(program: ProgramFile): ValidationSpec | null {
  const ids = program.counterpart.groups.map((g) => g.id);
  if (ids.length === 0) return null;
  return {
    rule: { kind: "list", items: ids },
    errorTitle: "Nhóm tỉnh không hợp lệ",
    errorMessage: "Chọn mã nhóm tỉnh trong danh sách (xem bảng nhóm tỉnh bên dưới).",
  };
}

export function validationFor(kind: ValueKind, program: ProgramFile): ValidationSpec | null {
  switch (kind) {
    case "amount":
      return {
        rule: { kind: "decimal", min: 0 },
        errorTitle: "Số tiền không hợp lệ",
        errorMessage: "Nhập số tiền không âm, đơn vị tính triệu đồng.",
      };
    case "count":
      return {
        rule: { kind: "whole", min: 0 },
        errorTitle: "Số lượng không hợp lệ",
        errorMessage: "Nhập số nguyên không âm.",
      };
    case "percent":
      return {
        rule: { kind: "decimal", min: 0, max: 1 },
        errorTitle: "Tỷ lệ không hợp lệ",
        errorMessage: "Nhập tỷ lệ từ 0% đến 100%, ví dụ 15%.",
      };
    case "year":
      return {
        rule: { kind: "whole", min: PLAN_YEARS.min, max: PLAN_YEARS.max },
        errorTitle: "Năm không hợp lệ",
        errorMessage: `Nhập năm kế hoạch từ ${PLAN_YEARS.min} đến ${PLAN_YEARS.max}.`,
      };
    case "date":
      return {
        rule: { kind: "date", min: EARLIEST_PLAN_DATE },
        errorTitle: "Ngày không hợp lệ",
        errorMessage: `Nhập ngày ban hành dạng ngày/tháng/năm, từ năm ${PLAN_YEARS.min}.`,
      };
    case "level":
      return {
        rule: { kind: "list", items: [LEVEL_LABELS.xa, LEVEL_LABELS.huyen] },
        errorTitle: "Cấp không hợp lệ",
        errorMessage: "Chọn “xã” hoặc “huyện” trong danh sách.",
      };
    case "group":
      return groupChoice(program);
    case "tolerance":
      return {
        rule: { kind: "decimal", min: 0 },
        errorTitle: "Sai số không hợp lệ",
        errorMessage:
          "Nhập một số không âm, đơn vị tính triệu đồng, ví dụ 0,5; để trống để dùng mức tự động.",
      };
    case "language":
      return {
        rule: { kind: "list", items: [LANGUAGE_LABELS.vi, LANGUAGE_LABELS.en] },
        errorTitle: "Ngôn ngữ không hợp lệ",
        errorMessage: `Chọn “${LANGUAGE_LABELS.vi}” hoặc “${LANGUAGE_LABELS.en}” trong danh sách.`,
      };
    case "text":
      return null;
  }
}

export interface ValidatedCell {
  readonly address: CellAddress;
  readonly kind: ValueKind;
}

/** Vertical runs per column, then runs with the same rows side by side joined. */
function columnRuns(cells: readonly ValidatedCell[]): RangeAddress[] {
  const sorted = [...cells].sort((a, b) => a.address.col - b.address.col || a.address.row - b.address.row);
  const runs: { start: CellAddress; end: CellAddress }[] = [];
  for (const { address } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.end.col === address.col && last.end.row + 1 === address.row) last.end = address;
    else runs.push({ start: address, end: address });
  }
  return runs;
}

function joinSideBySide(runs: readonly RangeAddress[]): RangeAddress[] {
  const joined: RangeAddress[] = [];
  for (const run of runs) {
    const index = joined.findIndex(
      (r) => r.start.row === run.start.row && r.end.row === run.end.row && r.end.col + 1 === run.start.col,
    );
    const match = joined[index];
    if (match) joined[index] = { start: match.start, end: run.end };
    else joined.push(run);
  }
  return joined;
}

export function groupValidations(cells: readonly ValidatedCell[], program: ProgramFile): PlannedValidation[] {
  const kinds = [...new Set(cells.map((c) => c.kind))];
  return kinds.flatMap((kind) => {
    const spec = validationFor(kind, program);
    if (!spec) return [];
    const ranges = joinSideBySide(columnRuns(cells.filter((c) => c.kind === kind)));
    return ranges.map((range) => ({ range, ...spec }));
  });
}
