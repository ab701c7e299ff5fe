/**
 * Reduces the in-memory Excel (after the Office adapter wrote into it) to the
 * WorkbookSnapshot the parity test compares, normalised like the ExcelJS side
 * (exceljs-snapshot.ts): formulas with "=", "General" when no number format, locked
 * unless unlocked, widths back in character units rounded to 1/100, row heights in points
 * for rows given one, merges and validations sorted, defined names as absolute references
 * with quoted sheet names.
 */
import { pointsToCharacterWidth } from "../../src/adapters/office/column-width";
import type {
  BasicDataValidation,
  DataValidationOperator,
  DataValidationRule,
  DateDataValidation,
} from "../../src/adapters/office/excel-api";
import type { FakeExcel } from "../../src/adapters/memory/excel-fake";
import type { FakeCellView, FakeSheetView } from "../../src/adapters/memory/fake-inspection";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./sheet-snapshot";

const round2 = (n: number) => Math.round(n * 100) / 100;

function isNonEmpty(cell: FakeCellView): boolean {
  return cell.formula !== null || (cell.value !== null && cell.value !== "");
}

function cellSnapshot(cell: FakeCellView): CellSnapshot {
  return {
    value: cell.formula === null ? cell.value : null,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    bold: cell.bold,
    locked: cell.locked,
  };
}

function operand(
  value: BasicDataValidation["formula1"] | DateDataValidation["formula1"] | undefined,
): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return value.address;
  return String(value).replace(/^=/, "");
}

/** Excel JS API operator -> the .xlsx (ExcelJS) spelling the ExcelJS side prints. */
const XLSX_OPERATOR: Readonly<Record<DataValidationOperator, string>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

function describeBounds(kind: string, basic: BasicDataValidation | DateDataValidation): string {
  if (basic.operator === "Between") return `${kind} ${operand(basic.formula1)}..${operand(basic.formula2)}`;
  if (basic.operator === "GreaterThanOrEqualTo") return `${kind}>=${operand(basic.formula1)}`;
  return `${kind} ${XLSX_OPERATOR[basic.operator]} ${operand(basic.formula1)}`;
}

/** Same wording as the ExcelJS side: "decimal>=0", "whole 0..100", "list:a,b", "date>=2025-01-01". */
export function describeRule(rule: DataValidationRule | null): string {
  if (rule?.decimal) return describeBounds("decimal", rule.decimal);
  if (rule?.wholeNumber) return describeBounds("whole", rule.wholeNumber);
  if (rule?.date) return describeBounds("date", rule.date);
  if (rule?.list) return `list:${operand(rule.list.source)}`;
  return "none";
}

function columnWidths(sheet: FakeSheetView): number[] {
  const columns = Object.keys(sheet.columnWidths).map(Number);
  const last = columns.length === 0 ? 0 : Math.max(...columns);
  return Array.from({ length: last }, (_, i) => {
    const points = sheet.columnWidths[i + 1];
    return points === undefined ? 0 : round2(pointsToCharacterWidth(points));
  });
}

function sheetSnapshot(sheet: FakeSheetView): SheetSnapshot {
  const cells = Object.entries(sheet.cells).filter(([, cell]) => isNonEmpty(cell));
  return {
    name: sheet.name,
    cells: Object.fromEntries(cells.map(([address, cell]) => [address, cellSnapshot(cell)])),
    merges: [...sheet.merges].sort(),
    validations: sheet.validations.map((v) => `${v.address} ${describeRule(v.rule)}`).sort(),
    columnWidths: columnWidths(sheet),
    rowHeights: { ...sheet.rowHeights },
    protected: sheet.protection.protected,
    print: {
      orientation: sheet.page.orientation.toLowerCase(),
      paperSize: sheet.page.paperSize,
      repeatRows: sheet.page.printTitleRows,
    },
  };
}

/** `sheets` limits the snapshot to those sheets (e.g. the inserted ones), in workbook order. */
export function snapshotFake(fake: FakeExcel, sheets?: readonly string[]): WorkbookSnapshot {
  const wanted = fake.sheetNames().filter((name) => !sheets || sheets.includes(name));
  const names = [...fake.names()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    sheets: wanted.map((name) => sheetSnapshot(fake.sheet(name))),
    names: Object.fromEntries(names.map((n) => [n.name, n.formula.replace(/^=/, "")])),
  };
}
