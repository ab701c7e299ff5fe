/**
 * "Thông tin chung" read back into PlanSettings, the inverse of how the template stores
 * them. Nothing here throws: an empty required setting or a value that cannot be read
 * takes the fallback's value (BLANK_SETTINGS unless the caller has better) and is listed
 * as a problem; the cell of every setting is kept for messages. Rows added to the template
 * later (the tolerance, the pane's language) are optional: a sheet written before them
 * reads their defaults without a problem.
 */
import type { CellAddress } from "../address/cell-address";
import { DEFAULT_LANGUAGE, type PlanSettings } from "../settings";
import {
  groupRowKey,
  listRowKey,
  SETTING_KEYS as S,
  TTC_COLUMNS as C,
  type ListSettingKey,
} from "../templates/column-keys";
import { DEFAULT_SIGNER } from "../templates/default-settings";
import type { GridValue, WorkbookGrid } from "../workbook";
import type { OwnSheet } from "./find-own-sheets";
import {
  openSheet,
  shownText,
  type ReadProblem,
  type SheetReading,
  type TracedNumber,
  type TracedText,
} from "./reading";
import {
  groupParser,
  isFilled,
  parseLanguage,
  parseLevel,
  parsePlanDate,
  parseRatio,
  parseText,
  parseTolerance,
  parseYear,
  type Filled,
} from "./setting-parsers";

/** What a setting is when its cell cannot be used and the caller gave no better fallback. */
export const BLANK_SETTINGS: PlanSettings = {
  programId: "",
  year: 0,
  level: "xa",
  issuingBody: "",
  unitName: "",
  province: "",
  place: "",
  planNumber: "",
  planDate: null,
  provinceGroup: null,
  customRatio: null,
  levelSplit: { tinh: 0, huyen: 0, xa: 0 },
  signer: DEFAULT_SIGNER,
  legalBases: [],
  recipients: [],
};

export interface CounterpartGroupRow {
  readonly id: string;
  readonly label: string;
  readonly minRatio: number | null;
  readonly row: number;
}

export interface SettingsReading {
  readonly sheet: string;
  readonly settings: PlanSettings;
  /** Row key ("year", "signer.name", "legalBases.2") -> its value cell. */
  readonly cells: ReadonlyMap<string, CellAddress>;
  /** The minimum ratio the sheet itself computes: the typed one, else the group's. */
  readonly minRatio: TracedNumber;
  readonly programName: TracedText;
  /** The counterpart groups listed under the settings. */
  readonly groups: readonly CounterpartGroupRow[];
  readonly problems: readonly ReadProblem[];
}

/** `empty` is the value of an empty cell, or "required" to report it and use the fallback. */
interface Field<T> {
  readonly empty: T | "required";
  readonly parse: (value: Filled) => T | undefined;
}

class SettingsReader {
  readonly cells = new Map<string, CellAddress>();

  constructor(readonly reading: SheetReading) {}

  raw(key: string): GridValue {
    const cell = this.reading.cell(key, C.value);
    if (!cell) return null;
    this.cells.set(key, cell);
    return this.reading.value(cell, key, C.value);
  }

  field<T>(key: string, spec: Field<T>, fallback: T): T {
    if (!this.reading.hasRow(key)) {
      this.reading.report({ kind: "missing-row", cell: null, rowKey: key });
      return fallback;
    }
    const value = this.raw(key);
    const cell = this.cells.get(key) ?? null;
    if (!isFilled(value)) {
      if (spec.empty !== "required") return spec.empty;
      this.reading.report({ kind: "missing-setting", cell, rowKey: key });
      return fallback;
    }
    const parsed = spec.parse(value);
    if (parsed !== undefined) return parsed;
    this.reading.report({ kind: "invalid-setting", cell, rowKey: key, shown: shownText(value) });
    return fallback;
  }

  /** A setting of a row the template gained later: the fallback, unreported, on older sheets. */
  optional<T>(key: string, spec: Field<T>, fallback: T): T {
    return this.reading.hasRow(key) ? this.field(key, spec, fallback) : fallback;
  }

  /** Lines of a list setting, one row each ("legalBases.1", "legalBases.2" …); empty rows skipped. */
  list(key: ListSettingKey): string[] {
    const lines: string[] = [];
    for (let i = 0; this.reading.hasRow(listRowKey(key, i)); i++) {
      const value = this.raw(listRowKey(key, i));
      const text = isFilled(value) ? parseText(value) : undefined;
      if (text)
        lines.push(
          ...text
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
        );
    }
    return lines;
  }

  groups(): CounterpartGroupRow[] {
    const groups: CounterpartGroupRow[] = [];
    for (let i = 0; this.reading.hasRow(groupRowKey(i)); i++) {
      const key = groupRowKey(i);
      const id = this.reading.text(key, C.note).value;
      const row = this.reading.keys.rows.get(key) ?? 0;
      const minRatio = this.reading.number(key, C.value).value;
      if (id !== "") groups.push({ id, label: this.reading.text(key, C.label).value, minRatio, row });
    }
    return groups;
  }
}

const TEXT: Field<string> = { empty: "", parse: parseText };
const REQUIRED_TEXT: Field<string> = { empty: "required", parse: parseText };
const SHARE: Field<number> = { empty: 0, parse: parseRatio };
/** An empty tolerance cell means "automatic": validation's own tolerance. */
const TOLERANCE: Field<number | null> = { empty: null, parse: parseTolerance };

/** The tools' own settings, kept out of the result while they are unset. */
function toolSettings(
  r: SettingsReader,
  fallback: PlanSettings,
): Pick<PlanSettings, "tolerance" | "language"> {
  const language = fallback.language ?? DEFAULT_LANGUAGE;
  const tolerance = r.optional(S.tolerance, TOLERANCE, fallback.tolerance ?? null);
  return {
    ...(tolerance === null ? {} : { tolerance }),
    language: r.optional(S.language, { empty: language, parse: parseLanguage }, language),
  };
}

function readPlanSettings(
  r: SettingsReader,
  fallback: PlanSettings,
  groups: readonly CounterpartGroupRow[],
): PlanSettings {
  const text = (key: string, fb: string) => r.field(key, TEXT, fb);
  const planDate = r.field(S.planDate, { empty: null, parse: parsePlanDate }, fallback.planDate);
  const yearFallback = planDate ? Number(planDate.slice(0, 4)) : fallback.year;
  return {
    programId: r.field(S.programId, REQUIRED_TEXT, fallback.programId),
    year: r.field(S.year, { empty: "required", parse: parseYear }, yearFallback),
    level: r.field(S.level, { empty: "required", parse: parseLevel }, fallback.level),
    unitName: text(S.unitName, fallback.unitName),
    issuingBody: text(S.issuingBody, fallback.issuingBody),
    province: text(S.province, fallback.province),
    place: text(S.place, fallback.place),
    planNumber: text(S.planNumber, fallback.planNumber),
    planDate,
    provinceGroup: r.field(
      S.provinceGroup,
      { empty: null, parse: groupParser(groups) },
      fallback.provinceGroup,
    ),
    customRatio: r.field(S.customRatio, { empty: null, parse: parseRatio }, fallback.customRatio),
    levelSplit: {
      tinh: r.field(S.splitTinh, SHARE, fallback.levelSplit.tinh),
      huyen: r.field(S.splitHuyen, SHARE, fallback.levelSplit.huyen),
      xa: r.field(S.splitXa, SHARE, fallback.levelSplit.xa),
    },
    signer: {
      authority: text(S.signerAuthority, fallback.signer.authority),
      position: text(S.signerPosition, fallback.signer.position),
      name: text(S.signerName, fallback.signer.name),
    },
    legalBases: r.list(S.legalBases),
    recipients: r.list(S.recipients),
    ...toolSettings(r, fallback),
  };
}

export function readSettings(
  grid: WorkbookGrid,
  own: OwnSheet,
  fallback: PlanSettings = BLANK_SETTINGS,
): SettingsReading {
  const reading = openSheet(grid, own);
  const reader = new SettingsReader(reading);
  const groups = reader.groups();
  const settings = readPlanSettings(reader, fallback, groups);
  return {
    sheet: reading.sheet,
    settings,
    cells: reader.cells,
    minRatio: reading.number(S.minRatio, C.value),
    programName: reading.text(S.programName, C.value),
    groups,
    problems: reading.problems,
  };
}
