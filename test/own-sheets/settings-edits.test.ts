/**
 * What the "Cài đặt" page saves comes back when the sheet is read again: the cell edits of
 * changed settings, written into a "Thông tin chung" made by the real template, read back
 * equal. Only changed settings are written, in the form the template stores them (15,5% as
 * the fraction 0.155, the language as "English", an automatic tolerance as an empty cell);
 * a sheet made before the tolerance and language rows reads their defaults quietly and
 * has nowhere to write them.
 */
import { parseA1, toA1 } from "../../src/domain/address/cell-address";
import { computeValues } from "../../src/domain/grid-values";
import {
  canWriteSetting,
  editableSettings,
  findOwnSheets,
  readSettings,
  settingsEdits,
  type EditableSettings,
  type SettingsReading,
} from "../../src/domain/own-sheets";
import type { PlanSettings } from "../../src/domain/settings";
import { SETTING_KEYS as S } from "../../src/domain/templates/column-keys";
import {
  cellKey,
  keyToAddress,
  type CellEdit,
  type GridCell,
  type WorkbookGrid,
} from "../../src/domain/workbook";
import { planToGrid } from "../detect/support/grid";
import {
  DISTRICT_2023,
  GIAM_NGHEO,
  NONG_THON_MOI,
  planOf,
  planAll,
  TWO_TIER_2025,
} from "../templates/support/fixtures";

const SHEET = "Thông tin chung";

function settingsGrid(settings: PlanSettings): WorkbookGrid {
  return planToGrid([planOf(planAll(GIAM_NGHEO, settings), "thong-tin-chung")]);
}

function read(grid: WorkbookGrid): SettingsReading {
  const own = findOwnSheets(grid).find((s) => s.templateId === "thong-tin-chung");
  if (!own) throw new Error("no Thông tin chung");
  return readSettings(computeValues(grid), own);
}

/** The grid with cells replaced, as Excel holds them after the edits are written. */
function written(grid: WorkbookGrid, edits: readonly (Omit<CellEdit, "sheet"> & { sheet?: string })[]) {
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      const cells = new Map<number, GridCell>(sheet.cells);
      for (const edit of edits.filter((e) => (e.sheet ?? SHEET) === sheet.name)) {
        const key = cellKey(edit.address.row, edit.address.col);
        const value = edit.value ?? null;
        if (value === null) cells.delete(key);
        else cells.set(key, { value, valueKnown: true, formula: null, numberFormat: "General" });
      }
      return { ...sheet, cells };
    }),
  };
}

function at(reading: SettingsReading, key: string): string {
  const cell = reading.cells.get(key);
  if (!cell) throw new Error(`no cell for ${key}`);
  return toA1(cell);
}

const TYPED: Partial<EditableSettings> = {
  customRatio: 0.155,
  levelSplit: { tinh: 0.1, huyen: 0, xa: 0.055 },
  tolerance: 0.5,
  language: "en",
};

describe("settingsEdits", () => {
  const grid = settingsGrid(TWO_TIER_2025.settings(GIAM_NGHEO));
  const reading = read(grid);

  test("a typed ratio, level split, tolerance and English read back as saved", () => {
    const back = read(written(grid, settingsEdits(reading, TYPED)));
    expect(editableSettings(back)).toEqual({ ...editableSettings(reading), ...TYPED });
    expect(back.problems.filter((p) => p.rowKey !== S.minRatio)).toEqual([]);
  });

  test("values are stored as the template stores them: fractions, the language's label", () => {
    const stored = Object.fromEntries(settingsEdits(reading, TYPED).map((e) => [toA1(e.address), e.value]));
    expect(stored).toEqual({
      [at(reading, S.customRatio)]: 0.155,
      [at(reading, S.splitXa)]: 0.055,
      [at(reading, S.tolerance)]: 0.5,
      [at(reading, S.language)]: "English",
    });
  });

  test("only changed settings are written, so an unchanged form writes nothing", () => {
    expect(settingsEdits(reading, editableSettings(reading))).toEqual([]);
    const edits = settingsEdits(reading, { ...editableSettings(reading), tolerance: 0.1 });
    expect(edits).toEqual([{ sheet: SHEET, address: parseA1(at(reading, S.tolerance)), value: 0.1 }]);
  });

  test("going back to the province group and the automatic tolerance empties their cells", () => {
    const typed = read(written(grid, settingsEdits(reading, { ...TYPED, provinceGroup: "tu-70" })));
    const edits = settingsEdits(typed, { customRatio: null, tolerance: null });
    expect(edits.map((e) => e.value)).toEqual([null, null]);
    const back = read(written(grid, [...settingsEdits(reading, TYPED), ...edits]));
    expect(back.settings).toMatchObject({ customRatio: null, provinceGroup: "duoi-50" });
    expect(back.settings.tolerance).toBeUndefined();
  });

  test("changing the program writes its id and name", () => {
    const change = { programId: NONG_THON_MOI.id, programName: NONG_THON_MOI.name };
    const back = read(written(grid, settingsEdits(reading, change)));
    expect([back.settings.programId, back.programName.value]).toEqual([NONG_THON_MOI.id, NONG_THON_MOI.name]);
  });

  test("a district plan's NS huyện share round-trips too", () => {
    const district = settingsGrid(DISTRICT_2023.settings(GIAM_NGHEO));
    const before = read(district);
    const split = { tinh: 0.08, huyen: 0.04, xa: 0.03 };
    expect(read(written(district, settingsEdits(before, { levelSplit: split }))).settings.levelSplit).toEqual(
      split,
    );
  });

  test("a cell that could not be read is written over, even with the value the pane shows", () => {
    const garbled = written(grid, [{ address: parseA1(at(reading, S.tolerance)), value: "nửa triệu" }]);
    const odd = read(garbled);
    expect(odd.problems.map((p) => [p.kind, p.rowKey])).toContainEqual(["invalid-setting", S.tolerance]);
    expect(settingsEdits(odd, { tolerance: null })).toEqual([
      { sheet: SHEET, address: parseA1(at(reading, S.tolerance)), value: null },
    ]);
  });
});

describe("a Thông tin chung made before the tolerance and language rows", () => {
  const full = settingsGrid(TWO_TIER_2025.settings(GIAM_NGHEO));
  const rows = [S.tolerance, S.language].map((key) => read(full).cells.get(key)?.row);
  const older: WorkbookGrid = {
    ...full,
    sheets: full.sheets.map((sheet) => ({
      ...sheet,
      cells: new Map([...sheet.cells].filter(([key]) => !rows.includes(keyToAddress(key).row))),
    })),
  };
  const reading = read(older);

  test("reads Vietnamese and the automatic tolerance without reporting a problem", () => {
    expect(reading.settings.language).toBe("vi");
    expect(reading.settings.tolerance).toBeUndefined();
    expect(reading.problems.filter((p) => p.rowKey !== S.minRatio)).toEqual([]);
  });

  test("has no cell to write them to, and writes the other settings all the same", () => {
    expect(canWriteSetting(reading, S.tolerance)).toBe(false);
    expect(canWriteSetting(reading, S.customRatio)).toBe(true);
    const edits = settingsEdits(reading, { tolerance: 0.5, language: "en", customRatio: 0.2 });
    expect(edits.map((e) => toA1(e.address))).toEqual([at(reading, S.customRatio)]);
  });
});
