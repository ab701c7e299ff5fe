/**
 * inconsistent-formula: a formula that breaks a run of copies along its row or down its
 * column. Plan layouts where shapes differ by design (identity columns beside source
 * columns) stay quiet; the fix copies the neighbours' shape, and is only a suggestion when
 * it changes the cell's number.
 */
import { inconsistentFormula } from "../../../src/domain/validation/rules/inconsistent-formula";
import { FUNDS, HOUSEHOLDS, funds, households } from "../support/plan-sheets";
import { testRule } from "../support/rule-tester";

const DOUBLED = { A1: 1, B1: 2, C1: 3, D1: 4, A2: "=A1*2", B2: "=B1*2", C2: "=C1*2", D2: "=D1*2" };

testRule(inconsistentFormula, {
  valid: [
    {
      name: "our Phụ lục 01: identity columns differ from the source columns by design",
      sheets: { [FUNDS]: funds() },
    },
    { name: "our Biểu 02", sheets: { [HOUSEHOLDS]: households() } },
    {
      name: "a Dự án row between Tiểu dự án rows adds its own rows: a different kind of row, not a slip",
      sheets: { [FUNDS]: funds({ C9: "=SUM(C10:C11)", C12: "=SUM(C13:C15)" }) },
    },
    { name: "a row of copied formulas", sheets: { "Tổng hợp": DOUBLED } },
    {
      name: "a formula at the end of a run has only one neighbour",
      sheets: { "Tổng hợp": { ...DOUBLED, D2: "=D1*3" } },
    },
    {
      name: "two different neighbours do not make a run",
      sheets: { "Tổng hợp": { ...DOUBLED, B2: "=B1+1", C2: "=C1*3" } },
    },
  ],
  invalid: [
    {
      name: "a Dự án cell whose SUM was shortened, between two intact ones",
      sheets: { [FUNDS]: funds({ I12: "=SUM(I13:I14)" }) },
      issues: [
        {
          cell: "I12",
          severity: "warning",
          messageId: "inconsistent-formula/row",
          data: { first: "H12", second: "J12" },
          fix: null,
          suggestion: { I12: "=SUM(I13:I15)" },
          message:
            "Công thức ở ô I12 khác mẫu với hai ô bên cạnh H12 và J12 trên cùng dòng, có thể đã bị sửa tay: theo mẫu của hai ô đó, ô này là =SUM(I13:I15).",
        },
      ],
    },
    {
      name: "a Tổng cộng cell that lost a column, in the run of identity formulas of the Tiểu dự án rows",
      sheets: { [FUNDS]: funds({ C14: "=SUM(D14,G14)" }) },
      issues: [
        {
          cell: "C14",
          severity: "warning",
          messageId: "inconsistent-formula/column",
          data: { first: "C13", second: "C15" },
          fix: null,
          suggestion: { C14: "=SUM(D14,G14,J14)" },
        },
      ],
    },
    {
      name: "a different shape that gives the same number: the fix is one click",
      sheets: { [FUNDS]: funds({ C14: "=D14+G14+J14" }) },
      issues: [
        {
          cell: "C14",
          severity: "warning",
          messageId: "inconsistent-formula/column",
          fix: { C14: "=SUM(D14,G14,J14)" },
        },
      ],
    },
    {
      name: "any sheet: one formula typed over in a row of copies",
      sheets: { "Tổng hợp": { ...DOUBLED, C2: "=C1*3" } },
      issues: [
        {
          cell: "C2",
          severity: "warning",
          messageId: "inconsistent-formula/row",
          suggestion: { C2: "=C1*2" },
        },
      ],
    },
  ],
});
