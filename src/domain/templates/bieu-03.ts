/**
 * Biểu số 03, the basic social service indicators of domain.md §5, grouped by dimension:
 * last year's result and this year's target for each, in its own unit. Percentages are
 * fractions shown as %, counts whole numbers; the indicator list lives in indicators.ts.
 */
import { B03_COLUMNS as C, type B03Column } from "./column-keys";
import { indicatorsByDimension } from "./indicators";
import { field, input } from "./spec-helpers";
import type { RowCells, TemplateSpec, ValueKind } from "./template-spec";

function indicatorCells(value: ValueKind): RowCells<B03Column> {
  return {
    [C.tt]: field("number"),
    [C.chiTieu]: field("text"),
    [C.dvt]: field("unit"),
    [C.previous]: input(value),
    [C.plan]: input(value),
    [C.nguon]: input("text"),
  };
}

export const BIEU_03: TemplateSpec<B03Column> = {
  id: "bieu-03",
  sheetName: "Biểu 03",
  titles: [
    { kind: "title", text: "BIỂU SỐ 03" },
    { kind: "title", text: "CHỈ TIÊU GIẢI QUYẾT MỨC ĐỘ THIẾU HỤT CÁC DỊCH VỤ XÃ HỘI CƠ BẢN NĂM {year}" },
    { kind: "attachment" },
  ],
  columns: [
    { key: C.tt, header: "TT", width: 5, align: "center" },
    { key: C.chiTieu, header: "Chỉ tiêu", width: 50 },
    { key: C.dvt, header: "Đơn vị tính", width: 9, align: "center" },
    { key: C.previous, header: "Thực hiện năm {previousYear}", width: 12 },
    { key: C.plan, header: "Kế hoạch năm {year}", width: 12 },
    { key: C.nguon, header: "Nguồn số liệu / Ghi chú", width: 20 },
  ],
  body: [{ from: "indicators", dimensions: indicatorsByDimension() }],
  cells: {
    heading: { [C.tt]: field("number"), [C.chiTieu]: field("text") },
    "indicator-percent": indicatorCells("percent"),
    "indicator-count": indicatorCells("count"),
  },
  orientation: "portrait",
};
