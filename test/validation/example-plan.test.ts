/**
 * The whole pipeline on real files: the example plan (seed 004) and fresh plans written by
 * `kehoach new` are read through ExcelJS, recognised and validated with every registered
 * rule. Correct plans give no error and no warning; a user's typical slips typed into the
 * example are each found at the cell where they are, and only there.
 */
import type { Issue } from "../../src/domain/validation/issue";
import { validateWorkbook } from "../../src/domain/validation/engine";
import { toA1 } from "../../src/domain/address/cell-address";
import type { WorkbookGrid } from "../../src/domain/workbook";
import type { SheetCells } from "./support/grid";
import { PROGRAMS } from "./support/rule-tester";
import { freshPlan, loadExample, withCells } from "./support/workbooks";
import { defaultSettings } from "../../src/domain/templates/default-settings";

const FUNDS = "Phụ lục 01";
const at = (issue: Issue) => `${issue.ruleId} ${issue.sheet}!${toA1(issue.range.start)} ${issue.severity}`;
const serious = (issues: readonly Issue[]) => issues.filter((issue) => issue.severity !== "info").map(at);

let example: WorkbookGrid;
beforeAll(async () => {
  example = await loadExample();
});

function validateChanged(changes: SheetCells) {
  return validateWorkbook(withCells(example, FUNDS, changes), { programs: PROGRAMS });
}

describe("the example plan (xã Ba Dinh, 2025)", () => {
  test("is recognised and gives no error and no warning", () => {
    const result = validateWorkbook(example, { programs: PROGRAMS });
    expect(result.recognition.tables.filter((t) => t.own).map((t) => t.kind)).toEqual([
      "phu-luc-01",
      "bieu-02",
      "bieu-03",
      "phan-cong",
    ]);
    expect(serious(result.issues)).toEqual([]);
  });

  // Phụ lục 01 of the example: row 8 TỔNG CỘNG; 12 DA2; 13 DA3 (14-15); 16 DA4 (17-19); 24 DA7 (25-26); G = SN.
  test.each([
    ["DA3's SN typed over with its own sum: a note", { G13: 310 }, ["constant-total Phụ lục 01!G13 info"]],
    [
      "TỔNG CỘNG's SUM without DA7",
      { G8: "=SUM(G9,G12,G13,G16,G20,G21)" },
      ["sum-range Phụ lục 01!G8 error"],
    ],
    ["a Tiểu dự án amount typed as text", { G14: "250" }, ["number-as-text Phụ lục 01!G14 error"]],
    [
      "a negative NS tỉnh amount, not the totals above it",
      { I17: -8 },
      ["negative-amount Phụ lục 01!I17 error"],
    ],
    [
      "a broken reference in DA2, with one note at TỔNG CỘNG",
      { G12: "=#REF!" },
      ["error-value Phụ lục 01!D8 info", "error-value Phụ lục 01!G12 error"],
    ],
  ])("%s is found there", (_, changes: SheetCells, expected: string[]) => {
    const rule = expected[0]?.split(" ")[0];
    const found = validateChanged(changes).issues.filter((issue) => issue.ruleId === rule);
    expect(found.map(at)).toEqual(expected);
  });
});

describe("fresh plans from `kehoach new`", () => {
  test.each([
    [
      "a 2023 district plan (with NS huyện)",
      {
        year: 2023,
        level: "huyen" as const,
        unitName: "huyện Hậu Lộc",
        province: "Thanh Hóa",
        planDate: "2023-06-15",
      },
    ],
    [
      "a 2025 two-tier commune plan",
      {
        year: 2025,
        level: "xa" as const,
        unitName: "xã Ba Dinh",
        province: "Quảng Ngãi",
        planDate: "2025-08-20",
      },
    ],
  ])("%s gives no error and no warning", async (_, overrides) => {
    const program = PROGRAMS[0];
    if (!program) throw new Error("no program");
    const grid = await freshPlan(program, defaultSettings(program, overrides));
    expect(serious(validateWorkbook(grid, { programs: PROGRAMS }).issues)).toEqual([]);
  });
});
