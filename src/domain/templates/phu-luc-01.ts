/**
 * Phụ lục 01, the funds table of domain.md §3: TỔNG CỘNG, then each Dự án followed by its
 * Tiểu dự án, amounts by source in triệu đồng. Users type only the source amounts of leaf
 * rows; every total is a formula (row identities across, parents and TỔNG CỘNG down).
 * Below the table, the counterpart check of §4 against the minimum on "Thông tin chung".
 */
import { PL01_COLUMNS as C, PL01_ROWS as R, SETTING_KEYS as S, type Pl01Column } from "./column-keys";
import { field, formula, input, inputFor, ratio, setting, sumColumns, text } from "./spec-helpers";
import type { CellRef, RowCells, TemplateSpec } from "./template-spec";

const LEVELS = [C.tinh, C.huyen, C.xa] as const;
const PROJECT_ROLES = { roles: ["project", "project-leaf"] } as const;

const IDENTITIES: RowCells<Pl01Column> = {
  [C.tong]: sumColumns(C.nstw, C.nsdp, C.khac),
  [C.nstw]: sumColumns(C.dtpt, C.sn),
  [C.nsdp]: sumColumns(...LEVELS),
};

const SOURCES = [C.dtpt, C.sn, C.tinh, C.huyen, C.xa, C.khac] as const;

function everySource(cell: RowCells<Pl01Column>[Pl01Column]): RowCells<Pl01Column> {
  return Object.fromEntries(SOURCES.map((key) => [key, cell]));
}

const CATALOG_LABELS: RowCells<Pl01Column> = {
  [C.tt]: field("number"),
  [C.noiDung]: field("name"),
  [C.chuTri]: input("text"),
  [C.ghiChu]: input("text"),
};

const LEAF: RowCells<Pl01Column> = {
  ...CATALOG_LABELS,
  ...IDENTITIES,
  ...everySource(input("amount")),
  [C.dtpt]: inputFor("DTPT"),
};

const TOTAL_NSTW: CellRef<Pl01Column> = { row: R.total, col: C.nstw };

function levelCells(cell: (level: Pl01Column) => RowCells<Pl01Column>[Pl01Column]): RowCells<Pl01Column> {
  return Object.fromEntries(LEVELS.map((level) => [level, cell(level)]));
}

const SPLIT_SETTING = { [C.tinh]: S.splitTinh, [C.huyen]: S.splitHuyen, [C.xa]: S.splitXa } as const;

export const PHU_LUC_01: TemplateSpec<Pl01Column> = {
  id: "phu-luc-01",
  sheetName: "Phụ lục 01",
  titles: [
    { kind: "title", text: "PHỤ LỤC 01" },
    { kind: "title", text: "KINH PHÍ THỰC HIỆN {PROGRAM} NĂM {year}" },
    { kind: "attachment" },
    { kind: "unit", text: "Đơn vị tính: Triệu đồng" },
  ],
  columns: [
    { key: C.tt, header: "TT", width: 5, align: "center" },
    { key: C.noiDung, header: "Nội dung", width: 46 },
    { key: C.tong, header: "Tổng cộng", width: 11 },
    { key: C.nstw, group: "Ngân sách trung ương", header: "Tổng số", width: 11 },
    { key: C.dtpt, group: "Ngân sách trung ương", header: "Đầu tư phát triển", width: 11 },
    { key: C.sn, group: "Ngân sách trung ương", header: "Sự nghiệp", width: 11 },
    { key: C.nsdp, group: "Ngân sách địa phương", header: "Tổng số", width: 11 },
    { key: C.tinh, group: "Ngân sách địa phương", header: "NS tỉnh", width: 10 },
    {
      key: C.huyen,
      group: "Ngân sách địa phương",
      header: "NS huyện",
      width: 10,
      onlyWhen: "district-level",
    },
    { key: C.xa, group: "Ngân sách địa phương", header: "NS xã", width: 10 },
    { key: C.khac, header: "Vốn huy động khác", width: 11 },
    { key: C.chuTri, header: "Đơn vị chủ trì", width: 18 },
    { key: C.ghiChu, header: "Ghi chú", width: 14 },
  ],
  body: [{ from: "rows", rows: [{ key: R.total, role: "total", bold: true }] }, { from: "catalog" }],
  footer: [
    {
      from: "rows",
      rows: [
        {
          key: R.actualRatio,
          cells: {
            [C.noiDung]: text("Tỷ lệ vốn đối ứng (NSĐP/NSTW)"),
            [C.nsdp]: ratio({ row: R.total }, TOTAL_NSTW),
            ...levelCells(() => ratio({ row: R.total }, TOTAL_NSTW)),
          },
        },
        {
          key: R.requiredRatio,
          cells: {
            [C.noiDung]: text("Tỷ lệ vốn đối ứng tối thiểu"),
            [C.nsdp]: setting("percent", S.minRatio),
            ...levelCells((level) => setting("percent", SPLIT_SETTING[level as keyof typeof SPLIT_SETTING])),
          },
        },
        {
          key: R.minimum,
          cells: {
            [C.noiDung]: text("Vốn đối ứng tối thiểu"),
            [C.nsdp]: formula("amount", {
              op: "counterpart-minimum",
              base: TOTAL_NSTW,
              ratio: { row: R.requiredRatio },
              levels: LEVELS,
              shareRow: R.requiredRatio,
            }),
            ...levelCells(() =>
              formula("amount", {
                op: "counterpart-share",
                base: TOTAL_NSTW,
                share: { row: R.requiredRatio },
              }),
            ),
          },
        },
        {
          key: R.status,
          merge: [C.nsdp, C.xa],
          cells: {
            [C.noiDung]: text("Kết quả kiểm tra vốn đối ứng"),
            [C.nsdp]: formula("text", {
              op: "counterpart-status",
              actual: { row: R.total },
              minimum: { row: R.minimum },
            }),
          },
        },
      ],
    },
  ],
  cells: {
    total: {
      [C.noiDung]: text("TỔNG CỘNG"),
      ...IDENTITIES,
      ...everySource(formula("amount", { op: "sum-rows", rows: PROJECT_ROLES })),
    },
    project: {
      ...CATALOG_LABELS,
      ...IDENTITIES,
      ...everySource(formula("amount", { op: "sum-children" })),
    },
    "project-leaf": LEAF,
    subproject: LEAF,
  },
  orientation: "landscape",
  freezeThrough: C.noiDung,
};
