/**
 * Shows the user a cell an issue points at: activates its sheet and selects the cell or
 * range, in one sync. Rejects with Excel's error when the sheet is gone or hidden (Excel
 * cannot select there); the pane says so rather than pretending to have moved.
 */
import type { ExcelApi } from "./excel-api";

/** `address` is A1 without the sheet part: "C12" or "B5:N5". */
export async function selectCell(excel: ExcelApi, sheet: string, address: string): Promise<void> {
  await excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
