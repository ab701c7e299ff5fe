/**
 * The programs known to this build. Program files are data; whoever runs the core
 * (Node: src/adapters/node/load-programs.ts, the pane: src/taskpane/programs.ts) finds
 * the files and hands them here, so adding a program year means adding one JSON file.
 */
import type { CatalogItem, ProgramFile } from "./types";

export interface ProgramRegistry {
  readonly programs: readonly ProgramFile[];
  /** Throws UnknownProgramError for an id no file declares. */
  get(id: string): ProgramFile;
  /** The program that covers a plan year (the newest one when periods overlap). */
  forYear(year: number): ProgramFile | undefined;
}

export class UnknownProgramError extends Error {
  constructor(
    readonly programId: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown program "${programId}"; known: ${known.join(", ")}`);
    this.name = "UnknownProgramError";
  }
}

export function createProgramRegistry(files: readonly ProgramFile[]): ProgramRegistry {
  const byId = new Map(files.map((f) => [f.id, f]));
  if (byId.size !== files.length) throw new Error("Two program files declare the same id");
  const newestFirst = [...files].sort((a, b) => b.period.from - a.period.from);
  return {
    programs: files,
    get(id) {
      const found = byId.get(id);
      if (!found) throw new UnknownProgramError(id, [...byId.keys()]);
      return found;
    },
    forYear(year) {
      return newestFirst.find((p) => p.period.from <= year && year <= p.period.to);
    },
  };
}

/** Dự án rows first, each followed by its Tiểu dự án rows, in catalog order. */
export function catalogInTableOrder(program: ProgramFile): CatalogItem[] {
  const projects = program.catalog.filter((item) => !item.parent);
  return projects.flatMap((p) => [p, ...program.catalog.filter((item) => item.parent === p.code)]);
}

export function childrenOf(program: ProgramFile, code: string): CatalogItem[] {
  return program.catalog.filter((item) => item.parent === code);
}
