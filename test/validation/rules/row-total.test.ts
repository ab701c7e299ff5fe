/**
 * Tổng cộng = NSTW + NSĐP + vốn huy động khác: the seeds' plans pass in triệu đồng and in
 * đồng; a wrong row total is reported once, at its own cell, with the exact amounts and a
 * suggestion for a typed number, whether the totals above it are typed or formulas.
 */
import { parseA1 } from "../../../src/domain/address/cell-address";
import { PL01_COLUMNS as C } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/row-total";
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

describe("row-total: valid plans", () => {
  it.each([
    ["seed 003, typed", { ...seed003 }],
    ["seed 003, formula totals", { ...seed003, mode: "formulas" as const }],
    ["seed 004, typed", { ...seed004 }],
    ["seed 004, formula totals", { ...seed004, mode: "formulas" as const }],
  ])("%s: no finding from any arithmetic rule", (_, input) => {
    expect(arithmeticIssues(funds(input).ctx)).toEqual([]);
  });

  it("reads the TỔNG CỘNG of seed 003 as 8.345 and accepts it", () => {
    const plan = funds(seed003);
    const { row, col } = parseA1(plan.cell("TOTAL", C.tong));
    const total = plan.ctx.value("Phụ lục 01", row, col);
    expect(total).toBe(8345);
    expect(rule.check(plan.ctx)).toEqual([]);
  });

  it("accepts a difference below the tolerance (0,5 triệu đồng by default)", () => {
    const plan = funds({ ...seed004, overrides: { DA2: { [C.tong]: 575.4 } } });
    expect(arithmeticIssues(plan.ctx)).toEqual([]);
  });

  it("accepts a table in đồng whose totals differ by 1 đồng", () => {
    const inDong = Object.fromEntries(
      Object.entries(SEED_004_LEAVES).map(([key, sources]) => [
        key,
        Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v * 1_000_000])),
      ]),
    );
    const plan = funds({
      ...seed004,
      leaves: inDong,
      unitFactor: 1e-6,
      overrides: { DA2: { [C.tong]: 575_000_001 } },
    });
    expect(arithmeticIssues(plan.ctx)).toEqual([]);
  });

  it("reads numbers typed as text and dashes for nothing", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.1": { [C.tong]: "1.444", [C.khac]: "-" } } });
    expect(arithmeticIssues(plan.ctx)).toEqual([]);
  });
});

describe("row-total: a wrong row total", () => {
  it("typed throughout: one finding at the Tiểu dự án total, none at Dự án 3 or TỔNG CỘNG", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.1": { [C.tong]: 1445 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`row-total/mismatch@${plan.cell("DA3.1", C.tong)}`]);
    expect(issues[0]?.data).toMatchObject({
      actual: 1445,
      expected: 1444,
      difference: 1,
      row: "Tiểu dự án 1 thuộc Dự án 3",
      parts: "NSTW + NSĐP + vốn huy động khác",
    });
    expect(issues[0]?.severity).toBe("error");
  });

  it("suggests typing the expected total, and offers no one-click fix", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.1": { [C.tong]: 1445 } } });
    const [issue] = rule.check(plan.ctx);
    expect(issue?.fix).toBeUndefined();
    expect(issue?.suggestions).toEqual([
      {
        messageId: "row-total/set-value",
        data: { cell: plan.cell("DA3.1", C.tong), value: 1444 },
        edits: [{ sheet: "Phụ lục 01", address: parseA1(plan.cell("DA3.1", C.tong)), value: 1444 }],
      },
    ]);
  });

  it("formula totals above it: the cascade through Dự án 3 and TỔNG CỘNG is not reported", () => {
    const plan = funds({ ...seed003, mode: "formulas", overrides: { "DA3.1": { [C.tong]: 1445 } } });
    expect(located(arithmeticIssues(plan.ctx))).toEqual([`row-total/mismatch@${plan.cell("DA3.1", C.tong)}`]);
  });

  it("a Dự án without Tiểu dự án (Dự án 2) is checked like any row", () => {
    const plan = funds({ ...seed004, overrides: { DA2: { [C.tong]: 585 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`row-total/mismatch@${plan.cell("DA2", C.tong)}`]);
    expect(issues[0]?.data).toMatchObject({
      actual: 585,
      expected: 575,
      difference: 10,
      row: "Dự án 2",
    });
  });

  it("points at the vốn huy động khác cell when the Dự án total shows that is the one off", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.2": { [C.khac]: 5 } } });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`row-total/cell@${plan.cell("DA3.2", C.khac)}`]);
    expect(issues[0]?.data).toMatchObject({
      actual: 5,
      expected: 0,
      column: "vốn huy động khác",
      reason: "các số khác cùng dòng và với số tổng ở Dự án 3",
    });
  });

  it("writes amounts of a table in đồng in triệu đồng", () => {
    const inDong = { "DA3.1": { [C.sn]: 1_444_000_000 }, "DA3.2": { [C.sn]: 387_000_000 } };
    const plan = funds({
      leaves: inDong,
      unitFactor: 1e-6,
      overrides: { "DA3.1": { [C.tong]: 1_446_500_000 } },
    });
    const issues = arithmeticIssues(plan.ctx);
    expect(located(issues)).toEqual([`row-total/mismatch@${plan.cell("DA3.1", C.tong)}`]);
    expect(issues[0]?.data).toMatchObject({ actual: 1446.5, expected: 1444, difference: 2.5 });
    expect(issues[0]?.suggestions?.[0]?.edits[0]?.value).toBe(1_444_000_000);
  });

  it("a wrong total formula is reported without a suggestion to overwrite it", () => {
    const plan = funds({
      ...seed003,
      mode: "formulas",
      overrides: { "DA3.1": { [C.tong]: { value: 1400, formula: "=D13+G13" } } },
    });
    const [issue, ...rest] = rule.check(plan.ctx);
    expect(rest).toEqual([]);
    expect(issue?.messageId).toBe("row-total/mismatch");
    expect(issue?.suggestions).toBeUndefined();
  });

  it("skips a row whose amounts cannot be read", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.1": { [C.tong]: { error: "#REF!" } } } });
    expect(rule.check(plan.ctx)).toEqual([]);
  });
});

describe("row-total: the message", () => {
  it("names the cell, the row and the exact amounts, in Vietnamese and English", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.1": { [C.tong]: 1445 } } });
    const [issue] = rule.check(plan.ctx);
    expect(render(issue)).toBe(
      "Ô C13 (Tiểu dự án 1 thuộc Dự án 3): Tổng cộng ghi 1.445 triệu đồng nhưng NSTW + NSĐP + vốn huy động khác = 1.444 triệu đồng, chênh 1 triệu đồng.",
    );
    expect(render(issue, "en")).toBe(
      "Cell C13 (sub-project 3.1): the total is 1,445 million dong but the central budget + the local budget + other mobilised funds = 1,444 million dong, a difference of 1 million dong.",
    );
    const suggestion = issue?.suggestions?.[0];
    expect(suggestion && rule.meta.messages[suggestion.messageId]?.vi).toBe("Sửa ô {cell} thành {value}");
    expect(suggestion?.data).toEqual({ cell: "C13", value: 1444 });
  });

  it("explains why a part cell is the one pointed at", () => {
    const plan = funds({ ...seed003, overrides: { "DA3.2": { [C.khac]: 5 } } });
    expect(render(rule.check(plan.ctx)[0])).toBe(
      "Ô K14 (Tiểu dự án 2 thuộc Dự án 3): vốn huy động khác ghi 5 triệu đồng, không khớp với các số khác cùng dòng và với số tổng ở Dự án 3; đúng ra phải là 0 triệu đồng (chênh 5 triệu đồng).",
    );
  });
});
