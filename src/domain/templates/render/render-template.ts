/**
 * The one generic renderer: any TemplateSpec plus a RenderContext becomes a SheetPlan.
 * It lays the template out, renders the frame and every row's cells, merges, validations,
 * row heights for wrapped texts, print setup, freeze panes and protection, and the marker
 * name over header and body.
 */
import type { CellAddress, RangeAddress } from "../../address/cell-address";
import type { CellStyle, PlannedCell, PrintSetup, SheetPlan } from "../../sheet-plan";
import type { TemplateSpec } from "../template-spec";
import { renderCell, type RenderedCell } from "./cells";
import type { RenderContext } from "./context";
import { renderFrame } from "./frame";
import { KEY_COLUMN_NUMBER, layoutTemplate, type Layout, type PlacedRow } from "./layout";
import { estimateRowHeights } from "./row-heights";
import { shownTexts } from "./shown-text";
import { FRAME_STYLES } from "./styles";
import { groupValidations } from "./validations";

export interface RenderedTemplate {
  readonly plan: SheetPlan;
  readonly layout: Layout;
}

const KEY_COLUMN_WIDTH = 14;

/** Inches; Nghị định 30/2020/NĐ-CP margins for portrait pages, narrower for wide tables. */
const MARGINS: Readonly<Record<TemplateSpec["orientation"], PrintSetup["margins"]>> = {
  portrait: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 },
  landscape: { top: 0.59, bottom: 0.59, left: 0.59, right: 0.39 },
};

function mergeRange(row: PlacedRow, layout: Layout): RangeAddress | null {
  if (!row.merge) return null;
  const first = layout.colByKey.get(row.merge[0]);
  const last = layout.colByKey.get(row.merge[1]);
  if (first === undefined || last === undefined) throw new Error(`Row "${row.key}" merges a missing column`);
  return { start: { row: row.row, col: first }, end: { row: row.row, col: last } };
}

/** Cells covered by a merge but not its first: same look, no content, no validation. */
function covered(master: RenderedCell, address: CellAddress): RenderedCell {
  return {
    cell: { address, value: null, style: master.styleKey },
    styleKey: master.styleKey,
    style: master.style,
  };
}

function rowCells(
  spec: TemplateSpec,
  row: PlacedRow,
  layout: Layout,
  context: RenderContext,
  inBody: boolean,
): RenderedCell[] {
  const merge = mergeRange(row, layout);
  const cells: RenderedCell[] = [];
  for (const column of layout.columns) {
    const inside = merge && column.col > merge.start.col && column.col <= merge.end.col;
    const master = cells.find((c) => c.cell.address.col === merge?.start.col);
    if (inside && master) {
      cells.push(covered(master, { row: row.row, col: column.col }));
      continue;
    }
    const cellSpec = row.cells?.[column.spec.key] ?? spec.cells[row.role]?.[column.spec.key];
    if (cellSpec || inBody) cells.push(renderCell(cellSpec, { layout, context, row, column }));
  }
  return cells;
}

function keyCell(row: PlacedRow): PlannedCell[] {
  return row.key === null ? [] : [{ address: { row: row.row, col: KEY_COLUMN_NUMBER }, value: row.key }];
}

function tableCells(spec: TemplateSpec, layout: Layout, context: RenderContext): RenderedCell[] {
  return [
    ...layout.body.flatMap((row) => rowCells(spec, row, layout, context, true)),
    ...layout.footer.flatMap((row) => rowCells(spec, row, layout, context, false)),
  ];
}

function rowMerges(layout: Layout): RangeAddress[] {
  return [...layout.body, ...layout.footer].map((row) => mergeRange(row, layout)).filter((m) => m !== null);
}

function usedStyles(
  frameCells: readonly PlannedCell[],
  table: readonly RenderedCell[],
): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {};
  for (const cell of frameCells) {
    if (cell.style !== undefined) styles[cell.style] = FRAME_STYLES[cell.style as keyof typeof FRAME_STYLES];
  }
  for (const rendered of table) styles[rendered.styleKey] = rendered.style;
  return styles;
}

function markerRange(layout: Layout): RangeAddress {
  return {
    start: { row: layout.header.first, col: KEY_COLUMN_NUMBER },
    end: { row: layout.bodyEnd, col: layout.lastCol },
  };
}

function rowHeights(
  plan: Omit<SheetPlan, "rowHeights">,
  table: readonly RenderedCell[],
): SheetPlan["rowHeights"] {
  const formulas = table.flatMap((r) => (r.shows ? [{ address: r.cell.address, shows: r.shows }] : []));
  return estimateRowHeights(plan, shownTexts(formulas, plan.cells));
}

export function renderTemplate(spec: TemplateSpec, context: RenderContext): RenderedTemplate {
  const layout = layoutTemplate(spec, context);
  const frame = renderFrame(spec.titles, layout, context);
  const table = tableCells(spec, layout, context);
  const keys = [...layout.body, ...layout.footer].flatMap(keyCell);
  const validated = table.flatMap((r) =>
    r.validation ? [{ address: r.cell.address, kind: r.validation }] : [],
  );
  const freezeCols = spec.freezeThrough === undefined ? 0 : (layout.colByKey.get(spec.freezeThrough) ?? 0);
  const planned: Omit<SheetPlan, "rowHeights"> = {
    templateId: spec.id,
    sheetName: context.sheetName,
    cells: [...frame.cells, ...keys, ...table.map((r) => r.cell)],
    styles: usedStyles(frame.cells, table),
    columnWidths: [KEY_COLUMN_WIDTH, ...layout.columns.map((c) => c.spec.width)],
    hiddenColumns: [KEY_COLUMN_NUMBER],
    hiddenRows: [layout.keyRow],
    merges: [...frame.merges, ...rowMerges(layout)],
    validations: groupValidations(validated, context.program),
    print: {
      paperSize: "A4",
      orientation: spec.orientation,
      fitToWidth: true,
      repeatRows: layout.header,
      margins: MARGINS[spec.orientation],
    },
    protect: true,
    freeze: { rows: layout.header.last, cols: freezeCols },
    names: [{ name: context.markerName, range: markerRange(layout) }],
  };
  return { plan: { ...planned, rowHeights: rowHeights(planned, table) }, layout };
}

/** Row key -> the cell in one column, e.g. every setting's value on "Thông tin chung". */
export function cellsInColumn(layout: Layout, colKey: string): Map<string, CellAddress> {
  const col = layout.colByKey.get(colKey);
  if (col === undefined) throw new Error(`No column "${colKey}"`);
  return new Map([...layout.rowByKey].map(([key, row]) => [key, { row: row.row, col }]));
}
