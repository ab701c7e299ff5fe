/**
 * What the narrative is built from, whatever the tables looked like: settings, the program,
 * funds per catalog code, household and indicator targets, assignments, the user's own
 * project texts and the errors validation found. Every number carries the cell(s) it came
 * from. Our own sheets fill it (from-own-sheets.ts); recognised foreign tables can fill the
 * same shape, converting amounts to triệu đồng first.
 */
import type { Dimension } from "../templates/indicators";
import type { PlanSettings } from "../settings";
import type { ProgramFile } from "../programs/types";
import type { CellSource } from "./document";

/** A number and where it came from; a sum lists every cell it adds up. */
export interface Traced {
  readonly value: number;
  readonly sources: readonly CellSource[];
}

/** The columns of Phụ lục 01, in triệu đồng: Tổng cộng, NSTW (ĐTPT, SN), NSĐP (tỉnh, huyện, xã), khác. */
export type FundKey = "tong" | "nstw" | "dtpt" | "sn" | "nsdp" | "tinh" | "huyen" | "xa" | "khac";

/** The amounts a row has; a column the table lacks, or a cell holding no number, is absent. */
export type FundAmounts = Readonly<Partial<Record<FundKey, Traced>>>;

export interface FundsEntry {
  /** Catalog code: "DA3.1". */
  readonly code: string;
  readonly amounts: FundAmounts;
}

export interface FundsInput {
  readonly rows: readonly FundsEntry[];
  /** The TỔNG CỘNG row; null when the table has none (the rows are then added up). */
  readonly total: FundAmounts | null;
  /** NSĐP ÷ NSTW as planned (a fraction), when the table works it out. */
  readonly counterpartRatio: Traced | null;
  /** Whether NSĐP reaches the minimum share; null when not known. */
  readonly counterpartMet: boolean | null;
}

export interface HouseholdLine {
  readonly start?: Traced;
  /** Fractions: 0,0835 = 8,35%. */
  readonly startRate?: Traced;
  readonly exits?: Traced;
  readonly end?: Traced;
  readonly endRate?: Traced;
  /** Fall of the rate in the year, a fraction (percentage points ÷ 100). */
  readonly reduction?: Traced;
}

export interface HouseholdsInput {
  readonly poor: HouseholdLine;
  readonly nearPoor: HouseholdLine;
}

export interface IndicatorInput {
  /** Indicator id of templates/indicators.ts ("yt-bhyt"), or a row key we do not know. */
  readonly id: string;
  readonly dimension: Dimension | null;
  /** "Hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp vệ sinh". */
  readonly text: string;
  /** "%" (values are fractions), "người", "hộ" … */
  readonly unit: string;
  /** This year's target; null while not filled in. */
  readonly plan: Traced | null;
}

export interface AssignmentInput {
  readonly code: string;
  /** Cơ quan chủ trì; "" when nobody is named. */
  readonly lead: string;
  /** Cơ quan phối hợp; "" when none. */
  readonly partners: string;
}

/** The user's wording of a project's a), b), c), replacing ours part by part. */
export interface ProjectTexts {
  readonly objective?: string;
  readonly beneficiaries?: readonly string[];
  readonly support?: readonly string[];
}

export interface NarrativeInput {
  readonly settings: PlanSettings;
  readonly program: ProgramFile;
  /** Null when the workbook has no funds table. */
  readonly funds: FundsInput | null;
  readonly households: HouseholdsInput | null;
  readonly indicators: readonly IndicatorInput[];
  readonly assignments: readonly AssignmentInput[];
  /** Per catalog code. */
  readonly texts: ReadonlyMap<string, ProjectTexts>;
  /** Errors to list above the plan (validation errors, unreadable cells); empty when clean. */
  readonly errors: readonly string[];
}
