/**
 * A Dự án equals the sum of its Tiểu dự án rows, column by column: a wrong Dự án cell is
 * reported there (and not again at TỔNG CỘNG); a wrong Tiểu dự án is left to its own row;
 * a Dự án whose Tiểu dự án rows are all empty is one finding, not one per column.
 */
import { PL01_COLUMNS as C, type Pl01Column } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/parent-sum";
import {
  arithmeticIssues,
  funds,
  located,
  SEED_003_LEAVES,
  SEED_003_SETTINGS,
  render,
} from "./support-arith";

const seed003 = { leaves: SEED_003_LEAVES, settings: SEED_003_SETTINGS };
const AMOUNTS: readonly Pl01Column[] = [C.tong, C.nstw, C.dtpt, C.sn, C.nsdp, C.tinh, C.huyen, C.xa, C.khac];
const emptyRow = Object.fromEntries(AMOUNTS.map((key) => [key, null]));

describe("parent-sum", () => {
  it("finds nothing in seed 003: Dự án 3 = 1.444 + 387, Dự án 4 = 1.147 + 468 + 653", () => {
    expect(rule.check(funds(seed003).ctx)).toEqual([]);
  });

  it("a wrong typed Dự án total: one finding there, TỔNG CỘNG left alone", () => {
    const plan = funds({ ...seed003, overrides: { DA3: { [C.tong]: 1832 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`parent-sum/mismatch@${plan.cell("DA3", C.tong)}`]);
    const children = [plan.cell("DA3.1", C.tong), plan.cell("DA3.2", C.tong)].map((a1) => a1.slice(1));
    expect(issues[0]?.data).toMatchObject({
      row: "Dự án 3",
      column: "Tổng cộng",
      actual: 1832,
      expected: 1831,
      difference: 1,
      rows: children.join(", "),
    });
    expect(issues[0]?.suggestions?.[0]?.edits[0]?.value).toBe(1831);
  });

  it("a wrong typed Dự án NSTW: reported at that cell only", () => {
    const plan = funds({ ...seed003, overrides: { DA4: { [C.nstw]: 2270 } } });
    expect(located(arithmeticIssues(plan.ctx))).toEqual([`parent-sum/mismatch@${plan.cell("DA4", C.nstw)}`]);
  });

  it("a sum formula of a Dự án overwritten with a number: one finding at the column it starts in", () => {
    const plan = funds({ ...seed003, mode: "formulas", overrides: { DA3: { [C.sn]: 1900 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`parent-sum/mismatch@${plan.cell("DA3", C.sn)}`]);
    expect(issues[0]?.data).toMatchObject({ column: "vốn sự nghiệp", expected: 1831, actual: 1900 });
  });

  it("a wrong Tiểu dự án is not reported as a wrong Dự án", () => {
    const plan = funds({ ...seed003, overrides: { "DA4.2": { [C.tong]: 486 } } });
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("a Dự án with amounts over empty Tiểu dự án rows: one finding at its total", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.1": emptyRow, "DA3.2": emptyRow } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`parent-sum/children-empty@${plan.cell("DA3", C.tong)}`]);
    expect(issues[0]?.data).toMatchObject({ actual: 1831, row: "Dự án 3" });
    expect(issues[0]?.suggestions).toBeUndefined();
  });
});

describe("parent-sum: the message", () => {
  it("reads plainly", () => {
    const plan = funds({ ...seed003, overrides: { DA3: { [C.tong]: 1832 } } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô C12: Tổng cộng của Dự án 3 ghi 1.832 triệu đồng nhưng cộng các dòng chi tiết của nó (dòng 13, 14) được 1.831 triệu đồng, chênh 1 triệu đồng.",
    );
  });

  it("says what to do when the Tiểu dự án rows are empty", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.1": emptyRow, "DA3.2": emptyRow } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô C12: Dự án 3 ghi Tổng cộng 1.831 triệu đồng nhưng các dòng chi tiết của nó (dòng 13, 14) đều để trống. Ghi số tiền vào từng dòng chi tiết để Dự án 3 bằng tổng của chúng.",
    );
  });
});
