/**
 * TỔNG CỘNG equals the sum of the Dự án rows, column by column: 8.345 for seed 003 and
 * 1.001 for seed 004; a wrong TỔNG CỘNG cell is reported once, and a wrong row below it is
 * reported at that row instead.
 */
import { PL01_COLUMNS as C, type Pl01Column } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/grand-total";
import {
  arithmeticIssues,
  funds,
  located,
  SEED_003_LEAVES,
  SEED_003_SETTINGS,
  SEED_004_LEAVES,
  SEED_004_SETTINGS,
  render,
} from "./support-arith";

const seed003 = { leaves: SEED_003_LEAVES, settings: SEED_003_SETTINGS };
const seed004 = { leaves: SEED_004_LEAVES, settings: SEED_004_SETTINGS, withoutDistrict: true };

describe("grand-total", () => {
  it("finds nothing in seed 003 (8.345) and seed 004 (1.001)", () => {
    expect(rule.check(funds(seed003).ctx)).toEqual([]);
    expect(rule.check(funds(seed004).ctx)).toEqual([]);
  });

  it("a typed TỔNG CỘNG that disagrees: one finding with the exact sum", () => {
    const plan = funds({ ...seed003, overrides: { TOTAL: { [C.tong]: 8354 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`grand-total/mismatch@${plan.cell("TOTAL", C.tong)}`]);
    expect(issues[0]?.data).toMatchObject({ actual: 8354, expected: 8345, difference: 9 });
    expect(issues[0]?.suggestions?.[0]?.edits[0]?.value).toBe(8345);
  });

  it("a typed NS xã of TỔNG CỘNG under formula totals: one finding at that cell", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { TOTAL: { [C.xa]: 45 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`grand-total/mismatch@${plan.cell("TOTAL", C.xa)}`]);
    expect(issues[0]?.data).toMatchObject({ column: "NS xã", actual: 45, expected: 43 });
  });

  it("a wrong Dự án is reported at the Dự án, not at TỔNG CỘNG", () => {
    const plan = funds({ ...seed003, overrides: { DA6: { [C.sn]: 240 } } });
    expect(located(arithmeticIssues(plan.ctx))).toEqual([`parent-sum/mismatch@${plan.cell("DA6", C.sn)}`]);
  });

  it("a TỔNG CỘNG over Dự án rows that are all empty: one finding", () => {
    const empty = Object.fromEntries(
      ([C.tong, C.nstw, C.sn, C.nsdp, C.tinh, C.xa] as Pl01Column[]).map((key) => [key, null]),
    );
    const plan = funds({ ...seed004, overrides: { DA2: empty, DA3: empty, "DA3.1": empty } });
    expect(located(arithmeticIssues(plan.ctx))).toEqual([
      `grand-total/children-empty@${plan.cell("TOTAL", C.tong)}`,
    ]);
  });
});

describe("grand-total: the message", () => {
  it("reads plainly", () => {
    const plan = funds({ ...seed003, overrides: { TOTAL: { [C.tong]: 8354 } } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô C8: Tổng cộng của dòng TỔNG CỘNG ghi 8.354 triệu đồng nhưng cộng các Dự án (dòng 9, 11, 12, 15, 19, 22) được 8.345 triệu đồng, chênh 9 triệu đồng.",
    );
  });
});
