/**
 * From a SheetPlan alone (its marker name and cells, nothing from the renderer) every
 * (row key, column key) pair leads to the right cell, as our reader will need on a saved
 * workbook: the catalog's numbers and names, the settings' values, the indicators' units.
 */
import type { RangeAddress } from "../../src/domain/address/cell-address";
import { catalogInTableOrder } from "../../src/domain/programs/registry";
import { TEMPLATE_IDS } from "../../src/domain/sheet-plan";
import {
  B02_COLUMNS,
  B02_ROWS,
  B03_COLUMNS,
  PC_COLUMNS,
  PL01_COLUMNS,
  PL01_ROWS,
  SETTING_KEYS,
  TTC_COLUMNS,
} from "../../src/domain/templates/column-keys";
import { INDICATORS } from "../../src/domain/templates/indicators";
import { keyedCell, readTableKeys } from "../../src/domain/templates/table-keys";
import {
  cellAt,
  cellByKeys,
  DISTRICT_2023,
  GIAM_NGHEO,
  keysOf,
  planAll,
  planOf,
  TWO_TIER_2025,
} from "./support/fixtures";

const COLUMNS = {
  "thong-tin-chung": Object.values(TTC_COLUMNS),
  "phu-luc-01": Object.values(PL01_COLUMNS),
  "bieu-02": Object.values(B02_COLUMNS),
  "bieu-03": Object.values(B03_COLUMNS),
  "phan-cong": Object.values(PC_COLUMNS),
} as const;

describe.each([DISTRICT_2023, TWO_TIER_2025].map((s) => [s.name, s] as const))("%s", (_, scenario) => {
  const settings = scenario.settings(GIAM_NGHEO);
  const plans = planAll(GIAM_NGHEO, settings);

  test.each(TEMPLATE_IDS)("%s: the column keys are the template's columns, in order", (id) => {
    const expected = COLUMNS[id].filter((key) => scenario.districtColumn || key !== PL01_COLUMNS.huyen);
    expect([...keysOf(planOf(plans, id)).columns.keys()]).toEqual(expected);
  });

  test.each(TEMPLATE_IDS)(
    "%s: inside the marker, every keyed row and column meets at a cell the plan wrote",
    (id) => {
      const plan = planOf(plans, id);
      const marker = plan.names[0]?.range as RangeAddress;
      const keys = readTableKeys(marker, (row, col) => cellAt(plan, { row, col })?.value);
      expect(keys.rows.size).toBeGreaterThan(0);
      for (const rowKey of keys.rows.keys()) {
        for (const colKey of keys.columns.keys()) {
          const at = keyedCell(keys, rowKey, colKey);
          expect([rowKey, colKey, at && cellAt(plan, at) !== undefined]).toEqual([rowKey, colKey, true]);
        }
      }
    },
  );

  test("Phụ lục 01: catalog rows carry their number and official name; totals are formulas", () => {
    const plan = planOf(plans, "phu-luc-01");
    for (const item of catalogInTableOrder(GIAM_NGHEO)) {
      expect(cellByKeys(plan, item.code, PL01_COLUMNS.tt).value).toBe(item.number);
      expect(cellByKeys(plan, item.code, PL01_COLUMNS.noiDung).value).toBe(item.name);
    }
    expect(cellByKeys(plan, PL01_ROWS.total, PL01_COLUMNS.noiDung).value).toBe("TỔNG CỘNG");
    expect(cellByKeys(plan, PL01_ROWS.total, PL01_COLUMNS.tong).formula).toMatch(/^=SUM\(/);
    expect(cellByKeys(plan, PL01_ROWS.status, PL01_COLUMNS.nsdp).formula).toContain("Đạt");
  });

  test("the marker covers the table only; the counterpart lines are keyed below it", () => {
    const plan = planOf(plans, "phu-luc-01");
    const marker = plan.names[0]?.range;
    const status = keysOf(plan).rows.get(PL01_ROWS.status) ?? 0;
    expect(status).toBeGreaterThan(marker?.end.row ?? Infinity);
    expect(keysOf(plan).rows.get(PL01_ROWS.total)).toBe((marker?.start.row ?? 0) + 2);
  });

  test("Thông tin chung, Biểu 02, Biểu 03 and Phân công are readable by key", () => {
    const ttc = planOf(plans, "thong-tin-chung");
    expect(cellByKeys(ttc, SETTING_KEYS.year, TTC_COLUMNS.value).value).toBe(settings.year);
    expect(cellByKeys(ttc, SETTING_KEYS.issuingBody, TTC_COLUMNS.value).value).toBe(settings.issuingBody);
    expect(cellByKeys(ttc, SETTING_KEYS.signerPosition, TTC_COLUMNS.value).value).toBe("CHỦ TỊCH");
    const b02 = planOf(plans, "bieu-02");
    expect(cellByKeys(b02, B02_ROWS.end, B02_COLUMNS.hoNgheo).formula).toBeDefined();
    expect(cellByKeys(b02, B02_ROWS.start, B02_COLUMNS.chiTieu).value).toBe("Số hộ đầu năm");
    const b03 = planOf(plans, "bieu-03");
    for (const indicator of INDICATORS)
      expect(cellByKeys(b03, indicator.id, B03_COLUMNS.chiTieu).value).toBe(indicator.text);
    const pc = planOf(plans, "phan-cong");
    expect(cellByKeys(pc, "DA7.2", PC_COLUMNS.noiDung).value).toBe("Tiểu dự án 2: Giám sát, đánh giá");
  });
});
