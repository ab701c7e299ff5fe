/**
 * Checks that a batch of sheet plans fits the workbook before anything is written.
 * ExcelJS would otherwise truncate a long sheet name silently (leaving the plan's defined
 * names pointing at a sheet that does not exist) and would merge a repeated defined name
 * into the existing one, changing a name the user's formulas may rely on. Overlapping
 * merges would make ExcelJS throw halfway through a sheet, and a row height Excel cannot
 * show (beyond 409 pt) would make a file Excel repairs on opening.
 */
import type ExcelJS from "exceljs";
import { rangeToA1, type RangeAddress } from "../../domain/address/cell-address";
import type { SheetPlan } from "../../domain/sheet-plan";
import { MAX_ROW_HEIGHT } from "../../domain/templates/render/row-heights";
import { definedNameList } from "./defined-names";

const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[*?:/\\[\]]/;

/** Excel compares sheet and defined names without regard to case. */
function key(name: string): string {
  return name.toLocaleLowerCase("vi");
}

function checkSheetName(name: string): void {
  const problem =
    name.trim() === ""
      ? "is empty"
      : name.length > MAX_SHEET_NAME
        ? `is longer than ${MAX_SHEET_NAME} characters`
        : FORBIDDEN_IN_SHEET_NAME.test(name)
          ? "contains one of * ? : \\ / [ ]"
          : /^'|'$/.test(name)
            ? "starts or ends with an apostrophe"
            : null;
  if (problem) throw new Error(`Sheet name "${name}" ${problem}`);
}

function claim(used: Set<string>, name: string, what: string): void {
  if (used.has(key(name))) throw new Error(`The workbook already has ${what} "${name}"`);
  used.add(key(name));
}

function overlap(a: RangeAddress, b: RangeAddress): boolean {
  const apart =
    a.end.row < b.start.row || b.end.row < a.start.row || a.end.col < b.start.col || b.end.col < a.start.col;
  return !apart;
}

function checkMerges(plan: SheetPlan): void {
  plan.merges.forEach((a, i) => {
    const b = plan.merges.slice(i + 1).find((other) => overlap(a, other));
    if (b)
      throw new Error(
        `Sheet plan "${plan.sheetName}" merges overlapping areas ${rangeToA1(a)} and ${rangeToA1(b)}`,
      );
  });
}

function checkRowHeights(plan: SheetPlan): void {
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    const rowOk = Number.isInteger(Number(row)) && Number(row) >= 1;
    if (!rowOk || !(height >= 0 && height <= MAX_ROW_HEIGHT))
      throw new Error(
        `Sheet plan "${plan.sheetName}" gives row ${row} a height of ${height} pt (Excel allows 0 to ${MAX_ROW_HEIGHT})`,
      );
  }
}

export function checkPlansFit(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): void {
  const sheets = new Set(workbook.worksheets.map((sheet) => key(sheet.name)));
  const names = new Set(definedNameList(workbook).map(key));
  for (const plan of plans) {
    checkSheetName(plan.sheetName);
    checkMerges(plan);
    checkRowHeights(plan);
    claim(sheets, plan.sheetName, "a sheet named");
    for (const name of plan.names) claim(names, name.name, "a defined name");
  }
}
