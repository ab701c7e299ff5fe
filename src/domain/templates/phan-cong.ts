/**
 * Phân công: which office leads and which cooperate on each Dự án and Tiểu dự án, one row
 * per catalog item in table order. Office names differ between communes and changed with
 * the 2025 reform, so they are typed, not picked from a list.
 */
import { PC_COLUMNS as C, type PcColumn } from "./column-keys";
import { field, input } from "./spec-helpers";
import type { RowCells, TemplateSpec } from "./template-spec";

const CATALOG_ROW: RowCells<PcColumn> = {
  [C.tt]: field("number"),
  [C.noiDung]: field("name"),
  [C.chuTri]: input("text"),
  [C.phoiHop]: input("text"),
  [C.ghiChu]: input("text"),
};

export const PHAN_CONG: TemplateSpec<PcColumn> = {
  id: "phan-cong",
  sheetName: "Phân công",
  titles: [
    { kind: "title", text: "PHÂN CÔNG THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN" },
    { kind: "title", text: "THUỘC {PROGRAM} NĂM {year}" },
    { kind: "attachment" },
  ],
  columns: [
    { key: C.tt, header: "TT", width: 5, align: "center" },
    { key: C.noiDung, header: "Dự án / Tiểu dự án", width: 46 },
    { key: C.chuTri, header: "Cơ quan chủ trì", width: 22 },
    { key: C.phoiHop, header: "Cơ quan phối hợp", width: 26 },
    { key: C.ghiChu, header: "Ghi chú", width: 14 },
  ],
  body: [{ from: "catalog" }],
  cells: { project: CATALOG_ROW, "project-leaf": CATALOG_ROW, subproject: CATALOG_ROW },
  orientation: "portrait",
};
