/**
 * Printed sheets show every line of their wrapped texts: estimateRowHeights on small
 * plans (one line stays default, long labels, merged widths, bold, titles, formulas,
 * headers over two rows, hidden rows, Excel's limits), then every real template checked
 * against the lines LibreOffice breaks each label into, without rows far taller than that.
 */
import type { RangeAddress } from "../../src/domain/address/cell-address";
import type { CellStyle, PlannedCell, SheetPlan } from "../../src/domain/sheet-plan";
import { PL01_COLUMNS, PL01_ROWS, SETTING_KEYS, TTC_COLUMNS } from "../../src/domain/templates/column-keys";
import { estimateRowHeights, type RowHeightInput } from "../../src/domain/templates/render/row-heights";
import { wrappedLineCount, type FontFace } from "../../src/domain/templates/render/text-width";
import { addressOf, GIAM_NGHEO, planAll, planOf, SCENARIOS } from "./support/fixtures";

const DA1 =
  "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo";
const STYLES: Readonly<Record<string, CellStyle>> = {
  label: { wrap: true, border: true },
  project: { wrap: true, bold: true },
  title: { wrap: true, bold: true, fontSize: 13 },
  plain: {},
};

/** LibreOffice's line pitch for Times New Roman (1.15 em), what a line really takes on paper. */
const PRINTED_LINE = 1.15;

function text(row: number, col: number, value: string, style = "label"): PlannedCell {
  return { address: { row, col }, value, style };
}

function sheet(cells: PlannedCell[], extra: Partial<RowHeightInput> = {}): RowHeightInput {
  return { cells, styles: STYLES, columnWidths: [5, 46, 11, 11, 11], merges: [], hiddenRows: [], ...extra };
}

function rows(first: number, last: number, col = 2): RangeAddress {
  return { start: { row: first, col }, end: { row: last, col } };
}

describe("estimateRowHeights", () => {
  test("a label that fits on one line leaves its row at Excel's default height", () => {
    expect(estimateRowHeights(sheet([text(1, 2, "Tiểu dự án 2: Giám sát, đánh giá")]))).toEqual({});
  });

  test("the Dự án 1 name gets room for its three printed lines, and at most one spare", () => {
    const height = estimateRowHeights(sheet([text(3, 2, DA1, "project")]))[3] ?? 0;
    expect(height).toBeGreaterThanOrEqual(3 * PRINTED_LINE * 11);
    expect(height).toBeLessThanOrEqual(4 * 1.3 * 11 + 3);
  });

  test("a merged area wraps in the width of all its columns", () => {
    const long = "Chưa đạt, còn thiếu 1.234 triệu đồng theo tỷ lệ tối thiểu";
    const alone = estimateRowHeights(sheet([text(1, 3, long)]))[1] ?? 15;
    const merged = estimateRowHeights(
      sheet([text(1, 3, long)], { merges: [{ start: { row: 1, col: 3 }, end: { row: 1, col: 5 } }] }),
    )[1];
    expect(merged ?? 15).toBeLessThan(alone);
  });

  test("bold text needs at least as much room as the same text in regular", () => {
    const regular = estimateRowHeights(sheet([text(1, 3, "Vốn huy động khác ngoài ngân sách")]))[1];
    const bold = estimateRowHeights(sheet([text(1, 3, "Vốn huy động khác ngoài ngân sách", "project")]))[1];
    expect(bold ?? 15).toBeGreaterThanOrEqual(regular ?? 15);
    expect(bold).toBeGreaterThan(15);
  });

  test("a one-line title in 13 pt gets a row taller than the default, but only one line tall", () => {
    const height = estimateRowHeights(sheet([text(1, 2, "PHỤ LỤC 01", "title")]))[1] ?? 0;
    expect(height).toBeGreaterThan(13 * PRINTED_LINE);
    expect(height).toBeLessThan(2 * 13 * PRINTED_LINE);
  });

  test("a text without wrap stays on one line however long it is", () => {
    expect(estimateRowHeights(sheet([text(1, 1, DA1, "plain")]))).toEqual({});
  });

  test("a formula cell is sized by the texts it may show, given by address", () => {
    const status: PlannedCell = {
      address: { row: 2, col: 3 },
      formula: '=IF(D2>=E2,"Đạt","Chưa đạt")',
      style: "label",
    };
    expect(estimateRowHeights(sheet([status]))).toEqual({});
    const shown = new Map([["C2", ["Đạt", "Chưa đạt, còn thiếu 999.999 triệu đồng"]]]);
    expect(estimateRowHeights(sheet([status]), shown)[2]).toBeGreaterThanOrEqual(3 * PRINTED_LINE * 11);
  });

  test("a header spanning two rows shares what it lacks between them, after one-row headers are placed", () => {
    const spanning = text(4, 3, "Vốn huy động khác của doanh nghiệp và người dân", "project");
    const lone = estimateRowHeights(sheet([spanning], { merges: [rows(4, 5, 3)] }));
    expect(lone[4]).toBe(lone[5]);
    expect((lone[4] ?? 0) + (lone[5] ?? 0)).toBeGreaterThanOrEqual(4 * PRINTED_LINE * 11);
    const withTallNeighbour = estimateRowHeights(
      sheet([spanning, text(5, 4, "Đầu tư phát triển hạ tầng thiết yếu ở thôn bản", "project")], {
        merges: [rows(4, 5, 3)],
      }),
    );
    expect(withTallNeighbour[5]).toBeGreaterThan(withTallNeighbour[4] ?? 15);
  });

  test("hidden rows get no height", () => {
    expect(estimateRowHeights(sheet([text(5, 2, DA1)], { hiddenRows: [5] }))).toEqual({});
  });

  test("heights are whole pixels (0.75 pt) and never beyond Excel's 409 pt", () => {
    const heights = estimateRowHeights(sheet([text(1, 2, DA1), text(2, 1, DA1.repeat(20))]));
    expect(Object.values(heights).every((h) => Number.isInteger(h / 0.75))).toBe(true);
    expect(heights[2]).toBe(408.75);
  });
});

/** The printed width of an area as LibreOffice drew it at Excel's pixel widths, in em of `size`. */
function printedLineEm(plan: SheetPlan, area: RangeAddress, size: number): number {
  let pixels = 0;
  for (let col = area.start.col; col <= area.end.col; col++) {
    pixels += Math.trunc(((256 * (plan.columnWidths[col - 1] ?? 8.43) + 18) / 256) * 7);
  }
  return ((pixels - 5) * 0.75) / size;
}

interface Label {
  readonly area: RangeAddress;
  readonly text: string;
  readonly size: number;
  readonly face: FontFace;
}

function wrappedLabels(plan: SheetPlan): Label[] {
  return plan.cells.flatMap((cell) => {
    const style = plan.styles[cell.style ?? ""];
    if (!style?.wrap || typeof cell.value !== "string" || cell.value === "") return [];
    const { row, col } = cell.address;
    const area = plan.merges.find((m) => m.start.row === row && m.start.col === col) ?? {
      start: cell.address,
      end: cell.address,
    };
    const face: FontFace = style.bold ? "bold" : style.italic ? "italic" : "regular";
    return [{ area, text: cell.value, size: style.fontSize ?? 11, face }];
  });
}

function heightOf(plan: SheetPlan, area: RangeAddress): number {
  let total = 0;
  for (let row = area.start.row; row <= area.end.row; row++) total += plan.rowHeights?.[row] ?? 15;
  return total;
}

function printedLines(plan: SheetPlan, label: Label): number {
  return wrappedLineCount(label.text, printedLineEm(plan, label.area, label.size), label.face);
}

describe.each(SCENARIOS.map((s) => [s.name, s] as const))("the real templates, %s", (_, scenario) => {
  const plans = planAll(GIAM_NGHEO, scenario.settings(GIAM_NGHEO));

  test.each(plans.map((p) => [p.sheetName, p] as const))(
    "%s: every wrapped label has room for the lines LibreOffice prints",
    (__, plan) => {
      const short = wrappedLabels(plan).filter(
        (label) => heightOf(plan, label.area) < printedLines(plan, label) * PRINTED_LINE * label.size,
      );
      expect(short.map((label) => label.text)).toEqual([]);
    },
  );

  test.each(plans.map((p) => [p.sheetName, p] as const))(
    "%s: no one-row label gets more than one spare line",
    (__, plan) => {
      const oneRow = wrappedLabels(plan).filter((label) => label.area.start.row === label.area.end.row);
      const roomy = [...new Set(oneRow.map((label) => label.area.start.row))].filter((row) => {
        const labels = oneRow.filter((label) => label.area.start.row === row);
        const allowed = Math.max(...labels.map((l) => (printedLines(plan, l) + 1) * 1.3 * l.size + 3));
        return heightOf(plan, rows(row, row)) > Math.max(15, allowed);
      });
      expect(roomy).toEqual([]);
    },
  );

  test("Phụ lục 01: TỔNG CỘNG keeps the default height, the counterpart verdict has room for a shortfall", () => {
    const plan = planOf(plans, "phu-luc-01");
    const total = addressOf(plan, PL01_ROWS.total, PL01_COLUMNS.noiDung);
    expect(plan.rowHeights?.[total.row]).toBeUndefined();
    const status = addressOf(plan, PL01_ROWS.status, PL01_COLUMNS.nsdp);
    const area = plan.merges.find((m) => m.start.row === status.row && m.start.col === status.col);
    if (!area) throw new Error("the verdict is not merged");
    const shortfall = {
      area,
      text: "Chưa đạt, còn thiếu 1.234 triệu đồng",
      size: 11,
      face: "regular" as const,
    };
    const needed = printedLines(plan, shortfall) * PRINTED_LINE * 11;
    expect([printedLines(plan, shortfall), heightOf(plan, area) >= needed]).toEqual([
      scenario.districtColumn ? 1 : 2,
      true,
    ]);
  });

  test("Thông tin chung: the province group row has room for the looked-up group name", () => {
    const plan = planOf(plans, "thong-tin-chung");
    const group = addressOf(plan, SETTING_KEYS.provinceGroup, TTC_COLUMNS.note);
    expect(plan.rowHeights?.[group.row]).toBeGreaterThanOrEqual(2 * PRINTED_LINE * 11);
  });

  test("the hidden row of column keys gets no height", () => {
    for (const plan of plans) {
      for (const row of plan.hiddenRows) expect(plan.rowHeights?.[row]).toBeUndefined();
    }
  });
});
