/**
 * Phụ lục 01 (and the Phân công table, which lists the same catalog without amounts) in a
 * layout we did not write: the best header block by how many of our columns it names
 * (one block of them when sources repeat by year, amount-blocks.ts), the unit line above
 * it, and the body rows mapped to the catalog.
 */
import type { ProgramFile } from "../programs/types";
import { PC_COLUMNS, PL01_COLUMNS as C } from "../templates/column-keys";
import { mapCatalogRows } from "./catalog-rows";
import { mapAmountBlocks, noteBlocks } from "./amount-blocks";
import { columnsOf, countKeys, mapColumns, withFallback } from "./column-map";
import type { HeaderBlock } from "./header-block";
import { fundsColumnKey, plainColumnKey } from "./header-terms";
import { ASSIGNMENT_VOCABULARY, FUNDS_AMOUNT_KEYS, FUNDS_VOCABULARY } from "./header-vocabulary";
import { NOTE_IDS, type NoteSink } from "./notes";
import type { Layout, TableFrame } from "./layout";
import type { SheetView } from "./sheet-view";
import type { RecognisedTable } from "./table";
import { textKey } from "./text-key";
import { findUnitLine, unitOfWords, type UnitLine } from "./units";

/** Two amount columns make a funds table even when its label column has a header of its own ("Tên"). */
function fundsLayout(block: HeaderBlock): Layout | null {
  const { map: named, blocks } = mapAmountBlocks(block, (path) => fundsColumnKey(path, FUNDS_VOCABULARY));
  const amounts = countKeys(named.columns, FUNDS_AMOUNT_KEYS);
  const map = amounts >= 2 ? withFallback(named, C.noiDung) : named;
  if (amounts === 0 || !map.columns.has(C.noiDung)) return null;
  const score = amounts * 2 + 2 + countKeys(map.columns, [C.tt, C.chuTri, C.ghiChu]);
  return { kind: "phu-luc-01", block, map, score, ...(blocks ? { blocks } : {}) };
}

function assignmentLayout(block: HeaderBlock): Layout | null {
  const funds = mapColumns(block, (path) => fundsColumnKey(path, FUNDS_VOCABULARY));
  if (countKeys(funds.columns, FUNDS_AMOUNT_KEYS) > 0) return null;
  const map = mapColumns(block, (path) => plainColumnKey(path, ASSIGNMENT_VOCABULARY));
  if (!map.columns.has(PC_COLUMNS.noiDung) || !map.columns.has(PC_COLUMNS.chuTri)) return null;
  const score = 4 + countKeys(map.columns, [PC_COLUMNS.tt, PC_COLUMNS.phoiHop, PC_COLUMNS.ghiChu]);
  return { kind: "phan-cong", block, map, score };
}

export function catalogLayouts(block: HeaderBlock): Layout[] {
  return [fundsLayout(block), assignmentLayout(block)].filter((l): l is Layout => l !== null);
}

const PRIMARY_COLUMNS: Readonly<Record<string, string>> = {
  [C.tong]: "Tổng cộng",
  [C.nstw]: "Ngân sách trung ương",
  [C.nsdp]: "Ngân sách địa phương",
};

function noteColumns(view: SheetView, layout: Layout, notes: NoteSink): void {
  const row = layout.block.lastWords;
  const dropped = layout.blocks?.dropped ?? [];
  if (layout.blocks) noteBlocks(view, layout.block, layout.blocks, notes);
  for (const { col, header } of layout.map.unmapped)
    if (!dropped.includes(col)) notes.add(NOTE_IDS.columnUnmapped, row, col, { header });
  for (const { col, header, key } of layout.map.repeated)
    notes.add(NOTE_IDS.columnRepeated, row, col, { header, key });
  if (layout.kind !== "phu-luc-01") return;
  // A total over all blocks was seen and set aside: the block note says so.
  const expected = Object.keys(PRIMARY_COLUMNS).filter((key) => !(layout.blocks && key === C.tong));
  const missing = expected.filter((key) => !layout.map.columns.has(key));
  if (missing.length > 0)
    notes.add(NOTE_IDS.columnsMissing, row, null, {
      columns: missing.map((k) => PRIMARY_COLUMNS[k]).join(", "),
    });
}

const UNIT_HEADERS = ["don vi tinh", "dvt", "don vi", "dv tinh"];

/** A "Đơn vị tính" column inside the table: the first unit written in it. */
function unitColumn(frame: TableFrame): UnitLine | null {
  const header = frame.layout.map.unmapped.find((c) => UNIT_HEADERS.includes(textKey(c.header)));
  if (!header) return null;
  for (let row = frame.layout.block.last + 1; row <= frame.bodyLast; row++) {
    const text = frame.view.text(row, header.col);
    const factor = text === "" ? null : unitOfWords(text);
    if (factor !== null) return { factor, text };
  }
  return null;
}

function unitOf(frame: TableFrame): { readonly unitFactor: number; readonly unitText: string | null } {
  const line = findUnitLine(frame.view, frame.titleFrom, frame.layout.block.lastWords) ?? unitColumn(frame);
  const row = frame.layout.block.first;
  if (!line) {
    frame.notes.add(NOTE_IDS.unitAssumed, row, null);
    return { unitFactor: 1, unitText: null };
  }
  if (line.factor === null) frame.notes.add(NOTE_IDS.unitUnknown, row, null, { unit: line.text });
  return { unitFactor: line.factor ?? 1, unitText: line.text };
}

export function buildCatalogTable(frame: TableFrame, program: ProgramFile | null): RecognisedTable {
  const { view, layout } = frame;
  const columns = layout.map.columns;
  const funds = layout.kind === "phu-luc-01";
  const amounts = funds ? FUNDS_AMOUNT_KEYS.flatMap((key) => columns.get(key) ?? []) : [];
  const first = layout.block.last + 1;
  const rows = mapCatalogRows({
    view,
    program,
    columns: { tt: columnsOf(layout.map, C.tt), label: columnsOf(layout.map, C.noiDung), amounts },
    first,
    last: frame.bodyLast,
    notes: frame.notes,
    expectTotal: funds,
  });
  noteColumns(view, layout, frame.notes);
  return {
    kind: layout.kind,
    sheet: view.name,
    own: false,
    headerRows: { first: layout.block.first, last: layout.block.last },
    bodyRows: { first, last: frame.bodyLast },
    columns,
    rows,
    ...(funds ? unitOf(frame) : { unitFactor: 1, unitText: null }),
  };
}
