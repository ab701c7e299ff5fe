/**
 * Both real program files, as recognition receives them.
 */
import giamNgheo from "../../../src/domain/programs/data/giam-ngheo-2021-2025.json";
import nongThonMoi from "../../../src/domain/programs/data/nong-thon-moi-giam-ngheo-dtts-2026-2035.json";
import type { ProgramFile } from "../../../src/domain/programs/types";

export const GIAM_NGHEO = giamNgheo as unknown as ProgramFile;
export const NONG_THON_MOI = nongThonMoi as unknown as ProgramFile;
export const PROGRAMS: readonly ProgramFile[] = [GIAM_NGHEO, NONG_THON_MOI];
