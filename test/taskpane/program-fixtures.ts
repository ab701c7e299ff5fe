/**
 * Two minimal program files for pane tests that only need ids and periods (form defaults,
 * the program list); insertion tests use the real program files the pane bundles.
 */
import type { ProgramFile } from "../../src/domain/programs/types";

function program(id: string, name: string, from: number, to: number): ProgramFile {
  return {
    id,
    name,
    period: { from, to },
    documents: [],
    catalog: [],
    counterpart: { source: null, groups: [], rounding: "none", roundingUnit: 1 },
    defaultLevelSplit: { tinh: 0, huyen: 0, xa: 0 },
    defaultGroup: null,
  };
}

export const GIAM_NGHEO = program(
  "gnbv-2021-2025",
  "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
  2021,
  2025,
);
export const HOP_NHAT = program("mtqg-2026-2035", "Chương trình mục tiêu quốc gia hợp nhất", 2026, 2035);
export const FIXTURE_PROGRAMS: readonly ProgramFile[] = [GIAM_NGHEO, HOP_NHAT];
