/**
 * NSĐP = NS tỉnh + NS huyện + NS xã on every row of Phụ lục 01 (domain.md §3), over the
 * levels the table has (no NS huyện column after 1/7/2025).
 */
import { fundsIssues } from "../checks/funds-issues";
import type { Rule, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "nsdp-sum",
  kind: "arithmetic",
  severity: "error",
  description: {
    vi: "Phụ lục 01: trên mỗi dòng, NSĐP phải bằng NS tỉnh + NS huyện + NS xã.",
    en: "Phụ lục 01: on every row, the local budget must equal the provincial + district + commune budgets.",
  },
  messages: {
    "nsdp-sum/mismatch": {
      vi: "Ô {cell} ({row}): NSĐP ghi {actual} triệu đồng nhưng {parts} = {expected} triệu đồng, chênh {difference} triệu đồng.",
      en: "Cell {cell} ({rowEn}): the local budget is {actual} million dong but {partsEn} = {expected} million dong, a difference of {difference} million dong.",
    },
    "nsdp-sum/cell": {
      vi: "Ô {cell} ({row}): {column} ghi {actual} triệu đồng, không khớp với {reason}; đúng ra phải là {expected} triệu đồng (chênh {difference} triệu đồng).",
      en: "Cell {cell} ({rowEn}): {columnEn} is {actual} million dong, which does not match {reasonEn}; it should be {expected} million dong (a difference of {difference} million dong).",
    },
    "nsdp-sum/set-value": { vi: "Sửa ô {cell} thành {value}", en: "Change cell {cell} to {value}" },
  },
};

export const rule: Rule = { meta, check: (ctx) => fundsIssues(ctx, meta, "nsdp-sum") };
