/**
 * A complete PlanSettings for a new plan from the little the user gives (year, level, unit,
 * province, date): the issuing body from the unit, the program's default group and level
 * split, legal bases from the program's documents, and recipients like the seeds', the pane
 * in Vietnamese and no tolerance of its own. Every value lands on "Thông tin chung", where
 * the user corrects what does not fit.
 */
import type { ProgramFile } from "../programs/types";
import {
  DEFAULT_LANGUAGE,
  hasDistrictLevel,
  type LevelSplit,
  type PlanLevel,
  type PlanSettings,
  type Signer,
} from "../settings";

export type SettingsOverrides = Partial<PlanSettings> & { readonly year: number };

/** Words that open a unit's name; a name without one gets the level's ("Ba Dinh" -> "xã Ba Dinh"). */
const UNIT_TYPES = ["thị trấn", "thị xã", "thành phố", "phường", "huyện", "quận", "xã"] as const;

const LEVEL_WORD: Readonly<Record<PlanLevel, string>> = { xa: "xã", huyen: "huyện" };

export const DEFAULT_SIGNER: Signer = { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "" };

function tidy(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}

function unitType(unitName: string): string | undefined {
  const lower = unitName.toLocaleLowerCase("vi");
  return UNIT_TYPES.find((type) => lower.startsWith(`${type} `));
}

/** "Ba Dinh" at commune level -> "xã Ba Dinh"; "Xã Ba Dinh" -> "xã Ba Dinh". */
export function unitWithType(unitName: string, level: PlanLevel): string {
  const name = tidy(unitName);
  if (name === "") return "";
  const type = unitType(name);
  return type ? `${type}${name.slice(type.length)}` : `${LEVEL_WORD[level]} ${name}`;
}

/** "xã Ba Dinh" -> "Ba Dinh", the place written before the date. */
export function placeOf(unitName: string): string {
  const type = unitType(unitName);
  return type ? unitName.slice(type.length).trim() : unitName;
}

function issuingBodyOf(unitName: string): string {
  return unitName === "" ? "" : `Ủy ban nhân dân ${unitName}`;
}

/** The program's split; no district share once districts are gone. */
function levelSplitFor(program: ProgramFile, districtLevel: boolean): LevelSplit {
  const split = program.defaultLevelSplit;
  return districtLevel ? { ...split } : { ...split, huyen: 0 };
}

/** "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt …". */
function legalBasesOf(program: ProgramFile): string[] {
  return program.documents.map((doc) => `${doc.citation} ${doc.subject}`);
}

/**
 * Recipient lines as the seeds write them, without the leading "- " and closing ";"
 * (the narrative adds those). Poverty reduction moved to Nông nghiệp và Môi trường in 2025.
 */
function recipientsFor(level: PlanLevel, districtLevel: boolean, year: number): string[] {
  const ministry = year >= 2025 ? "Nông nghiệp và Môi trường" : "Lao động - Thương binh và Xã hội";
  if (level === "huyen") {
    return [
      `Sở ${ministry} (báo cáo)`,
      "Thường trực Huyện ủy, HĐND huyện (báo cáo)",
      "Chủ tịch, các Phó Chủ tịch UBND huyện",
      "Các phòng, ban, đơn vị liên quan (thực hiện)",
      "UBND các xã, thị trấn (thực hiện)",
      "Lưu: VT",
    ];
  }
  const above = districtLevel
    ? [`UBND huyện (báo cáo)`, `Phòng ${ministry} huyện (báo cáo)`]
    : [`Sở ${ministry}`];
  return [
    ...above,
    "Thường trực Đảng ủy xã (báo cáo)",
    "Thường trực HĐND xã",
    "Chủ tịch, các Phó Chủ tịch UBND xã",
    "Ủy ban MTTQ Việt Nam xã",
    "Các tổ chức chính trị - xã hội xã",
    "Các cơ quan chuyên môn xã",
    "Lưu: VT",
  ];
}

function defined<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function defaultSettings(program: ProgramFile, overrides: SettingsOverrides): PlanSettings {
  const level = overrides.level ?? "xa";
  const unitName = unitWithType(overrides.unitName ?? "", level);
  const planDate = overrides.planDate ?? null;
  const districtLevel = hasDistrictLevel({ level, planDate, year: overrides.year });
  const base: PlanSettings = {
    programId: program.id,
    year: overrides.year,
    level,
    issuingBody: issuingBodyOf(unitName),
    unitName,
    province: "",
    place: placeOf(unitName),
    planNumber: "",
    planDate,
    provinceGroup: program.defaultGroup,
    customRatio: null,
    levelSplit: levelSplitFor(program, districtLevel),
    signer: DEFAULT_SIGNER,
    legalBases: legalBasesOf(program),
    recipients: recipientsFor(level, districtLevel, overrides.year),
    language: DEFAULT_LANGUAGE,
  };
  return { ...base, ...defined(overrides), unitName, province: tidy(overrides.province ?? "") };
}
