/**
 * The program files bundled with the task pane. They are imported one by one rather than
 * through webpack's require.context because the pane's tests run this module under jest,
 * where require.context does not exist; test/programs checks that this list holds every
 * file in src/domain/programs/data, so a new program year cannot be left out.
 */
import giamNgheo20212025 from "../domain/programs/data/giam-ngheo-2021-2025.json";
import nongThonMoiGiamNgheoDtts20262035 from "../domain/programs/data/nong-thon-moi-giam-ngheo-dtts-2026-2035.json";
import type { ProgramFile } from "../domain/programs/types";

export const programs: readonly ProgramFile[] = [
  giamNgheo20212025 as ProgramFile,
  nongThonMoiGiamNgheoDtts20262035 as ProgramFile,
];
