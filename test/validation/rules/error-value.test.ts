/**
 * error-value: an error is reported where it starts, and the totals it spreads to get one
 * note at the grand total, not one error each. Errors elsewhere in the workbook that no
 * plan table reads are warnings.
 */
import { errorValue } from "../../../src/domain/validation/rules/error-value";
import { FUNDS, funds } from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

testRule(errorValue, {
  valid: [
    { name: "a correct plan", sheets: { [FUNDS]: funds() } },
    {
      name: "IFERROR catches the error it guards against",
      sheets: { [FUNDS]: funds({ L10: '=IFERROR(1/0,"")' }) },
    },
    {
      name: 'the text "#N/A" typed in a note is not an error value',
      sheets: { [FUNDS]: funds({ L11: "#N/A" }) },
    },
  ],
  invalid: [
    {
      name: "#REF! in DA2: the cell once, and one note at TỔNG CỘNG for everything above it",
      sheets: { [FUNDS]: funds({ F8: "=#REF!" }) },
      issues: [
        {
          cell: "F8",
          severity: "error",
          messageId: "error-value/ref",
          message:
            "Ô F8 báo lỗi #REF!: công thức trỏ tới ô hoặc trang tính đã bị xóa. Cần sửa lại tham chiếu trong công thức.",
        },
        {
          cell: "C7",
          severity: "info",
          messageId: "error-value/depends",
          data: { source: "F8", count: 5 },
          message:
            "Ô C7 báo lỗi #REF! vì lấy số từ ô F8 đang bị lỗi (5 ô bị ảnh hưởng). Sửa ô F8 thì các ô này hết lỗi.",
        },
      ],
    },
    {
      name: "two errors reaching the same total share one note",
      sheets: { [FUNDS]: funds({ F8: "=#REF!", F10: "=F11/0" }) },
      issues: [
        { cell: "F8", severity: "error", messageId: "error-value/ref" },
        { cell: "F10", severity: "error", messageId: "error-value/div0" },
        {
          cell: "C7",
          severity: "info",
          messageId: "error-value/depends",
          data: { source: "F8, F10", count: 10 },
        },
      ],
    },
    {
      name: "an error value typed into an input cell",
      sheets: { [FUNDS]: funds({ H10: { error: "#N/A" } }) },
      issues: [
        { cell: "H10", severity: "error", messageId: "error-value/na" },
        { cell: "C7", severity: "info", messageId: "error-value/depends", data: { source: "H10", count: 8 } },
      ],
    },
    {
      name: "a cached error on a sheet no plan table reads is a warning",
      sheets: {
        [FUNDS]: funds(),
        "Danh sách hộ": { A1: "Họ và tên", B2: { f: "=VLOOKUP(A2,C:D,2,FALSE)", v: { error: "#N/A" } } },
      },
      issues: [{ cell: "B2", sheet: "Danh sách hộ", severity: "warning", messageId: "error-value/na" }],
    },
    {
      name: "an error on another sheet that feeds the plan is an error there, noted in the plan",
      sheets: { [FUNDS]: funds({ F10: "='Nguồn vốn'!B2" }), "Nguồn vốn": { B2: "=1/0" } },
      issues: [
        {
          cell: "C7",
          severity: "info",
          messageId: "error-value/depends",
          data: { source: "'Nguồn vốn'!B2" },
        },
        { cell: "B2", sheet: "Nguồn vốn", severity: "error", messageId: "error-value/div0" },
      ],
    },
    {
      name: "a circular reference is reported once, at the loop",
      sheets: { [FUNDS]: funds({ F10: "=F11", F11: "=F10" }) },
      issues: [
        { cell: "F10", severity: "error", messageId: "error-value/circular" },
        { cell: "C7", severity: "info", messageId: "error-value/depends", data: { source: "F10" } },
      ],
    },
    {
      name: "#NAME? from a misspelt function",
      sheets: { [FUNDS]: funds({ E12: { f: "=SUMM(E13:E15)", v: { error: "#NAME?" } } }) },
      issues: [
        { cell: "E12", severity: "error", messageId: "error-value/name" },
        { cell: "C7", severity: "info", messageId: "error-value/depends", data: { source: "E12" } },
      ],
    },
  ],
});
