/**
 * A small, correct Phụ lục 01 in A1 notation with its recognition: TỔNG CỘNG (row 7) over
 * DA2 (8, no Tiểu dự án), DA3 (9: 10-11) and DA4 (12: 13-15); columns C Tổng cộng, D NSTW,
 * E ĐTPT, F SN, G NSĐP, H NS tỉnh, I NS xã, J Vốn huy động khác; every total a formula, as
 * our template writes them. Tests change only the cells a case is about.
 */
import type { RecognisedRow, RecognisedTable } from "../../../src/domain/detect/table";
import { PL01_COLUMNS as C, PL01_ROWS } from "../../../src/domain/templates/column-keys";
import type { SheetCells } from "./grid";
import { columnsOf, row, table } from "./recognition";

export const FUNDS = "Phụ lục 01";

const FUNDS_COLUMNS: Readonly<Record<string, string>> = {
  [C.tt]: "A",
  [C.noiDung]: "B",
  [C.tong]: "C",
  [C.nstw]: "D",
  [C.dtpt]: "E",
  [C.sn]: "F",
  [C.nsdp]: "G",
  [C.tinh]: "H",
  [C.xa]: "I",
  [C.khac]: "J",
  [C.chuTri]: "K",
  [C.ghiChu]: "L",
};

const FUNDS_ROWS: readonly RecognisedRow[] = [
  row(7, PL01_ROWS.total, "TỔNG CỘNG", "total", [8, 9, 12]),
  row(8, "DA2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "project"),
  row(9, "DA3", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", "project", [10, 11]),
  row(10, "DA3.1", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", "subproject"),
  row(11, "DA3.2", "Tiểu dự án 2: Cải thiện dinh dưỡng", "subproject"),
  row(12, "DA4", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", "project", [13, 14, 15]),
  row(13, "DA4.1", "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn", "subproject"),
  row(
    14,
    "DA4.2",
    "Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng",
    "subproject",
  ),
  row(15, "DA4.3", "Tiểu dự án 3: Hỗ trợ việc làm bền vững", "subproject"),
];

/** The fixture's column map without some keys, as when recognition misses a header. */
export function fundsColumnsWithout(...keys: string[]): Map<string, number> {
  const columns = columnsOf(FUNDS_COLUMNS);
  keys.forEach((key) => columns.delete(key));
  return columns;
}

export function fundsTable(parts: Partial<RecognisedTable> = {}): RecognisedTable {
  return table("phu-luc-01", FUNDS, { columns: columnsOf(FUNDS_COLUMNS), rows: FUNDS_ROWS, ...parts });
}

/**
 * Leaf amounts typed by the user (triệu đồng): NSTW 871, NS tỉnh 87 and NS xã 43, the
 * counterpart of seed 004 (10% + 5%, each rounded down).
 */
const FUNDS_INPUTS: SheetCells = {
  F8: 300,
  H8: 30,
  I8: 15,
  F10: 200,
  H10: 20,
  I10: 10,
  F11: 100,
  H11: 10,
  I11: 5,
  E13: 50,
  F13: 150,
  H13: 20,
  I13: 10,
  F14: 40,
  H14: 7,
  J14: 5,
  F15: 31,
  I15: 3,
};

const SOURCE_LETTERS = ["E", "F", "H", "I", "J"];

function fundsFormulas(): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const { row: r } of FUNDS_ROWS) {
    cells[`C${r}`] = `=SUM(D${r},G${r},J${r})`;
    cells[`D${r}`] = `=SUM(E${r}:F${r})`;
    cells[`G${r}`] = `=SUM(H${r}:I${r})`;
  }
  for (const letter of SOURCE_LETTERS) {
    cells[`${letter}7`] = `=SUM(${letter}8,${letter}9,${letter}12)`;
    cells[`${letter}9`] = `=SUM(${letter}10:${letter}11)`;
    cells[`${letter}12`] = `=SUM(${letter}13:${letter}15)`;
  }
  return cells;
}

function fundsLabels(): Record<string, string> {
  const cells: Record<string, string> = {
    A1: "PHỤ LỤC 01",
    A4: "Đơn vị tính: Triệu đồng",
    A5: "TT",
    B5: "Nội dung",
    C5: "Tổng cộng",
    D5: "Ngân sách trung ương",
    G5: "Ngân sách địa phương",
    J5: "Vốn huy động khác",
    K5: "Đơn vị chủ trì",
    L5: "Ghi chú",
    D6: "Tổng số",
    E6: "Đầu tư phát triển",
    F6: "Sự nghiệp",
    G6: "Tổng số",
    H6: "NS tỉnh",
    I6: "NS xã",
  };
  const numbers = ["", "1", "2", "2.1", "2.2", "3", "3.1", "3.2", "3.3"];
  FUNDS_ROWS.forEach((r, i) => {
    const number = numbers[i];
    if (number) cells[`A${r.row}`] = number;
    cells[`B${r.row}`] = r.label;
  });
  return cells;
}

/** A correct Phụ lục 01; `changes` replace cells (null empties one). */
export function funds(changes: SheetCells = {}): SheetCells {
  return { ...fundsLabels(), ...FUNDS_INPUTS, ...fundsFormulas(), ...changes };
}
