/**
 * unrecognised: recognition's notes become information issues at the place they are about,
 * with recognition's own sentences.
 */
import { NOTE_IDS } from "../../../src/domain/detect/notes";
import { unrecognised } from "../../../src/domain/validation/rules/unrecognised";
import { FUNDS, funds } from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

testRule(unrecognised, {
  valid: [{ name: "recognition placed everything", sheets: { [FUNDS]: funds() } }],
  invalid: [
    {
      name: "a row that matches no catalog item",
      sheets: { [FUNDS]: funds({ B16: "Chi khác" }) },
      notes: [
        {
          sheet: FUNDS,
          row: 16,
          col: 2,
          messageId: NOTE_IDS.rowUnmatched,
          data: { row: 16, label: "Chi khác" },
        },
      ],
      issues: [
        {
          cell: "B16",
          severity: "info",
          messageId: NOTE_IDS.rowUnmatched,
          message:
            "Dòng 16 (“Chi khác”) không khớp với dự án, tiểu dự án hay chỉ tiêu nào nên không được đối chiếu.",
        },
      ],
    },
    {
      name: "a note about a whole sheet sits at its first cell",
      sheets: { [FUNDS]: funds(), "Ghi chép": { A1: "Ghi chép riêng" } },
      notes: [
        {
          sheet: "Ghi chép",
          row: null,
          col: null,
          messageId: NOTE_IDS.sheetUnrecognised,
          data: { sheet: "Ghi chép" },
        },
      ],
      issues: [{ cell: "A1", sheet: "Ghi chép", severity: "info", messageId: NOTE_IDS.sheetUnrecognised }],
    },
    {
      name: "a note about the whole workbook is shown at the first sheet",
      sheets: { [FUNDS]: funds() },
      notes: [
        {
          sheet: "",
          row: null,
          col: null,
          messageId: NOTE_IDS.settingsInferred,
          data: { year: 2025, level: "xã" },
        },
      ],
      issues: [
        {
          cell: "A1",
          severity: "info",
          messageId: NOTE_IDS.settingsInferred,
          message: "Không có trang “Thông tin chung”; năm 2025 và cấp xã được lấy từ tiêu đề các bảng.",
        },
      ],
    },
    {
      name: "a note recognition has no sentence for still shows with its id",
      sheets: { [FUNDS]: funds() },
      notes: [{ sheet: FUNDS, row: 4, col: 1, messageId: "detect.something-new", data: {} }],
      issues: [
        {
          cell: "A4",
          severity: "info",
          messageId: "unrecognised/note",
          message:
            'Trang "Phụ lục 01", ô A4: không nhận diện được phần này của bảng (detect.something-new) nên các kiểm tra bỏ qua nó.',
        },
      ],
    },
  ],
});
