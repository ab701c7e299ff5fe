/**
 * empty-reference: a total reading an empty cell that is not an amount input (a blank row,
 * a text column) or a sub-total that lost its formula while its rows hold numbers. Empty
 * amount inputs are normal and never reported.
 */
import { emptyReference } from "../../../src/domain/validation/rules/empty-reference";
import { FUNDS, funds } from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

testRule(emptyReference, {
  valid: [
    {
      name: "totals over empty amount inputs (unused sources)",
      sheets: { [FUNDS]: funds({ E8: null, J10: null }) },
    },
    {
      name: "a sub-total with no formula whose rows are empty too",
      sheets: { [FUNDS]: funds({ E9: null }) },
    },
    { name: "references outside the table are not this rule's", sheets: { [FUNDS]: funds({ J8: "=N30" }) } },
  ],
  invalid: [
    {
      name: "TỔNG CỘNG reads a Dự án cell whose formula was deleted",
      sheets: { [FUNDS]: funds({ F9: null }) },
      issues: [
        {
          cell: "F7",
          severity: "warning",
          messageId: "empty-reference/lost-formula",
          data: { empty: "F9", formula: "=SUM(F10:F11)" },
          fix: { F9: "=SUM(F10:F11)" },
          message:
            "Công thức ở ô F7 lấy số từ ô F9 đang để trống, trong khi ô đó phải là tổng =SUM(F10:F11) của các ô đang có số: tổng bị thiếu.",
        },
      ],
    },
    {
      name: "a total over a range that includes a lost sub-total",
      sheets: { [FUNDS]: funds({ H7: "=SUM(H8:H9)+H12", H9: null }) },
      issues: [
        {
          cell: "H7",
          severity: "warning",
          messageId: "empty-reference/lost-formula",
          data: { empty: "H9" },
          fix: { H9: "=SUM(H10:H11)" },
        },
      ],
    },
    {
      name: "several totals reading the same lost sub-total: reported once, at the first",
      sheets: { [FUNDS]: funds({ F9: null, F12: "=SUM(F13:F15)+F9" }) },
      issues: [
        { cell: "F7", severity: "warning", messageId: "empty-reference/lost-formula", data: { empty: "F9" } },
      ],
    },
    {
      name: "a Dự án total pointing at the Ghi chú column",
      sheets: { [FUNDS]: funds({ F12: "=SUM(F13:F15)+L13" }) },
      issues: [
        {
          cell: "F12",
          severity: "warning",
          messageId: "empty-reference/empty",
          data: { empty: "L13" },
          message:
            "Công thức ở ô F12 lấy số từ ô trống L13: ô đó không phải ô nhập số tiền, có thể công thức trỏ nhầm ô.",
        },
      ],
    },
    {
      name: "an identity reading a column of the header area inside the table",
      sheets: { [FUNDS]: funds({ C10: "=SUM(D10,G10,J10,K10)" }) },
      issues: [
        { cell: "C10", severity: "warning", messageId: "empty-reference/empty", data: { empty: "K10" } },
      ],
    },
  ],
});
