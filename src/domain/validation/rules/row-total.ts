/**
 * Tổng cộng = NSTW + NSĐP + vốn huy động khác on every row of Phụ lục 01 (domain.md §3),
 * checked on the values as the sheet shows them. A wrong Tiểu dự án is reported at its own
 * row, not again at its Dự án and TỔNG CỘNG (see checks/funds-analysis.ts).
 */
import { fundsIssues } from "../checks/funds-issues";
import type { Rule, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "row-total",
  kind: "arithmetic",
  severity: "error",
  description: {
    vi: "Phụ lục 01: trên mỗi dòng, Tổng cộng phải bằng NSTW + NSĐP + vốn huy động khác.",
    en: "Phụ lục 01: on every row, the total must equal central budget + local budget + other mobilised funds.",
  },
  messages: {
    "row-total/mismatch": {
      vi: "Ô {cell} ({row}): Tổng cộng ghi {actual} triệu đồng nhưng {parts} = {expected} triệu đồng, chênh {difference} triệu đồng.",
      en: "Cell {cell} ({rowEn}): the total is {actual} million dong but {partsEn} = {expected} million dong, a difference of {difference} million dong.",
    },
    "row-total/cell": {
      vi: "Ô {cell} ({row}): {column} ghi {actual} triệu đồng, không khớp với {reason}; đúng ra phải là {expected} triệu đồng (chênh {difference} triệu đồng).",
      en: "Cell {cell} ({rowEn}): {columnEn} is {actual} million dong, which does not match {reasonEn}; it should be {expected} million dong (a difference of {difference} million dong).",
    },
    "row-total/set-value": { vi: "Sửa ô {cell} thành {value}", en: "Change cell {cell} to {value}" },
  },
};

export const rule: Rule = { meta, check: (ctx) => fundsIssues(ctx, meta, "row-total") };
