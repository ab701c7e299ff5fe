/**
 * A Dự án row of Phụ lục 01 equals the sum of its Tiểu dự án rows, column by column
 * (domain.md §3), compared with the child rows as written, so a wrong Tiểu dự án is
 * reported at its own cell and not again here.
 */
import { fundsIssues } from "../checks/funds-issues";
import type { Rule, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "parent-sum",
  kind: "arithmetic",
  severity: "error",
  description: {
    vi: "Phụ lục 01: mỗi Dự án phải bằng tổng các Tiểu dự án của nó, ở từng cột.",
    en: "Phụ lục 01: every project must equal the sum of its sub-projects, column by column.",
  },
  messages: {
    "parent-sum/mismatch": {
      vi: "Ô {cell}: {column} của {row} ghi {actual} triệu đồng nhưng cộng các dòng chi tiết của nó (dòng {rows}) được {expected} triệu đồng, chênh {difference} triệu đồng.",
      en: "Cell {cell}: {columnEn} of {rowEn} is {actual} million dong but its detail rows ({rows}) add up to {expected} million dong, a difference of {difference} million dong.",
    },
    "parent-sum/children-empty": {
      vi: "Ô {cell}: {row} ghi {column} {actual} triệu đồng nhưng các dòng chi tiết của nó (dòng {rows}) đều để trống. Ghi số tiền vào từng dòng chi tiết để {row} bằng tổng của chúng.",
      en: "Cell {cell}: {rowEn} shows {actual} million dong in {columnEn} but its detail rows ({rows}) are all empty. Enter the amounts on each detail row so that {rowEn} is their sum.",
    },
    "parent-sum/set-value": { vi: "Sửa ô {cell} thành {value}", en: "Change cell {cell} to {value}" },
  },
};

export const rule: Rule = { meta, check: (ctx) => fundsIssues(ctx, meta, "parent-sum") };
