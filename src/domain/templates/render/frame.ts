/**
 * Everything around the table body: the title lines merged across the table, the hidden
 * row of column keys, and the one- or two-row header where columns sharing a group ("Ngân
 * sách trung ương") sit under one merged cell and the others span both rows.
 */
import type { RangeAddress } from "../../address/cell-address";
import type { PlannedCell } from "../../sheet-plan";
import { ROW_KEY_COLUMN } from "../column-keys";
import type { TitleLine } from "../template-spec";
import { attachmentLine, fillText, type TextContext } from "../text-fill";
import { KEY_COLUMN_NUMBER, type Layout, type PlacedColumn } from "./layout";
import type { FrameStyle } from "./styles";

export interface Frame {
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly RangeAddress[];
}

const FIRST_VISIBLE = KEY_COLUMN_NUMBER + 1;

const TITLE_STYLE: Readonly<Record<TitleLine["kind"], FrameStyle>> = {
  title: "title",
  subtitle: "subtitle",
  note: "note",
  attachment: "subtitle",
  unit: "unit",
};

function titleText(line: TitleLine, context: TextContext): string {
  return line.kind === "attachment" ? attachmentLine(context.settings) : fillText(line.text, context);
}

function acrossTable(row: number, layout: Layout): RangeAddress {
  return { start: { row, col: FIRST_VISIBLE }, end: { row, col: layout.lastCol } };
}

function titles(lines: readonly TitleLine[], layout: Layout, context: TextContext): Frame {
  const cells = lines.map((line, i) => ({
    address: { row: i + 1, col: FIRST_VISIBLE },
    value: titleText(line, context),
    style: TITLE_STYLE[line.kind],
  }));
  const merges = layout.lastCol > FIRST_VISIBLE ? lines.map((_, i) => acrossTable(i + 1, layout)) : [];
  return { cells, merges };
}

function keyRow(layout: Layout): PlannedCell[] {
  return [
    { address: { row: layout.keyRow, col: KEY_COLUMN_NUMBER }, value: ROW_KEY_COLUMN },
    ...layout.columns.map((c) => ({ address: { row: layout.keyRow, col: c.col }, value: c.spec.key })),
  ];
}

function headerCell(row: number, col: number, value: string | null): PlannedCell {
  return { address: { row, col }, value, style: "header" };
}

/** Consecutive columns with the same group form one run; ungrouped columns stand alone. */
function groupRuns(columns: readonly PlacedColumn[]): PlacedColumn[][] {
  const runs: PlacedColumn[][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    const sameGroup = column.spec.group !== undefined && last?.[0]?.spec.group === column.spec.group;
    if (last && sameGroup) last.push(column);
    else runs.push([column]);
  }
  return runs;
}

function twoRowRun(run: readonly PlacedColumn[], layout: Layout, context: TextContext): Frame {
  const { first, last } = layout.header;
  const [lead] = run;
  const end = run[run.length - 1];
  if (!lead || !end) return { cells: [], merges: [] };
  if (lead.spec.group === undefined) {
    return {
      cells: [
        headerCell(first, lead.col, fillText(lead.spec.header, context)),
        headerCell(last, lead.col, null),
      ],
      merges: [{ start: { row: first, col: lead.col }, end: { row: last, col: lead.col } }],
    };
  }
  const top = run.map((c, i) =>
    headerCell(first, c.col, i === 0 ? fillText(lead.spec.group ?? "", context) : null),
  );
  const bottom = run.map((c) => headerCell(last, c.col, fillText(c.spec.header, context)));
  const merges =
    run.length > 1 ? [{ start: { row: first, col: lead.col }, end: { row: first, col: end.col } }] : [];
  return { cells: [...top, ...bottom], merges };
}

function header(layout: Layout, context: TextContext): Frame {
  if (layout.header.first === layout.header.last) {
    return {
      cells: layout.columns.map((c) =>
        headerCell(layout.header.first, c.col, fillText(c.spec.header, context)),
      ),
      merges: [],
    };
  }
  const parts = groupRuns(layout.columns).map((run) => twoRowRun(run, layout, context));
  return { cells: parts.flatMap((p) => p.cells), merges: parts.flatMap((p) => p.merges) };
}

export function renderFrame(lines: readonly TitleLine[], layout: Layout, context: TextContext): Frame {
  const top = titles(lines, layout, context);
  const head = header(layout, context);
  return { cells: [...top.cells, ...keyRow(layout), ...head.cells], merges: [...top.merges, ...head.merges] };
}
