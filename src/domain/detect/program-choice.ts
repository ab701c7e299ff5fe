/**
 * Which program the plan follows: the one our settings name; else the one whose catalog
 * names most of the workbook's funds and assignment rows (2021-2025 Dự án, or the
 * 2026-2035 components); else the one whose period covers the year in the titles.
 */
import type { ProgramFile } from "../programs/types";
import { namesCatalogItem } from "./evidence";
import type { RowText } from "./row-labels";

export interface ProgramClues {
  readonly programId: string | null;
  /** Rows of the workbook's catalog tables. */
  readonly rows: readonly RowText[];
  readonly year: number | null;
}

function covering(programs: readonly ProgramFile[], year: number | null): ProgramFile | null {
  if (year === null) return null;
  const newestFirst = [...programs].sort((a, b) => b.period.from - a.period.from);
  return newestFirst.find((p) => p.period.from <= year && year <= p.period.to) ?? null;
}

export function chooseProgram(programs: readonly ProgramFile[], clues: ProgramClues): ProgramFile | null {
  const named = programs.find((p) => p.id === clues.programId);
  if (named) return named;
  const byYear = covering(programs, clues.year);
  let best: { program: ProgramFile; count: number } | null = null;
  for (const program of programs) {
    const count = clues.rows.filter((row) => namesCatalogItem(program, row)).length;
    const wins = !best || count > best.count || (count === best.count && program === byYear);
    if (count > 0 && wins) best = { program, count };
  }
  return best?.program ?? byYear;
}
