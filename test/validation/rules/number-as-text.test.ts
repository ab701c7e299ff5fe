/**
 * number-as-text: numbers stored as text in amount and target cells. Plain Vietnamese
 * numbers are converted in one click; a decimal comma that could be a thousands comma, a
 * percentage or a padded count ("05") is only suggested. A target that no formula reads
 * is a note: offices type "05" and "0,82%" as text on purpose.
 */
import { numberAsText } from "../../../src/domain/validation/rules/number-as-text";
import { FUNDS, HOUSEHOLDS, TARGETS, funds, households, targets } from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

testRule(numberAsText, {
  valid: [
    {
      name: "numbers typed as numbers",
      sheets: { [FUNDS]: funds(), [HOUSEHOLDS]: households(), [TARGETS]: targets() },
    },
    { name: "text in label columns", sheets: { [FUNDS]: funds({ K10: "Phòng Kinh tế", L10: "Năm 2025" }) } },
    { name: "a target written with words is not a number", sheets: { [TARGETS]: targets({ E5: "≥ 36%" }) } },
    {
      name: "numbers typed as text in a total row are constant-total's",
      sheets: { [FUNDS]: funds({ F9: "300" }) },
    },
    { name: "text outside the table body", sheets: { [FUNDS]: funds({ F20: "1.147" }) } },
  ],
  invalid: [
    {
      name: '"1.147" in an amount cell: SUM skips it, so it is an error, converted in one click',
      sheets: { [FUNDS]: funds({ F13: "1.147" }) },
      issues: [
        {
          cell: "F13",
          severity: "error",
          messageId: "number-as-text/amount",
          fix: { F13: 1147 },
          message: 'Ô F13 chứa "1.147" dạng chữ nên các dòng tổng không cộng số này: nên đổi thành số 1.147.',
        },
      ],
    },
    {
      name: "a decimal comma",
      sheets: { [FUNDS]: funds({ H13: "20,5" }) },
      issues: [{ cell: "H13", severity: "error", messageId: "number-as-text/amount", fix: { H13: 20.5 } }],
    },
    {
      name: '"1,147" could be 1,147 or 1147: only suggested',
      sheets: { [FUNDS]: funds({ J14: "1,147" }) },
      issues: [
        {
          cell: "J14",
          severity: "error",
          messageId: "number-as-text/ambiguous",
          fix: null,
          suggestion: { J14: 1.147 },
          message:
            'Ô J14 chứa "1,147" dạng chữ; dấu phẩy ở đây được hiểu là dấu thập phân (1,147). Hãy kiểm tra trước khi đổi thành số.',
        },
      ],
    },
    {
      name: "targets typed as text: a warning where a formula reads them (Biểu 02's start count), a note elsewhere",
      sheets: {
        [HOUSEHOLDS]: households({ D6: "50" }),
        [TARGETS]: targets({ E5: "100%", E6: "20", E7: "05" }),
      },
      issues: [
        { cell: "D6", severity: "warning", messageId: "number-as-text/target", fix: { D6: 50 } },
        {
          cell: "E5",
          sheet: TARGETS,
          severity: "info",
          messageId: "number-as-text/percent",
          suggestion: { E5: 1 },
          message: 'Ô E5 chứa "100%" dạng chữ: nên đổi thành số 100% (định dạng phần trăm).',
        },
        {
          cell: "E6",
          sheet: TARGETS,
          severity: "info",
          messageId: "number-as-text/target",
          fix: { E6: 20 },
        },
        {
          cell: "E7",
          sheet: TARGETS,
          severity: "info",
          messageId: "number-as-text/padded",
          fix: null,
          suggestion: { E7: 5 },
        },
      ],
    },
  ],
});
