/**
 * Phân công read back: for each Dự án and Tiểu dự án in catalog order, the office that
 * leads it and those that cooperate, as typed, with their cells. The narrative's
 * "e) Phân công thực hiện" and "VI. TỔ CHỨC THỰC HIỆN" come from here.
 */
import { catalogInTableOrder } from "../programs/registry";
import type { ProgramFile } from "../programs/types";
import { PC_COLUMNS as C } from "../templates/column-keys";
import type { WorkbookGrid } from "../workbook";
import type { OwnSheet } from "./find-own-sheets";
import { openSheet, type ReadProblem, type TracedText } from "./reading";

export interface Assignment {
  readonly code: string;
  readonly parent?: string;
  readonly row: number;
  readonly number: string;
  readonly name: string;
  /** Cơ quan chủ trì; "" when not filled in. */
  readonly lead: TracedText;
  /** Cơ quan phối hợp. */
  readonly partners: TracedText;
  readonly note: TracedText;
}

export interface Assignments {
  readonly sheet: string;
  readonly rows: readonly Assignment[];
  readonly problems: readonly ReadProblem[];
}

export function readAssignments(grid: WorkbookGrid, own: OwnSheet, program: ProgramFile): Assignments {
  const reading = openSheet(grid, own);
  const rows: Assignment[] = [];
  for (const item of catalogInTableOrder(program)) {
    const row = reading.keys.rows.get(item.code);
    if (row === undefined) {
      reading.report({ kind: "missing-row", cell: null, rowKey: item.code });
      continue;
    }
    rows.push({
      code: item.code,
      ...(item.parent ? { parent: item.parent } : {}),
      row,
      number: reading.text(item.code, C.tt).value || item.number,
      name: reading.text(item.code, C.noiDung).value || item.name,
      lead: reading.text(item.code, C.chuTri),
      partners: reading.text(item.code, C.phoiHop),
      note: reading.text(item.code, C.ghiChu),
    });
  }
  return { sheet: reading.sheet, rows, problems: reading.problems };
}
