/**
 * The plan's settings as the "Thông tin chung" sheet stores them. Later features
 * (validation, narrative) read them back from that sheet, so they travel with the file.
 */

export type PlanLevel = "xa" | "huyen";

/** Languages of the task pane; the plan's own texts stay Vietnamese. */
export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "vi";

/**
 * The tolerance validation uses while the plan sets none: amounts closer than 0,001 triệu
 * đồng (1.000 đồng) are equal, since only float noise is smaller.
 */
export const AUTOMATIC_TOLERANCE = 0.001;

/** Shares of NSTW that each local budget level contributes (0.1 = 10%). */
export interface LevelSplit {
  readonly tinh: number;
  readonly huyen: number;
  readonly xa: number;
}

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH". */
  readonly authority: string;
  /** "CHỦ TỊCH" or "PHÓ CHỦ TỊCH". */
  readonly position: string;
  readonly name: string;
}

export interface PlanSettings {
  readonly programId: string;
  readonly year: number;
  readonly level: PlanLevel;
  /** "Ủy ban nhân dân xã Ba Dinh" (the header prints it in capitals). */
  readonly issuingBody: string;
  /** The locality the plan covers: "xã Ba Dinh", "huyện Hậu Lộc". */
  readonly unitName: string;
  readonly province: string;
  /** Where the plan is signed, for "Ba Dinh, ngày … tháng … năm …". */
  readonly place: string;
  /** "12/KH-UBND"; empty while not yet numbered. */
  readonly planNumber: string;
  /** ISO date (YYYY-MM-DD) or null while not yet signed. */
  readonly planDate: string | null;
  /** Id of a counterpart group of the program, or null when `customRatio` is used. */
  readonly provinceGroup: string | null;
  /** Minimum NSĐP ÷ NSTW typed by the user (0.15 = 15%), overriding the group. */
  readonly customRatio: number | null;
  readonly levelSplit: LevelSplit;
  readonly signer: Signer;
  readonly legalBases: readonly string[];
  readonly recipients: readonly string[];
  /**
   * Largest difference (triệu đồng) validation accepts between a total and the sum of its
   * parts; absent while the user has not set one, and validation uses its automatic one.
   */
  readonly tolerance?: number;
  /** Language of the task pane (Vietnamese when absent). */
  readonly language?: Language;
}

/** Districts were abolished on 1 July 2025 (domain.md section 8). */
export const DISTRICT_ABOLISHED_ON = "2025-07-01";

/**
 * Whether the plan still has a district level (NS huyện column, UBND huyện in texts).
 * A dated plan is judged by its date; an undated one by its year (a 2025 plan written
 * without a date is taken as written under the two-tier system, like seed 004).
 */
export function hasDistrictLevel(settings: Pick<PlanSettings, "level" | "planDate" | "year">): boolean {
  if (settings.planDate) return settings.planDate < DISTRICT_ABOLISHED_ON;
  if (settings.level === "huyen") return settings.year <= 2025;
  return settings.year < 2025;
}
