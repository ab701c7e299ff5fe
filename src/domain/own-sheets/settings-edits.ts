/**
 * The settings the "Cài đặt" page edits, and the cell edits that write them into "Thông tin
 * chung" in the form the template stores them (ratios as fractions in percent cells, the
 * language as its label, an automatic tolerance as an empty cell), so what the pane saves
 * reads back the same. Only settings whose value changes are written, and a cell that
 * could not be read is written over whatever it holds; a setting whose row the sheet lacks
 * (a sheet made before the row existed) has nowhere to go and is left out.
 */
import type { CellAddress } from "../address/cell-address";
import { DEFAULT_LANGUAGE, type Language, type LevelSplit } from "../settings";
import { SETTING_KEYS as S, type SettingKey } from "../templates/column-keys";
import { LANGUAGE_LABELS } from "../templates/render/setting-values";
import type { CellEdit } from "../workbook";
import type { SettingsReading } from "./read-settings";

export interface EditableSettings {
  readonly programId: string;
  /** Written beside the id, so the sheet names the program it is set to. */
  readonly programName: string;
  readonly provinceGroup: string | null;
  /** Minimum NSĐP ÷ NSTW typed by the user (0.15 = 15%); null to use the group's. */
  readonly customRatio: number | null;
  readonly levelSplit: LevelSplit;
  /** Triệu đồng; null for validation's automatic tolerance. */
  readonly tolerance: number | null;
  readonly language: Language;
}

type StoredValue = string | number | null;

/** Numbers closer than this are the same setting: a percent typed back from its text. */
const SAME_NUMBER = 1e-12;

export function editableSettings(reading: SettingsReading): EditableSettings {
  const { settings } = reading;
  return {
    programId: settings.programId,
    programName: reading.programName.value,
    provinceGroup: settings.provinceGroup,
    customRatio: settings.customRatio,
    levelSplit: settings.levelSplit,
    tolerance: settings.tolerance ?? null,
    language: settings.language ?? DEFAULT_LANGUAGE,
  };
}

/** Each given setting as the cells that store it, by row key. */
function storedValues(settings: Partial<EditableSettings>): [SettingKey, StoredValue][] {
  const { programId, programName, provinceGroup, customRatio, levelSplit, tolerance, language } = settings;
  const stored: [SettingKey, StoredValue | undefined][] = [
    [S.programId, programId],
    [S.programName, programName],
    [S.provinceGroup, provinceGroup],
    [S.customRatio, customRatio],
    [S.splitTinh, levelSplit?.tinh],
    [S.splitHuyen, levelSplit?.huyen],
    [S.splitXa, levelSplit?.xa],
    [S.tolerance, tolerance],
    [S.language, language === undefined ? undefined : LANGUAGE_LABELS[language]],
  ];
  return stored.filter((entry): entry is [SettingKey, StoredValue] => entry[1] !== undefined);
}

function sameValue(a: StoredValue | undefined, b: StoredValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < SAME_NUMBER;
  return a === b;
}

/** The program's name is read as a text beside the settings, not as one of them. */
function cellOf(reading: SettingsReading, key: SettingKey): CellAddress | null {
  return key === S.programName ? reading.programName.cell : (reading.cells.get(key) ?? null);
}

/** Whether the sheet has a cell for the setting; false on sheets made before its row existed. */
export function canWriteSetting(reading: SettingsReading, key: SettingKey): boolean {
  return cellOf(reading, key) !== null;
}

export function settingsEdits(reading: SettingsReading, changes: Partial<EditableSettings>): CellEdit[] {
  const current = new Map(storedValues(editableSettings(reading)));
  const unreadable = new Set(reading.problems.map((problem) => problem.rowKey));
  return storedValues(changes).flatMap(([key, value]) => {
    const address = cellOf(reading, key);
    const unchanged = sameValue(current.get(key), value) && !unreadable.has(key);
    return address === null || unchanged ? [] : [{ sheet: reading.sheet, address, value }];
  });
}
