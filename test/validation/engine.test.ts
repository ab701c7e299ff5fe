/**
 * The engine around the rules: findings in reading order with a summary, each problem once
 * where it starts, a rule that fails becoming one note instead of an exception, and the
 * whole rule set quiet on a correct plan.
 */
import { validateWorkbook } from "../../src/domain/validation/engine";
import type { Issue, RuleId, Severity } from "../../src/domain/validation/issue";
import { RULES } from "../../src/domain/validation/registry";
import type { Rule } from "../../src/domain/validation/rule";
import { constantTotal } from "../../src/domain/validation/rules/constant-total";
import { errorValue } from "../../src/domain/validation/rules/error-value";
import { negativeAmount } from "../../src/domain/validation/rules/negative-amount";
import { parseA1, toA1 } from "../../src/domain/address/cell-address";
import { cellIssue } from "../../src/domain/validation/issue-builders";
import type { RuleKind } from "../../src/domain/validation/rule";
import type { ProgramFile } from "../../src/domain/programs/types";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { workbookOf, type SheetsInput } from "./support/grid";
import {
  FUNDS,
  HOUSEHOLDS,
  TARGETS,
  fixtureTables,
  funds,
  households,
  recognitionOf,
  targets,
} from "./support/plan-sheets";
import { PROGRAMS } from "./support/rule-tester";

/** The plan of the fixture sheets: xã Ba Dinh, 2025, whose counterpart they meet. */
const SETTINGS = defaultSettings(PROGRAMS[0] as ProgramFile, {
  year: 2025,
  level: "xa",
  unitName: "xã Ba Dinh",
  province: "Quảng Ngãi",
  planDate: "2025-08-20",
});

const FORMULA_RULES = RULES.filter((rule) => rule.meta.kind === "formula");

function validate(sheets: SheetsInput, rules?: readonly Rule[]) {
  return validateWorkbook(workbookOf(sheets), {
    programs: PROGRAMS,
    recognition: recognitionOf(sheets, fixtureTables(sheets)),
    settings: SETTINGS,
    ...(rules && { rules }),
  });
}

const where = (issue: Issue) => `${issue.sheet}!${toA1(issue.range.start)} ${issue.severity}`;

const throwing: Rule = {
  meta: { ...negativeAmount.meta, id: "grand-total" },
  check: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'row')");
  },
};

describe("validateWorkbook", () => {
  test("a correct plan gives no error and no warning from any rule", () => {
    const result = validate({ [FUNDS]: funds(), [HOUSEHOLDS]: households(), [TARGETS]: targets() });
    expect(result.issues.filter((issue) => issue.severity !== "info").map(where)).toEqual([]);
    expect(result.summary.errors + result.summary.warnings).toBe(0);
  });

  test("issues come in sheet-tab order, then row, column and severity, with a summary", () => {
    const result = validate(
      { [HOUSEHOLDS]: households({ D6: "50" }), [FUNDS]: funds({ H13: -5, F8: "=#REF!", F10: "1.147" }) },
      [errorValue, negativeAmount, ...RULES.filter((rule) => rule.meta.id === "number-as-text")],
    );
    expect(result.issues.map(where)).toEqual([
      "Biểu 02!D6 warning",
      "Phụ lục 01!C7 info",
      "Phụ lục 01!F8 error",
      "Phụ lục 01!F10 error",
      "Phụ lục 01!H13 error",
    ]);
    expect(result.summary).toEqual({ errors: 3, warnings: 1, infos: 1 });
  });

  test("a negative amount is reported where it is typed, not at the totals above it", () => {
    const result = validate({ [FUNDS]: funds({ H13: -500 }) }, [negativeAmount]);
    expect(result.issues.map(where)).toEqual(["Phụ lục 01!H13 error"]);
  });

  describe("a total that is only wrong because of a cell it adds up is not reported again", () => {
    /** A rule of `kind` that reports `severity` at the cells given, on Phụ lục 01. */
    function reporting(id: RuleId, kind: RuleKind, severity: Severity, cells: readonly string[]): Rule {
      const meta = { ...negativeAmount.meta, id, kind, severity, dependentsExplained: false };
      const at = (a1: string) => ({ sheet: FUNDS, ...parseA1(a1) });
      return {
        meta,
        check: () => cells.map((a1) => cellIssue(meta, at(a1), "negative-amount/negative", { amount: -1 })),
      };
    }
    const totals = reporting("grand-total", "arithmetic", "error", ["F7", "F9"]);

    test("a warning two formulas down (F10 under DA3's F9 under TỔNG CỘNG's F7) explains both totals", () => {
      const wrongInput = reporting("sum-range", "formula", "warning", ["F10"]);
      expect(validate({ [FUNDS]: funds() }, [totals, wrongInput]).issues.map(where)).toEqual([
        "Phụ lục 01!F10 warning",
      ]);
    });

    test("a typed total has no formula: nothing below it explains it", () => {
      const wrongInput = reporting("sum-range", "formula", "warning", ["F10"]);
      const result = validate({ [FUNDS]: funds({ F7: 900 }) }, [totals, wrongInput]);
      expect(result.issues.map(where)).toEqual(["Phụ lục 01!F7 error", "Phụ lục 01!F10 warning"]);
    });

    test("a wrong Dự án total explains the wrong TỔNG CỘNG that adds it", () => {
      expect(validate({ [FUNDS]: funds() }, [totals]).issues.map(where)).toEqual(["Phụ lục 01!F9 error"]);
    });

    test("a note, or a finding of another family, explains nothing", () => {
      const project = reporting("grand-total", "arithmetic", "error", ["F9"]);
      const note = reporting("constant-total", "formula", "info", ["F10"]);
      const target = reporting("target-count-whole", "targets", "warning", ["F11"]);
      const result = validate({ [FUNDS]: funds() }, [project, note, target]);
      expect(result.issues.map(where)).toEqual([
        "Phụ lục 01!F9 error",
        "Phụ lục 01!F10 info",
        "Phụ lục 01!F11 warning",
      ]);
    });
  });

  test("a rule that throws becomes one note naming it; the other rules still report", () => {
    const result = validate({ [FUNDS]: funds({ H13: -500 }) }, [throwing, negativeAmount]);
    expect(result.issues.map((issue) => [issue.ruleId, issue.severity, issue.messageId])).toEqual([
      ["grand-total", "info", "engine/rule-failed"],
      ["negative-amount", "error", "negative-amount/negative"],
    ]);
    expect(result.rendered[0]?.message).toBe(
      "Kiểm tra \"grand-total\" gặp sự cố khi chạy nên đã bị bỏ qua (Cannot read properties of undefined (reading 'row')); các kiểm tra khác vẫn chạy bình thường.",
    );
  });

  test("sentences come in the language asked for, with the fixes", () => {
    const sheets = { [FUNDS]: funds({ F12: 221 }) };
    const options = {
      programs: PROGRAMS,
      recognition: recognitionOf(sheets, fixtureTables(sheets)),
      rules: [constantTotal],
    };
    const vi = validateWorkbook(workbookOf(sheets), options).rendered;
    const en = validateWorkbook(workbookOf(sheets), { ...options, lang: "en" }).rendered;
    expect(vi.map((r) => [r.message, r.fix])).toEqual([
      [
        "Ô F12 là số được gõ tay nhưng đây là dòng tổng: nên là công thức =SUM(F13:F15).",
        "Thay số gõ tay bằng công thức =SUM(F13:F15)",
      ],
    ]);
    expect(en.map((r) => r.fix)).toEqual(["Replace the typed number with the formula =SUM(F13:F15)"]);
  });

  test("the formula checks stay quiet on an empty workbook and on a sheet that is no plan table", () => {
    const empty = { source: "empty.xlsx", sheets: [], names: [] };
    const options = { programs: PROGRAMS, recognition: recognitionOf({}, []), rules: FORMULA_RULES };
    expect(validateWorkbook(empty, options).issues).toEqual([]);
    expect(validate({ Sheet1: { A1: "Ghi chú", B2: 5, C2: "=B2*2" } }, FORMULA_RULES).issues).toEqual([]);
  });
});
