/**
 * The shape of the standing text: the sentences a plan repeats every year (purposes,
 * requirements, tasks, each office's duties, and per Dự án / Tiểu dự án its objective,
 * beneficiaries and support), written by us in plain official Vietnamese and kept as data
 * per program. Texts carry placeholders the builder fills in ({unit}, {year} …), and a
 * line can be limited to the kinds of plan it fits (a district plan speaks of its communes).
 */

/**
 * Which government the plan speaks for: a district (before 1/7/2025), a commune under a
 * district (before 1/7/2025), or a commune of the two-tier system (from 1/7/2025).
 */
export type Tier = "district" | "commune-under-district" | "commune";

export const TIERS: readonly Tier[] = ["district", "commune-under-district", "commune"];

/** A line for every kind of plan, or one limited to some. */
export type Line = string | { readonly text: string; readonly tiers: readonly Tier[] };

export type Lines = readonly Line[];

/** A name that depends on the kind of plan ("Phòng Tài chính - Kế hoạch" in a district). */
export type ByTier = Readonly<Record<Tier, string>>;

/**
 * Placeholders every text may use:
 * {unit} "xã Ba Dinh"; {level} "xã" (the unit's own word: xã, phường, huyện …);
 * {ubnd} "UBND xã"; {year} "2025"; {program} the program's official name;
 * {period} "2021 - 2025"; {ministry} "Nông nghiệp và Môi trường" (by year);
 * {standingOffice} the office that runs the program; {approval} the approving decision.
 */
export type Placeholder =
  "unit" | "level" | "ubnd" | "year" | "program" | "period" | "ministry" | "standingOffice" | "approval";

export interface ProjectText {
  /** a) Mục tiêu: one sentence or two. */
  readonly objective: string;
  /** b) Đối tượng: "- " lines. */
  readonly beneficiaries: Lines;
  /** c) Nội dung hỗ trợ: "- " lines. */
  readonly support: Lines;
}

export interface OfficeRole {
  readonly office: ByTier;
  readonly duties: Lines;
}

/** A wording valid for plan years from `from` to `to` (inclusive; null = open). */
export interface YearText {
  readonly from: number;
  readonly to: number | null;
  readonly text: string;
}

/** Sentence frames the builder completes with figures and names. */
export interface Phrases {
  /** e) a lead office's line, after "- {office}: ". */
  readonly leadDuty: string;
  /** e) the cooperating offices' line, after "- {partners}: ". */
  readonly partnerDuty: string;
  /** VI: before the list of projects an office leads. */
  readonly leadsProjects: string;
  /** VI: an office other than the standing office reports to it. */
  readonly reportsToStanding: string;
  /** d) when the year gives a project no funds. */
  readonly noFunds: string;
  /** IV when Phụ lục 01 holds no amount: where the money will come from. */
  readonly fundsUnknown: Lines;
  readonly closing: string;
}

export interface StandingText {
  readonly programId: string;
  /** For file names: "Kế hoạch giảm nghèo". */
  readonly shortTitle: string;
  /** Document key (program file) of the decision approving the program: "qd90". */
  readonly approvalDocument: string;
  /** Document key of the counterpart rule ("qd02"), or null while unknown. */
  readonly counterpartDocument: string | null;
  /** "chuẩn nghèo đa chiều giai đoạn 2022 - 2025", by plan year. */
  readonly povertyStandards: readonly YearText[];
  /** The ministry in charge of poverty reduction, by plan year. */
  readonly ministries: readonly YearText[];
  readonly purposes: Lines;
  readonly requirements: Lines;
  readonly generalObjective: string;
  readonly tasks: Lines;
  /** The Dự án whose lead office is the program's standing office (monitoring): "DA7". */
  readonly standingOfficeProject: string | null;
  readonly roles: {
    readonly standing: OfficeRole;
    readonly finance: OfficeRole;
    /** Heading names the front and the socio-political organisations. */
    readonly front: OfficeRole;
    /** Lines for the communes of a district plan. */
    readonly localities: OfficeRole;
  };
  readonly phrases: Phrases;
  /** Per catalog code; a code without text gets the approving decision's citation. */
  readonly projects: Readonly<Record<string, ProjectText>>;
  /** Indicator id -> the catalog code whose section states it as a target. */
  readonly indicatorProjects: Readonly<Record<string, string>>;
}
