/**
 * Small, correct Biểu 02 (households down and figures across, or turned sideways) and
 * Biểu 03 sheets in A1 notation with their recognition, for the rule tests.
 */
import { columnLetters } from "../../../src/domain/address/cell-address";
import type { RecognisedTable } from "../../../src/domain/detect/table";
import {
  B02_COLUMNS as B02,
  B02_ROWS as R2,
  B03_COLUMNS as B03,
} from "../../../src/domain/templates/column-keys";
import type { CellInput, SheetCells } from "./grid";
import { columnsOf, row, table } from "./recognition";

export const HOUSEHOLDS = "Biểu 02";
export const TARGETS = "Biểu 03";

const PERCENT = "0.00%";

const B02_LINES: readonly { key: string; label: string; unit: string }[] = [
  { key: R2.totalHouseholds, label: "Tổng số hộ dân cư trên địa bàn", unit: "Hộ" },
  { key: R2.start, label: "Số hộ đầu năm", unit: "Hộ" },
  { key: R2.startRate, label: "Tỷ lệ so với tổng số hộ", unit: "%" },
  { key: R2.startEthnic, label: "Trong đó: hộ dân tộc thiểu số", unit: "Hộ" },
  { key: R2.exits, label: "Số hộ thoát nghèo, thoát cận nghèo trong năm", unit: "Hộ" },
  { key: R2.returns, label: "Số hộ tái nghèo, tái cận nghèo trong năm", unit: "Hộ" },
  { key: R2.added, label: "Số hộ nghèo, hộ cận nghèo phát sinh mới trong năm", unit: "Hộ" },
  { key: R2.end, label: "Số hộ cuối năm", unit: "Hộ" },
  { key: R2.endRate, label: "Tỷ lệ so với tổng số hộ", unit: "%" },
  { key: R2.reduction, label: "Mức giảm tỷ lệ trong năm", unit: "%" },
];

/** Biểu 02 with figures down (rows 5-14) and hộ nghèo (D), hộ cận nghèo (E) across. */
export function households(changes: SheetCells = {}): SheetCells {
  const cells: Record<string, CellInput> = {
    A1: "BIỂU SỐ 02",
    A4: "TT",
    B4: "Chỉ tiêu",
    C4: "Đơn vị tính",
    D4: "Hộ nghèo",
    E4: "Hộ cận nghèo",
    F4: "Ghi chú",
  };
  B02_LINES.forEach((line, i) => {
    cells[`B${5 + i}`] = line.label;
    cells[`C${5 + i}`] = line.unit;
  });
  Object.assign(cells, {
    D5: 1200,
    D6: 50,
    E6: 80,
    D8: 10,
    E8: 12,
    D9: 12,
    E9: 15,
    D10: 1,
    E10: 2,
    D11: 3,
    E11: 4,
  });
  for (const c of ["D", "E"]) {
    cells[`${c}7`] = { f: `=IF($D$5=0,"",${c}6/$D$5)`, format: PERCENT };
    cells[`${c}12`] = `=${c}6-${c}9+${c}10+${c}11`;
    cells[`${c}13`] = { f: `=IF($D$5=0,"",${c}12/$D$5)`, format: PERCENT };
    cells[`${c}14`] = { f: `=${c}7-${c}13`, format: PERCENT };
  }
  return { ...cells, ...changes };
}

export function householdsTable(): RecognisedTable {
  const rows = B02_LINES.map((line, i) => row(5 + i, line.key, line.label, "item"));
  const columns = columnsOf({
    [B02.tt]: "A",
    [B02.chiTieu]: "B",
    [B02.dvt]: "C",
    [B02.hoNgheo]: "D",
    [B02.hoCanNgheo]: "E",
    [B02.ghiChu]: "F",
  });
  return table("bieu-02", HOUSEHOLDS, {
    headerRows: { first: 4, last: 4 },
    bodyRows: { first: 5, last: 14 },
    columns,
    rows,
    unitText: null,
  });
}

/** Biểu 02 turned sideways: hộ nghèo (row 5) and hộ cận nghèo (row 6) down, figures from column C across. */
export function householdsAcross(changes: SheetCells = {}): SheetCells {
  const cells: Record<string, string | number> = { A4: "Chỉ tiêu", A5: "Hộ nghèo", A6: "Hộ cận nghèo" };
  B02_LINES.forEach((line, i) => (cells[`${columnLetters(3 + i)}4`] = line.label));
  Object.assign(cells, { C5: 1200, D5: 50, D6: 80, G5: 12, G6: 15, H5: 1, H6: 2, I5: 3, I6: 4 });
  for (const r of [5, 6]) cells[`J${r}`] = `=D${r}-G${r}+H${r}+I${r}`;
  return { ...cells, ...changes };
}

export function householdsAcrossTable(): RecognisedTable {
  const rows = [row(5, B02.hoNgheo, "Hộ nghèo", "item"), row(6, B02.hoCanNgheo, "Hộ cận nghèo", "item")];
  const columns = new Map(B02_LINES.map((line, i) => [line.key, 3 + i]));
  return table("bieu-02", HOUSEHOLDS, {
    headerRows: { first: 4, last: 4 },
    bodyRows: { first: 5, last: 6 },
    columns,
    rows,
    unitText: null,
    transposed: true,
  });
}

/** Biểu 03: three indicators, last year's result (D) and this year's target (E). */
export function targets(changes: SheetCells = {}): SheetCells {
  const cells: SheetCells = {
    A1: "BIỂU SỐ 03",
    A4: "TT",
    B4: "Chỉ tiêu",
    C4: "Đơn vị tính",
    D4: "Thực hiện năm 2024",
    E4: "Kế hoạch năm 2025",
    A5: "1",
    B5: "Người lao động được hỗ trợ kết nối việc làm",
    C5: "%",
    D5: 0.9,
    E5: 1,
    A6: "2",
    B6: "Người lao động được hỗ trợ kết nối việc làm thành công",
    C6: "người",
    D6: 18,
    E6: 20,
    A7: "3",
    B7: "Hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở",
    C7: "hộ",
    D7: 25,
    E7: 27,
  };
  return { ...cells, ...changes };
}

export function targetsTable(): RecognisedTable {
  const rows = [
    row(5, "vl-ket-noi", "Người lao động được hỗ trợ kết nối việc làm", "item"),
    row(6, "vl-thanh-cong", "Người lao động được hỗ trợ kết nối việc làm thành công", "item"),
    row(7, "nha-o", "Hộ nghèo, hộ cận nghèo được hỗ trợ nhà ở", "item"),
  ];
  const columns = columnsOf({
    [B03.tt]: "A",
    [B03.chiTieu]: "B",
    [B03.dvt]: "C",
    [B03.previous]: "D",
    [B03.plan]: "E",
  });
  return table("bieu-03", TARGETS, {
    headerRows: { first: 4, last: 4 },
    bodyRows: { first: 5, last: 7 },
    columns,
    rows,
    unitText: null,
  });
}
