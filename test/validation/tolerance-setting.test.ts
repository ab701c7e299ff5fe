/**
 * The tolerance a plan sets on "Thông tin chung" (triệu đồng) decides how far a total may be
 * from the sum of its parts: in the example plan, DA3's SN typed as 310,4 over its Tiểu dự
 * án 250 + 60 is accepted with a tolerance of 0,5 and reported with 0,1 or with none (the
 * automatic 0,001 triệu đồng). Validation reads the setting; it never writes the workbook.
 */
import { toA1 } from "../../src/domain/address/cell-address";
import { findOwnSheets, readSettings } from "../../src/domain/own-sheets";
import { SETTING_KEYS } from "../../src/domain/templates/column-keys";
import type { Issue } from "../../src/domain/validation/issue";
import { validateWorkbook } from "../../src/domain/validation/engine";
import type { WorkbookGrid } from "../../src/domain/workbook";
import { PROGRAMS } from "./support/rule-tester";
import { loadExample, withCells } from "./support/workbooks";

const FUNDS = "Phụ lục 01";
const SETTINGS = "Thông tin chung";
/** DA3's SN in the example; its Tiểu dự án hold 250 and 60. */
const DA3_SN = "G13";

const serious = (issues: readonly Issue[]) =>
  issues.filter((i) => i.severity !== "info").map((i) => `${i.ruleId} ${i.sheet}!${toA1(i.range.start)}`);

let example: WorkbookGrid;
let toleranceCell: string;
beforeAll(async () => {
  example = await loadExample();
  const own = findOwnSheets(example).find((s) => s.templateId === "thong-tin-chung");
  const cell = own && readSettings(example, own).cells.get(SETTING_KEYS.tolerance);
  if (!cell) throw new Error("the example has no tolerance cell");
  toleranceCell = toA1(cell);
});

/** The example with DA3's SN 0,4 triệu đồng above its parts and the given tolerance typed. */
function offByPointFour(tolerance: number | null): WorkbookGrid {
  const typed = withCells(example, FUNDS, { [DA3_SN]: 310.4 });
  return withCells(typed, SETTINGS, { [toleranceCell]: tolerance });
}

describe("the plan's tolerance setting", () => {
  test("a 0,4 triệu đồng difference passes with a tolerance of 0,5", () => {
    const result = validateWorkbook(offByPointFour(0.5), { programs: PROGRAMS });
    expect(result.recognition.settings?.tolerance).toBe(0.5);
    expect(serious(result.issues)).toEqual([]);
  });

  test("the same difference fails with a tolerance of 0,1, at DA3's SN", () => {
    const result = validateWorkbook(offByPointFour(0.1), { programs: PROGRAMS });
    expect(serious(result.issues)).toContain(`parent-sum ${FUNDS}!${DA3_SN}`);
  });

  test("without a tolerance of its own, the automatic 0,001 triệu đồng applies", () => {
    const result = validateWorkbook(offByPointFour(null), { programs: PROGRAMS });
    expect(result.recognition.settings?.tolerance).toBeUndefined();
    expect(serious(result.issues)).toContain(`parent-sum ${FUNDS}!${DA3_SN}`);
  });

  test("a tolerance the caller passes wins over the plan's", () => {
    const result = validateWorkbook(offByPointFour(0.5), { programs: PROGRAMS, tolerance: 0.001 });
    expect(serious(result.issues)).toContain(`parent-sum ${FUNDS}!${DA3_SN}`);
  });
});
