/**
 * negative-amount: a negative amount is reported where it is typed or computed, not again
 * at every total that adds it up.
 */
import { negativeAmount } from "../../../src/domain/validation/rules/negative-amount";
import {
  FUNDS,
  HOUSEHOLDS,
  funds,
  fundsColumnsWithout,
  fundsTable,
  households,
} from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

testRule(negativeAmount, {
  valid: [
    { name: "amounts of zero and more", sheets: { [FUNDS]: funds({ E10: 0 }) } },
    {
      name: "Biểu 02's rate reduction may be negative: it is not an amount",
      sheets: { [HOUSEHOLDS]: households({ D11: 40 }) },
    },
  ],
  invalid: [
    {
      name: "a negative Tiểu dự án amount, not the totals it turns negative",
      sheets: { [FUNDS]: funds({ H13: -500 }) },
      issues: [
        {
          cell: "H13",
          severity: "error",
          messageId: "negative-amount/negative",
          message: "Ô H13 có số tiền âm (-500): kinh phí không được nhỏ hơn 0.",
        },
      ],
    },
    {
      name: 'a negative number stored as text "(1.001)"',
      sheets: { [FUNDS]: funds({ F8: "(1.001)" }) },
      issues: [
        { cell: "F8", severity: "error", messageId: "negative-amount/negative", data: { amount: -1001 } },
      ],
    },
    {
      name: "two negative inputs under the same total are both sources",
      sheets: { [FUNDS]: funds({ I10: -20, I11: -30 }) },
      issues: [
        { cell: "I10", severity: "error", messageId: "negative-amount/negative" },
        { cell: "I11", severity: "error", messageId: "negative-amount/negative" },
      ],
    },
    {
      name: "a negative input in a column recognition left out is found through the totals that add it",
      sheets: { [FUNDS]: funds({ F10: -60 }) },
      tables: [fundsTable({ columns: fundsColumnsWithout("sn") })],
      issues: [
        { cell: "F10", severity: "error", messageId: "negative-amount/negative", data: { amount: -60 } },
      ],
    },
    {
      name: "a formula that subtracts too much is where the negative starts",
      sheets: { [FUNDS]: funds({ J12: "=J13-J14" }) },
      issues: [
        { cell: "J12", severity: "error", messageId: "negative-amount/negative", data: { amount: -5 } },
      ],
    },
  ],
});
