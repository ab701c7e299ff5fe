/**
 * The standing text of every program this build knows, by program id. A program without
 * its own text (a program file added later) borrows the general parts of the nearest one
 * and refers every component to its approving decision.
 */
import { GIAM_NGHEO_2021_2025 } from "./giam-ngheo-2021-2025";
import { NONG_THON_MOI_GIAM_NGHEO_DTTS_2026_2035 } from "./nong-thon-moi-giam-ngheo-dtts-2026-2035";
import type { StandingText } from "./types";

export const STANDING_TEXTS: readonly StandingText[] = [
  GIAM_NGHEO_2021_2025,
  NONG_THON_MOI_GIAM_NGHEO_DTTS_2026_2035,
];

/** The program's text; an unknown program gets the general text without project texts. */
export function standingTextFor(programId: string): StandingText {
  const own = STANDING_TEXTS.find((text) => text.programId === programId);
  if (own) return own;
  return {
    ...NONG_THON_MOI_GIAM_NGHEO_DTTS_2026_2035,
    programId,
    shortTitle: "Kế hoạch thực hiện Chương trình",
    approvalDocument: "",
    standingOfficeProject: null,
    projects: {},
    indicatorProjects: {},
  };
}

export type { Line, Lines, ProjectText, StandingText, Tier } from "./types";
export { TIERS } from "./types";
