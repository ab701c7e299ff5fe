/**
 * TỔNG CỘNG of Phụ lục 01 equals the sum of the Dự án rows, column by column (domain.md
 * §3), compared with the Dự án rows as written, so a wrong Dự án is reported at its own cell.
 */
import { fundsIssues } from "../checks/funds-issues";
import type { Rule, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "grand-total",
  kind: "arithmetic",
  severity: "error",
  description: {
    vi: "Phụ lục 01: dòng TỔNG CỘNG phải bằng tổng các Dự án, ở từng cột.",
    en: "Phụ lục 01: the TOTAL row must equal the sum of the projects, column by column.",
  },
  messages: {
    "grand-total/mismatch": {
      vi: "Ô {cell}: {column} của dòng TỔNG CỘNG ghi {actual} triệu đồng nhưng cộng các Dự án (dòng {rows}) được {expected} triệu đồng, chênh {difference} triệu đồng.",
      en: "Cell {cell}: {columnEn} of the TOTAL row is {actual} million dong but the projects (rows {rows}) add up to {expected} million dong, a difference of {difference} million dong.",
    },
    "grand-total/children-empty": {
      vi: "Ô {cell}: dòng TỔNG CỘNG ghi {column} {actual} triệu đồng nhưng các Dự án (dòng {rows}) đều để trống. Ghi số tiền vào từng Dự án để dòng TỔNG CỘNG bằng tổng của chúng.",
      en: "Cell {cell}: the TOTAL row shows {actual} million dong in {columnEn} but the projects (rows {rows}) are all empty. Enter the amounts on each project so that the TOTAL row is their sum.",
    },
    "grand-total/set-value": { vi: "Sửa ô {cell} thành {value}", en: "Change cell {cell} to {value}" },
  },
};

export const rule: Rule = { meta, check: (ctx) => fundsIssues(ctx, meta, "grand-total") };
