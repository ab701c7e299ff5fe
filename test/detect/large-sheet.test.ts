/**
 * Recognition of a 20,000-row funds table (every Dự án followed by thousands of activities)
 * reads every row; how long it takes is measured by `npm run bench`, not here.
 */
import { recognise } from "../../src/domain/detect/recognise";
import type { CellInput } from "./support/grid";
import { sheet, workbook } from "./support/grid";
import { PROGRAMS } from "./support/programs";
import { onlyTable } from "./support/read";

function fundsRows(count: number): CellInput[][] {
  const rows: CellInput[][] = [
    ["PHỤ LỤC 01"],
    ["Đơn vị tính: đồng"],
    ["TT", "Nội dung", "Tổng cộng", "NSTW", "NSĐP", "Ghi chú"],
    [null, "TỔNG CỘNG", 1, 1, 0],
  ];
  const projects = ["Dự án 2", "Dự án 5", "Dự án 6: Truyền thông và giảm nghèo về thông tin"];
  const perProject = Math.floor((count - rows.length) / projects.length) - 1;
  for (const [p, label] of projects.entries()) {
    rows.push([p + 1, label, 1, 1, 0]);
    for (let i = 0; i < perProject; i++)
      rows.push(["-", `Hỗ trợ hoạt động số ${i + 1}`, 1000, 1000, 0, "thôn 3"]);
  }
  return rows;
}

describe("a 20,000-row sheet", () => {
  it("reads all 20,000 rows of the funds table", () => {
    const table = onlyTable(
      recognise(workbook([sheet("Sheet1", fundsRows(20_000))]), PROGRAMS),
      "phu-luc-01",
    );
    expect(table.bodyRows.last).toBeGreaterThan(19_990);
    expect(table.rows.filter((r) => r.role === "project").map((r) => r.key)).toEqual(["DA2", "DA5", "DA6"]);
    expect(table.rows.find((r) => r.key === "DA2")?.childRows.length).toBeGreaterThan(6_000);
    expect(table.unitFactor).toBe(1e-6);
  });
});
