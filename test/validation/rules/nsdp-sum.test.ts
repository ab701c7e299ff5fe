/**
 * NSĐP = NS tỉnh + NS huyện + NS xã over the levels the table has: seed 004 (tỉnh + xã)
 * passes; a wrong NSĐP or level cell is reported once, at that cell.
 */
import { PL01_COLUMNS as C } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/nsdp-sum";
import {
  arithmeticIssues,
  funds,
  located,
  SEED_004_LEAVES,
  SEED_004_SETTINGS,
  render,
} from "./support-arith";

const seed004 = { leaves: SEED_004_LEAVES, settings: SEED_004_SETTINGS, withoutDistrict: true };

describe("nsdp-sum", () => {
  it("finds nothing in seed 004 (NS tỉnh 87 + NS xã 43 = 130)", () => {
    expect(rule.check(funds(seed004).ctx)).toEqual([]);
    expect(rule.check(funds({ ...seed004, mode: "formulas" }).ctx)).toEqual([]);
  });

  it("a wrong typed NSĐP: one finding, the sum named with the levels the table has", () => {
    const plan = funds({ ...seed004, overrides: { DA2: { [C.nsdp]: 80 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`nsdp-sum/mismatch@${plan.cell("DA2", C.nsdp)}`]);
    expect(issues[0]?.data).toMatchObject({
      actual: 80,
      expected: 75,
      difference: 5,
      parts: "NS tỉnh + NS xã",
      partsEn: "the provincial budget + the commune budget",
    });
  });

  it("names NS huyện too when the table has that column", () => {
    const plan = funds({ leaves: SEED_004_LEAVES, overrides: { DA2: { [C.nsdp]: 80 } } });
    expect(rule.check(plan.ctx)[0]?.data).toMatchObject({ parts: "NS tỉnh + NS huyện + NS xã" });
  });

  it("a wrong NS xã under a Dự án: reported at the NS xã cell", () => {
    const plan = funds({ ...seed004, overrides: { "DA3.1": { [C.xa]: 20 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`nsdp-sum/cell@${plan.cell("DA3.1", C.xa)}`]);
    expect(issues[0]?.data).toMatchObject({ column: "NS xã", actual: 20, expected: 18 });
  });

  it("an NSĐP typed over its formula, the row and Dự án totals following it: one finding", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { "DA3.1": { [C.nsdp]: 60 } } });
    expect(located(arithmeticIssues(plan.ctx))).toEqual([`nsdp-sum/mismatch@${plan.cell("DA3.1", C.nsdp)}`]);
  });
});

describe("nsdp-sum: the message", () => {
  it("reads plainly", () => {
    const plan = funds({ ...seed004, overrides: { DA2: { [C.nsdp]: 80 } } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô G9 (Dự án 2): NSĐP ghi 80 triệu đồng nhưng NS tỉnh + NS xã = 75 triệu đồng, chênh 5 triệu đồng.",
    );
  });
});
