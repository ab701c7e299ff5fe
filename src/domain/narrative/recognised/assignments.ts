/**
 * Who leads each Dự án / Tiểu dự án, from a recognised "Phân công" table (cơ quan chủ trì
 * and phối hợp), else from the "Đơn vị chủ trì" column many offices add to Phụ lục 01.
 * Without either the plan names no office per project and uses the standing ones.
 */
import type { RecognisedTable } from "../../detect/table";
import type { ProgramFile } from "../../programs/types";
import { PC_COLUMNS, PL01_COLUMNS } from "../../templates/column-keys";
import type { AssignmentInput } from "../input";
import type { CellReader } from "./cell-reader";

interface Named {
  readonly code: string;
  readonly lead: string;
  readonly partners: string;
}

function namedIn(
  reader: CellReader,
  table: RecognisedTable,
  program: ProgramFile,
  leadKey: string,
  partnersKey: string | null,
): Named[] {
  const codes = new Set(program.catalog.map((item) => item.code));
  const at = (row: number, key: string | null) => {
    const col = key === null ? undefined : table.columns.get(key);
    return col === undefined ? "" : reader.text(table.sheet, { row, col });
  };
  return table.rows
    .filter((row) => row.key !== null && codes.has(row.key))
    .map((row) => ({ code: row.key ?? "", lead: at(row.row, leadKey), partners: at(row.row, partnersKey) }));
}

export function recognisedAssignments(
  reader: CellReader,
  tables: readonly RecognisedTable[],
  program: ProgramFile,
): AssignmentInput[] {
  const table = tables.find((t) => t.kind === "phan-cong");
  const listed = table ? namedIn(reader, table, program, PC_COLUMNS.chuTri, PC_COLUMNS.phoiHop) : [];
  const fundsLead = new Map<string, string>();
  for (const funds of tables.filter((t) => t.kind === "phu-luc-01" && t.columns.has(PL01_COLUMNS.chuTri)))
    for (const row of namedIn(reader, funds, program, PL01_COLUMNS.chuTri, null))
      if (row.lead !== "" && !fundsLead.has(row.code)) fundsLead.set(row.code, row.lead);
  const fromTable = listed.map((row) => ({ ...row, lead: row.lead || (fundsLead.get(row.code) ?? "") }));
  const codes = new Set(listed.map((row) => row.code));
  const onlyInFunds = [...fundsLead]
    .filter(([code]) => !codes.has(code))
    .map(([code, lead]) => ({ code, lead, partners: "" }));
  return [...fromTable, ...onlyInFunds];
}
