/**
 * NSTW = vốn đầu tư phát triển + vốn sự nghiệp: a wrong NSTW, ĐTPT or SN cell is reported
 * once, at that cell, even though it also breaks the row's Tổng cộng and the Dự án above it.
 */
import { PL01_COLUMNS as C } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/nstw-sum";
import {
  arithmeticIssues,
  funds,
  located,
  SEED_003_LEAVES,
  SEED_003_SETTINGS,
  render,
} from "./support-arith";

const seed003 = { leaves: SEED_003_LEAVES, settings: SEED_003_SETTINGS };

describe("nstw-sum", () => {
  it("finds nothing in seed 003, typed or with formula totals", () => {
    expect(rule.check(funds(seed003).ctx)).toEqual([]);
    expect(rule.check(funds({ ...seed003, mode: "formulas" }).ctx)).toEqual([]);
  });

  it("a wrong typed NSTW: one finding at it, not at Tổng cộng nor at Dự án 4", () => {
    const plan = funds({ ...seed003, overrides: { "DA4.1": { [C.nstw]: 1148 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`nstw-sum/mismatch@${plan.cell("DA4.1", C.nstw)}`]);
    expect(issues[0]?.data).toMatchObject({
      row: "Tiểu dự án 1 thuộc Dự án 4",
      rowEn: "sub-project 4.1",
      actual: 1148,
      expected: 1147,
      difference: 1,
      parts: "vốn đầu tư phát triển + vốn sự nghiệp",
    });
    expect(issues[0]?.suggestions?.[0]?.edits[0]?.value).toBe(1147);
  });

  it("a wrong ĐTPT: the Dự án column sum shows it is that cell, not the NSTW total", () => {
    const plan = funds({ ...seed003, overrides: { "DA4.1": { [C.dtpt]: 10 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`nstw-sum/cell@${plan.cell("DA4.1", C.dtpt)}`]);
    expect(issues[0]?.data).toMatchObject({
      column: "vốn đầu tư phát triển",
      actual: 10,
      expected: 0,
      reason: "các số khác cùng dòng và với số tổng ở Dự án 4",
    });
  });

  it("without parent rows, Tổng cộng and ĐTPT + SN both off by the same amount point at NSTW", () => {
    const plan = funds({ ...seed003, flat: true, overrides: { DA2: { [C.nstw]: 3000 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`nstw-sum/cell@${plan.cell("DA2", C.nstw)}`]);
    expect(issues[0]?.data).toMatchObject({
      actual: 3000,
      expected: 3051,
      difference: 51,
      reason: "cả Tổng cộng lẫn vốn đầu tư phát triển + vốn sự nghiệp của dòng",
    });
  });

  it("an NSTW typed over its formula, with formula totals elsewhere, is reported once", () => {
    const plan = funds({ ...seed003, mode: "formulas", overrides: { DA2: { [C.nstw]: 3052 } } });
    expect(located(arithmeticIssues(plan.ctx))).toEqual([`nstw-sum/mismatch@${plan.cell("DA2", C.nstw)}`]);
  });

  it("two unrelated defects give two findings", () => {
    const plan = funds({ ...seed003, overrides: { DA2: { [C.nstw]: 3052 }, "DA7.2": { [C.nstw]: 170 } } });
    expect(located(rule.check(plan.ctx))).toEqual([
      `nstw-sum/mismatch@${plan.cell("DA2", C.nstw)}`,
      `nstw-sum/mismatch@${plan.cell("DA7.2", C.nstw)}`,
    ]);
  });
});

describe("nstw-sum: the message", () => {
  it("reads plainly", () => {
    const plan = funds({ ...seed003, flat: true, overrides: { DA2: { [C.nstw]: 3000 } } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô D11 (Dự án 2): NSTW ghi 3.000 triệu đồng, không khớp với cả Tổng cộng lẫn vốn đầu tư phát triển + vốn sự nghiệp của dòng; đúng ra phải là 3.051 triệu đồng (chênh 51 triệu đồng).",
    );
  });
});
