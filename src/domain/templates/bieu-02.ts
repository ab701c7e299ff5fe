/**
 * Biểu số 02, the household targets of domain.md §5: poor and near-poor households at the
 * start of the year, planned exits, returns and new cases, and the year-end number and
 * rate. Users type the counts; the year-end number (đầu năm − thoát + tái + phát sinh), the
 * rates (÷ total households) and the rate reduction are formulas.
 */
import { B02_COLUMNS as C, B02_ROWS as R, type B02Column } from "./column-keys";
import { field, formula, input, ratio } from "./spec-helpers";
import type { FixedRow, RowCells, TemplateSpec } from "./template-spec";

const VALUE_COLUMNS = [C.hoNgheo, C.hoCanNgheo] as const;

function bothValues(cell: RowCells<B02Column>[B02Column]): RowCells<B02Column> {
  return Object.fromEntries(VALUE_COLUMNS.map((key) => [key, cell]));
}

const TOTAL_HOUSEHOLDS = { row: R.totalHouseholds, col: C.hoNgheo } as const;

/** Sub-rows (rates, "Trong đó") have no number of their own. */
function row(
  key: string,
  number: string | null,
  label: string,
  unit: string,
  cells: RowCells<B02Column>,
): FixedRow<B02Column> {
  return { key, fields: { number, label, unit }, cells };
}

const COUNTS = bothValues(input("count"));

export const BIEU_02: TemplateSpec<B02Column> = {
  id: "bieu-02",
  sheetName: "Biểu 02",
  titles: [
    { kind: "title", text: "BIỂU SỐ 02" },
    { kind: "title", text: "CHỈ TIÊU GIẢM NGHÈO NĂM {year}" },
    { kind: "attachment" },
  ],
  columns: [
    { key: C.tt, header: "TT", width: 5, align: "center" },
    { key: C.chiTieu, header: "Chỉ tiêu", width: 46 },
    { key: C.dvt, header: "Đơn vị tính", width: 9, align: "center" },
    { key: C.hoNgheo, header: "Hộ nghèo", width: 13 },
    { key: C.hoCanNgheo, header: "Hộ cận nghèo", width: 13 },
    { key: C.ghiChu, header: "Ghi chú", width: 20 },
  ],
  body: [
    {
      from: "rows",
      rows: [
        {
          ...row(R.totalHouseholds, "1", "Tổng số hộ dân cư trên địa bàn", "Hộ", {
            [C.hoNgheo]: input("count"),
          }),
          merge: [C.hoNgheo, C.hoCanNgheo],
        },
        row(R.start, "2", "Số hộ đầu năm", "Hộ", COUNTS),
        row(
          R.startRate,
          null,
          "Tỷ lệ so với tổng số hộ",
          "%",
          bothValues(ratio({ row: R.start }, TOTAL_HOUSEHOLDS)),
        ),
        row(R.startEthnic, null, "Trong đó: hộ dân tộc thiểu số", "Hộ", COUNTS),
        row(R.exits, "3", "Số hộ thoát nghèo, thoát cận nghèo trong năm", "Hộ", COUNTS),
        row(R.returns, "4", "Số hộ tái nghèo, tái cận nghèo trong năm", "Hộ", COUNTS),
        row(R.added, "5", "Số hộ nghèo, hộ cận nghèo phát sinh mới trong năm", "Hộ", COUNTS),
        row(
          R.end,
          "6",
          "Số hộ cuối năm",
          "Hộ",
          bothValues(
            formula("count", {
              op: "linear",
              terms: [
                { ref: { row: R.start }, sign: 1 },
                { ref: { row: R.exits }, sign: -1 },
                { ref: { row: R.returns }, sign: 1 },
                { ref: { row: R.added }, sign: 1 },
              ],
            }),
          ),
        ),
        row(
          R.endRate,
          null,
          "Tỷ lệ so với tổng số hộ",
          "%",
          bothValues(ratio({ row: R.end }, TOTAL_HOUSEHOLDS)),
        ),
        row(
          R.reduction,
          "7",
          "Mức giảm tỷ lệ trong năm",
          "%",
          bothValues(
            formula("percent", { op: "difference", from: { row: R.startRate }, minus: { row: R.endRate } }),
          ),
        ),
      ],
    },
  ],
  cells: {
    row: {
      [C.tt]: field("number"),
      [C.chiTieu]: field("label"),
      [C.dvt]: field("unit"),
      [C.ghiChu]: input("text"),
    },
  },
  orientation: "portrait",
};
