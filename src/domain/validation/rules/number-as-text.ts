/**
 * Numbers stored as text in amount and target cells ("1.147", "0,82%", "(1.001)"): SUM
 * skips them, so every total above shows less than the sheet says. Converting a plain
 * number is a fix; text that reads two ways ("1,147"), a percentage or a padded count
 * ("05") is a suggestion, since the user may have meant the text as written. In Biểu 02
 * and 03 a target as text that no formula reads is only a note: seed plans write "05 hộ"
 * and "0,82%" on purpose and the narrative reads them as written (domain.md §7).
 */
import type { RecognisedTable } from "../../detect/table";
import { parseNumberText, type ParsedNumber } from "../../format/parse-number";
import { cellAt } from "../../workbook";
import { sheetNamed } from "../grid-access";
import { readByFormula } from "../read-cells";
import type { Issue, Severity } from "../issue";
import { cellIssue, fixOf, valueEdit, type CellRef, type IssueExtras } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";
import { isAmountTable, numericCells } from "../table-cells";

const meta: RuleMeta = {
  id: "number-as-text",
  kind: "formula",
  severity: "warning",
  description: {
    vi: 'Số được lưu dạng chữ ("1.147", "0,82%") trong ô số tiền hoặc chỉ tiêu: hàm SUM bỏ qua nên tổng bị thiếu; chuyển thành số.',
    en: 'Numbers stored as text ("1.147", "0,82%") in amount or target cells: SUM skips them, so totals come out short; converts them to numbers.',
  },
  messages: {
    "number-as-text/amount": {
      vi: 'Ô {cell} chứa "{text}" dạng chữ nên các dòng tổng không cộng số này: nên đổi thành số {number}.',
      en: 'Cell {cell} holds "{text}" as text, so the totals leave it out: it should be the number {number}.',
    },
    "number-as-text/target": {
      vi: 'Ô {cell} chứa "{text}" dạng chữ, không tính toán được: nên đổi thành số {number}.',
      en: 'Cell {cell} holds "{text}" as text, which cannot be calculated with: it should be the number {number}.',
    },
    "number-as-text/ambiguous": {
      vi: 'Ô {cell} chứa "{text}" dạng chữ; dấu phẩy ở đây được hiểu là dấu thập phân ({number}). Hãy kiểm tra trước khi đổi thành số.',
      en: 'Cell {cell} holds "{text}" as text; the comma is read as a decimal comma ({number}). Check before converting it to a number.',
    },
    "number-as-text/percent": {
      vi: 'Ô {cell} chứa "{text}" dạng chữ: nên đổi thành số {numberPercent} (định dạng phần trăm).',
      en: 'Cell {cell} holds "{text}" as text: it should be the number {numberPercent} (formatted as a percentage).',
    },
    "number-as-text/padded": {
      vi: 'Ô {cell} chứa "{text}" dạng chữ (có số 0 ở đầu): nên đổi thành số {number}.',
      en: 'Cell {cell} holds "{text}" as text (with a leading zero): it should be the number {number}.',
    },
    "number-as-text/fix": {
      vi: 'Đổi "{text}" thành số {number}',
      en: 'Convert "{text}" to the number {number}',
    },
  },
};

/**
 * "1.147" is read the Vietnamese way (1147) with confidence; "1,147" as 1,147 (a decimal
 * comma) is the reading an English-style typist would not mean, so the user confirms it.
 */
function doubtful(text: string, parsed: ParsedNumber): boolean {
  return parsed.ambiguous && text.includes(",");
}

function messageOf(text: string, parsed: ParsedNumber, amounts: boolean): string {
  if (parsed.percent) return "number-as-text/percent";
  if (doubtful(text, parsed)) return "number-as-text/ambiguous";
  if (parsed.padded) return "number-as-text/padded";
  return amounts ? "number-as-text/amount" : "number-as-text/target";
}

function severityOf(ctx: RuleContext, table: RecognisedTable, at: CellRef): Severity {
  if (isAmountTable(table)) return "error";
  return readByFormula(ctx, at.sheet, at) ? "warning" : "info";
}

function finding(
  ctx: RuleContext,
  table: RecognisedTable,
  at: CellRef,
  text: string,
  parsed: ParsedNumber,
): Issue {
  const amounts = isAmountTable(table);
  const data = { text, number: parsed.value, numberPercent: parsed.value };
  const fix = fixOf("number-as-text/fix", { text, number: parsed.value }, [valueEdit(at, parsed.value)]);
  const plain = !parsed.percent && !doubtful(text, parsed) && !parsed.padded;
  const severity = severityOf(ctx, table, at);
  const extras: IssueExtras = plain ? { severity, fix } : { severity, suggestions: [fix] };
  return cellIssue(meta, at, messageOf(text, parsed, amounts), data, extras);
}

function checkTable(ctx: RuleContext, table: RecognisedTable): Issue[] {
  const sheet = sheetNamed(ctx.grid, table.sheet);
  if (!sheet) return [];
  const issues: Issue[] = [];
  // A number typed where a formula belongs is constant-total's: its fix restores the formula.
  for (const { row, col, expected } of numericCells(table)) {
    const cell = cellAt(sheet, row.row, col);
    if (expected || !cell || cell.formula !== null || typeof cell.value !== "string") continue;
    const parsed = parseNumberText(cell.value);
    if (parsed)
      issues.push(finding(ctx, table, { sheet: table.sheet, row: row.row, col }, cell.value, parsed));
  }
  return issues;
}

function check(ctx: RuleContext): Issue[] {
  return ctx.recognition.tables.flatMap((table) => checkTable(ctx, table));
}

export const numberAsText: Rule = { meta, check };
