/**
 * The value each "Thông tin chung" row starts with, taken from the plan's settings in the
 * form the cell stores it: the level as "xã"/"huyện", the language as "Tiếng Việt"/"English",
 * the date as an Excel serial number, ratios as fractions, empty texts and an unset
 * tolerance as empty cells.
 */
import { dayNumber, parseIsoDate } from "../../format/calendar";
import type { ProgramFile } from "../../programs/types";
import { DEFAULT_LANGUAGE, type Language, type PlanLevel, type PlanSettings } from "../../settings";
import type { PlannedValue } from "../../sheet-plan";
import { SETTING_KEYS as S, type ListSettingKey, type SettingKey } from "../column-keys";

/** How the level reads on the sheet and in its pick list. */
export const LEVEL_LABELS: Readonly<Record<PlanLevel, string>> = { xa: "xã", huyen: "huyện" };

/** How the pane's language reads on the sheet and in its pick list, each in its own language. */
export const LANGUAGE_LABELS: Readonly<Record<Language, string>> = { vi: "Tiếng Việt", en: "English" };

/** Excel's serial number of 1970-01-01 (day 0 of dayNumber). */
export const EXCEL_SERIAL_OF_1970 = 25569;

export function excelDateSerial(iso: string): number {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  return dayNumber(date) + EXCEL_SERIAL_OF_1970;
}

/** The minimum ratio that applies: the typed one, else the chosen group's, else none. */
export function effectiveMinRatio(program: ProgramFile, settings: PlanSettings): number | null {
  if (settings.customRatio !== null) return settings.customRatio;
  return program.counterpart.groups.find((g) => g.id === settings.provinceGroup)?.minRatio ?? null;
}

function textOrEmpty(text: string): string | null {
  return text.trim() === "" ? null : text;
}

export function settingValue(key: SettingKey, program: ProgramFile, settings: PlanSettings): PlannedValue {
  switch (key) {
    case S.programId:
      return program.id;
    case S.programName:
      return program.name;
    case S.year:
      return settings.year;
    case S.level:
      return LEVEL_LABELS[settings.level];
    case S.planDate:
      return settings.planDate ? excelDateSerial(settings.planDate) : null;
    case S.provinceGroup:
      return settings.provinceGroup;
    case S.customRatio:
      return settings.customRatio;
    case S.minRatio:
      return effectiveMinRatio(program, settings);
    case S.splitTinh:
      return settings.levelSplit.tinh;
    case S.splitHuyen:
      return settings.levelSplit.huyen;
    case S.splitXa:
      return settings.levelSplit.xa;
    case S.signerAuthority:
      return textOrEmpty(settings.signer.authority);
    case S.signerPosition:
      return textOrEmpty(settings.signer.position);
    case S.signerName:
      return textOrEmpty(settings.signer.name);
    case S.legalBases:
    case S.recipients:
      return textOrEmpty(listSettingValues(key, settings).join("\n"));
    case S.tolerance:
      return settings.tolerance ?? null;
    case S.language:
      return LANGUAGE_LABELS[settings.language ?? DEFAULT_LANGUAGE];
    case S.unitName:
    case S.issuingBody:
    case S.province:
    case S.place:
    case S.planNumber:
      return textOrEmpty(settings[key]);
  }
}

export function listSettingValues(key: ListSettingKey, settings: PlanSettings): readonly string[] {
  return key === S.legalBases ? settings.legalBases : settings.recipients;
}
