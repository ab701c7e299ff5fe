/**
 * Cell borders of the fake. Excel addresses borders per range (outer edges and the inside
 * lines); the fake stores them per cell edge, so an inside line is the bottom edge of
 * one cell and the top edge of the next.
 */
import type { BorderIndex, BorderLineStyle, BorderWeight } from "../office/excel-api";
import type { Area } from "./areas";
import type { PropertySpec } from "./client-object";
import { invalidArgument } from "./fake-errors";
import { assertCanFormat } from "./protection-guard";
import { assertCellByCell, combine, type RangeTarget } from "./range-target";
import { cellAt, ensureCell, type BorderState, type CellEdge } from "./workbook-state";

interface EdgeRef {
  readonly row: number;
  readonly col: number;
  readonly edge: CellEdge;
}

function line(rows: [number, number], cols: [number, number], edge: CellEdge): EdgeRef[] {
  const refs: EdgeRef[] = [];
  for (let row = rows[0]; row <= rows[1]; row++) {
    for (let col = cols[0]; col <= cols[1]; col++) refs.push({ row, col, edge });
  }
  return refs;
}

/** The cell edges one of Excel's border indexes stands for on this range. */
export function edgesOf(area: Area, index: BorderIndex): EdgeRef[] {
  const { top, left, bottom, right } = area;
  switch (index) {
    case "EdgeTop":
      return line([top, top], [left, right], "top");
    case "EdgeBottom":
      return line([bottom, bottom], [left, right], "bottom");
    case "EdgeLeft":
      return line([top, bottom], [left, left], "left");
    case "EdgeRight":
      return line([top, bottom], [right, right], "right");
    case "InsideHorizontal":
      return [
        ...line([top, bottom - 1], [left, right], "bottom"),
        ...line([top + 1, bottom], [left, right], "top"),
      ];
    case "InsideVertical":
      return [
        ...line([top, bottom], [left, right - 1], "right"),
        ...line([top, bottom], [left + 1, right], "left"),
      ];
  }
}

const STYLES: readonly BorderLineStyle[] = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const WEIGHTS: readonly BorderWeight[] = ["Hairline", "Thin", "Medium", "Thick"];
const NO_BORDER: BorderState = { style: "None", weight: "Thin", color: "#000000" };

type BorderField = keyof BorderState;

function accepts(field: BorderField, value: unknown): boolean {
  if (field === "style") return STYLES.includes(value as BorderLineStyle);
  if (field === "weight") return WEIGHTS.includes(value as BorderWeight);
  return typeof value === "string" && /^#[0-9A-Fa-f]{6}$/.test(value);
}

function updated(
  current: BorderState | undefined,
  field: BorderField,
  value: string,
): BorderState | undefined {
  if (field === "style" && value === "None") return undefined;
  const base = current ?? { ...NO_BORDER, style: "Continuous" };
  return { ...base, [field]: field === "color" ? value.toUpperCase() : value };
}

export function borderSpec(index: BorderIndex, field: BorderField): PropertySpec<RangeTarget> {
  const location = `RangeBorder(${index}).${field}`;
  return {
    read: ({ sheet, area }) =>
      combine(
        edgesOf(area, index).map(
          (ref) => (cellAt(sheet, ref.row, ref.col)?.format.borders?.[ref.edge] ?? NO_BORDER)[field],
        ),
      ),
    write: (target, value) => {
      if (!accepts(field, value)) throw invalidArgument(location);
      assertCanFormat(target.sheet, "cells", location);
      assertCellByCell(target, location);
      for (const ref of edgesOf(target.area, index)) {
        const format = ensureCell(target.sheet, ref.row, ref.col).format;
        const borders = {
          ...format.borders,
          [ref.edge]: updated(format.borders?.[ref.edge], field, value as string),
        };
        if (borders[ref.edge] === undefined) delete borders[ref.edge];
        format.borders = borders;
      }
    },
  };
}
