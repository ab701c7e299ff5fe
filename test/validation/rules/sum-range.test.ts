/**
 * sum-range: a total's SUM covers exactly its child rows. Missing, doubled and foreign rows
 * are found in SUM, SUBTOTAL and + chains; the fix keeps the author's style; a slip that
 * does not change today's number is a warning, one that does is an error.
 */
import { sumRange } from "../../../src/domain/validation/rules/sum-range";
import { FUNDS, funds } from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

const SUBTOTALS = { F7: "=SUBTOTAL(9,F8:F15)", F9: "=SUBTOTAL(9,F10:F11)", F12: "=SUBTOTAL(9,F13:F15)" };

testRule(sumRange, {
  valid: [
    { name: "SUM over child ranges and lists, as our template writes them", sheets: { [FUNDS]: funds() } },
    {
      name: "chains of + over the child rows",
      sheets: { [FUNDS]: funds({ E12: "=E13+E14+E15", F9: "=F10+F11" }) },
    },
    { name: "absolute references", sheets: { [FUNDS]: funds({ F12: "=SUM($F$13:$F$15)" }) } },
    {
      name: "nested SUBTOTALs over whole blocks (SUBTOTAL skips the inner ones)",
      sheets: { [FUNDS]: funds(SUBTOTALS) },
    },
    {
      name: "a Dự án typed over inside SUBTOTAL blocks is constant-total's finding, not the SUBTOTAL's",
      sheets: { [FUNDS]: funds({ ...SUBTOTALS, F9: 300 }) },
    },
    {
      name: "a formula with a cached result",
      sheets: { [FUNDS]: funds({ F12: { f: "=SUM(F13:F15)", v: 221 } }) },
    },
    {
      name: "formulas that are not a vertical sum are left to the arithmetic rules",
      sheets: { [FUNDS]: funds({ F12: "=F13*2", H12: "=SUM(H13:H15)+'Biểu 02'!D5" }) },
    },
  ],
  invalid: [
    {
      name: "a Dự án SUM missing its last Tiểu dự án, with an amount in it",
      sheets: { [FUNDS]: funds({ F12: "=SUM(F13:F14)" }) },
      issues: [
        {
          cell: "F12",
          severity: "error",
          messageId: "sum-range/missing",
          data: { missing: "15" },
          fix: { F12: "=SUM(F13:F15)" },
          message: "Công thức ở ô F12 bỏ sót dòng 15 nên chưa cộng đủ các dòng con: nên là =SUM(F13:F15).",
        },
      ],
    },
    {
      name: "the missed row is empty today: a warning, still fixed",
      sheets: { [FUNDS]: funds({ H12: "=SUM(H13:H14)" }) },
      issues: [
        { cell: "H12", severity: "warning", messageId: "sum-range/missing", fix: { H12: "=SUM(H13:H15)" } },
      ],
    },
    {
      name: "TỔNG CỘNG over the whole block counts Dự án and Tiểu dự án rows twice",
      sheets: { [FUNDS]: funds({ F7: "=SUM(F8:F15)" }) },
      issues: [
        {
          cell: "F7",
          severity: "error",
          messageId: "sum-range/doubled",
          data: { doubled: "10, 11, 13, 14, 15" },
          fix: { F7: "=SUM(F8,F9,F12)" },
        },
      ],
    },
    {
      name: "the same row in two arguments",
      sheets: { [FUNDS]: funds({ F9: "=SUM(F10:F11,F11)" }) },
      issues: [
        {
          cell: "F9",
          severity: "error",
          messageId: "sum-range/doubled",
          data: { doubled: "11" },
          fix: { F9: "=SUM(F10:F11)" },
        },
      ],
    },
    {
      name: "a range running into the next Dự án",
      sheets: { [FUNDS]: funds({ F9: "=SUM(F10:F12)" }) },
      issues: [
        {
          cell: "F9",
          severity: "error",
          messageId: "sum-range/extra",
          data: { extra: "12" },
          fix: { F9: "=SUM(F10:F11)" },
        },
      ],
    },
    {
      name: "a missed row holding only a dash is empty today: a warning",
      sheets: { [FUNDS]: funds({ H12: "=SUM(H13:H14)", H15: "-" }) },
      issues: [
        { cell: "H12", severity: "warning", messageId: "sum-range/missing", fix: { H12: "=SUM(H13:H15)" } },
      ],
    },
    {
      name: "a + chain keeps its style in the fix",
      sheets: { [FUNDS]: funds({ E12: "=E13+E14" }) },
      issues: [
        { cell: "E12", severity: "warning", messageId: "sum-range/missing", fix: { E12: "=E13+E14+E15" } },
      ],
    },
    {
      name: "several slips at once are listed together",
      sheets: { [FUNDS]: funds({ F12: "=SUM(F13,F13,F10)" }) },
      issues: [
        {
          cell: "F12",
          severity: "error",
          messageId: "sum-range/mixed",
          data: { missing: "14, 15", extra: "10", doubled: "13" },
          fix: { F12: "=SUM(F13:F15)" },
          message:
            "Công thức ở ô F12 cộng sai các dòng (bỏ sót: 14, 15; thừa: 10; cộng trùng: 13): nên là =SUM(F13:F15).",
        },
      ],
    },
    {
      name: "a SUBTOTAL that stops short is extended as one SUBTOTAL block",
      sheets: { [FUNDS]: funds({ ...SUBTOTALS, F7: "=SUBTOTAL(9,F8:F11)" }) },
      issues: [
        {
          cell: "F7",
          severity: "error",
          messageId: "sum-range/missing",
          data: { missing: "13, 14, 15" },
          fix: { F7: "=SUBTOTAL(9,F8:F15)" },
        },
      ],
    },
  ],
});
