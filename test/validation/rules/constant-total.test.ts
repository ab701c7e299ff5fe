/**
 * constant-total: a number typed where our template has a formula, as a note (typed totals
 * are common and right as long as they add up; the arithmetic rules report the ones that
 * do not). Equal to what the formula gives -> a one-click fix restoring the formula;
 * different, or not computable -> a suggestion saying which number the cell would show.
 */
import { constantTotal } from "../../../src/domain/validation/rules/constant-total";
import {
  FUNDS,
  HOUSEHOLDS,
  TARGETS,
  funds,
  fundsTable,
  households,
  householdsAcross,
  householdsAcrossTable,
  targets,
} from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

testRule(constantTotal, {
  valid: [
    { name: "every total, parent and identity cell is a formula", sheets: { [FUNDS]: funds() } },
    { name: "leaf amounts are typed numbers", sheets: { [FUNDS]: funds({ E10: 12, J11: 3 }) } },
    {
      name: "a parent row left empty is not a typed number",
      sheets: { [FUNDS]: funds({ E9: null, F9: null }) },
    },
    { name: "Biểu 02 with its year-end formulas", sheets: { [HOUSEHOLDS]: households() } },
    { name: "Biểu 03 targets are typed by design", sheets: { [TARGETS]: targets() } },
    {
      name: "a transposed Biểu 02 with its year-end formulas",
      sheets: { [HOUSEHOLDS]: householdsAcross() },
      tables: [householdsAcrossTable()],
    },
  ],
  invalid: [
    {
      name: "a Dự án total typed with the right sum: a note, with its SUM back as a fix",
      sheets: { [FUNDS]: funds({ F12: 221 }) },
      issues: [
        {
          cell: "F12",
          severity: "info",
          messageId: "constant-total/sum",
          fix: { F12: "=SUM(F13:F15)" },
          message: "Ô F12 là số được gõ tay nhưng đây là dòng tổng: nên là công thức =SUM(F13:F15).",
        },
      ],
    },
    {
      name: "TỔNG CỘNG typed with a wrong number: only a suggestion, with both numbers",
      sheets: { [FUNDS]: funds({ F7: 1000 }) },
      issues: [
        {
          cell: "F7",
          severity: "info",
          messageId: "constant-total/sum-differs",
          data: { typed: 1000, expected: 821 },
          fix: null,
          suggestion: { F7: "=SUM(F8,F9,F12)" },
          message:
            "Ô F7 là số gõ tay (1.000) nhưng đây là dòng tổng và tổng các dòng con là 821: nên là công thức =SUM(F8,F9,F12).",
        },
      ],
    },
    {
      name: "the Tổng cộng column typed on a leaf row becomes NSTW + NSĐP + khác",
      sheets: { [FUNDS]: funds({ C8: 345 }) },
      issues: [
        {
          cell: "C8",
          severity: "info",
          messageId: "constant-total/identity",
          fix: { C8: "=SUM(D8,G8,J8)" },
        },
      ],
    },
    {
      name: "NSTW and NSĐP typed (the sum of consecutive columns keeps a range)",
      sheets: { [FUNDS]: funds({ D10: 200, G10: 31 }) },
      issues: [
        {
          cell: "D10",
          severity: "info",
          messageId: "constant-total/identity",
          fix: { D10: "=SUM(E10:F10)" },
        },
        {
          cell: "G10",
          severity: "info",
          messageId: "constant-total/identity-differs",
          data: { typed: 31, expected: 30, columns: "H, I" },
          suggestion: { G10: "=SUM(H10:I10)" },
        },
      ],
    },
    {
      name: 'a total typed as text ("300") is still a typed total: number-as-text leaves it alone',
      sheets: { [FUNDS]: funds({ F9: "300" }) },
      issues: [
        { cell: "F9", severity: "info", messageId: "constant-total/sum", fix: { F9: "=SUM(F10:F11)" } },
      ],
    },
    {
      name: "amounts in đồng are compared in triệu đồng (a difference of 400 đồng is equal)",
      sheets: { [FUNDS]: funds({ F10: 200_000_000, F11: 100_000_000, F9: 300_000_400 }) },
      tables: [fundsTable({ unitFactor: 1e-6, unitText: "Đơn vị tính: đồng" })],
      issues: [
        { cell: "F9", severity: "info", messageId: "constant-total/sum", fix: { F9: "=SUM(F10:F11)" } },
      ],
    },
    {
      name: "a child holding an error leaves the right number unknown: suggestion without a comparison",
      sheets: { [FUNDS]: funds({ F10: { error: "#N/A" }, F9: 300 }) },
      issues: [
        {
          cell: "F9",
          severity: "info",
          messageId: "constant-total/sum",
          fix: null,
          suggestion: { F9: "=SUM(F10:F11)" },
        },
      ],
    },
    {
      name: "Biểu 02: year-end count typed",
      sheets: { [HOUSEHOLDS]: households({ D12: 42, E12: 70 }) },
      issues: [
        {
          cell: "D12",
          severity: "info",
          messageId: "constant-total/year-end",
          fix: { D12: "=D6-D9+D10+D11" },
        },
        {
          cell: "E12",
          severity: "info",
          messageId: "constant-total/year-end-differs",
          data: { typed: 70, expected: 71 },
          suggestion: { E12: "=E6-E9+E10+E11" },
        },
      ],
    },
    {
      name: "a transposed Biểu 02: the year-end column typed",
      sheets: { [HOUSEHOLDS]: householdsAcross({ J5: 42 }) },
      tables: [householdsAcrossTable()],
      issues: [
        {
          cell: "J5",
          severity: "info",
          messageId: "constant-total/year-end",
          fix: { J5: "=D5-G5+H5+I5" },
        },
      ],
    },
  ],
});
