/**
 * NSTW = vốn đầu tư phát triển + vốn sự nghiệp on every row of Phụ lục 01 (domain.md §3).
 * When Tổng cộng is off by the opposite amount, the NSTW cell both share is the one reported.
 */
import { fundsIssues } from "../checks/funds-issues";
import type { Rule, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "nstw-sum",
  kind: "arithmetic",
  severity: "error",
  description: {
    vi: "Phụ lục 01: trên mỗi dòng, NSTW phải bằng vốn đầu tư phát triển + vốn sự nghiệp.",
    en: "Phụ lục 01: on every row, the central budget must equal investment + recurrent funds.",
  },
  messages: {
    "nstw-sum/mismatch": {
      vi: "Ô {cell} ({row}): NSTW ghi {actual} triệu đồng nhưng {parts} = {expected} triệu đồng, chênh {difference} triệu đồng.",
      en: "Cell {cell} ({rowEn}): the central budget is {actual} million dong but {partsEn} = {expected} million dong, a difference of {difference} million dong.",
    },
    "nstw-sum/cell": {
      vi: "Ô {cell} ({row}): {column} ghi {actual} triệu đồng, không khớp với {reason}; đúng ra phải là {expected} triệu đồng (chênh {difference} triệu đồng).",
      en: "Cell {cell} ({rowEn}): {columnEn} is {actual} million dong, which does not match {reasonEn}; it should be {expected} million dong (a difference of {difference} million dong).",
    },
    "nstw-sum/set-value": { vi: "Sửa ô {cell} thành {value}", en: "Change cell {cell} to {value}" },
  },
};

export const rule: Rule = { meta, check: (ctx) => fundsIssues(ctx, meta, "nstw-sum") };
