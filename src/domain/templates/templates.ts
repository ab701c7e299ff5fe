/**
 * Every sheet template by id. Adding a template means adding its spec file and a line here
 * (and its id to TEMPLATE_IDS in sheet-plan.ts).
 */
import type { TemplateId } from "../sheet-plan";
import { BIEU_02 } from "./bieu-02";
import { BIEU_03 } from "./bieu-03";
import { PHAN_CONG } from "./phan-cong";
import { PHU_LUC_01 } from "./phu-luc-01";
import type { TemplateSpec } from "./template-spec";
import { THONG_TIN_CHUNG } from "./thong-tin-chung";

export const TEMPLATES: Readonly<Record<TemplateId, TemplateSpec>> = {
  "thong-tin-chung": THONG_TIN_CHUNG,
  "phu-luc-01": PHU_LUC_01,
  "bieu-02": BIEU_02,
  "bieu-03": BIEU_03,
  "phan-cong": PHAN_CONG,
};
