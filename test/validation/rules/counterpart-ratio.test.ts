/**
 * The local counterpart (domain.md §4): seed 004's 14,93% passes the 15% group because each
 * level is rounded down; a real shortfall gives the exact ratio and the missing amount at
 * TỔNG CỘNG's NSĐP cell; without a known minimum the check says it could not be made.
 */
import { PL01_COLUMNS as C } from "../../../src/domain/templates/column-keys";
import { rule } from "../../../src/domain/validation/rules/counterpart-ratio";
import { funds, located, SEED_004_LEAVES, SEED_004_SETTINGS, render } from "./support-arith";

const seed004 = { leaves: SEED_004_LEAVES, settings: SEED_004_SETTINGS, withoutDistrict: true };

describe("counterpart-ratio", () => {
  it("seed 004 passes: NSĐP 130 ÷ NSTW 871 = 14,93% meets 15% rounded down per level (87 + 43)", () => {
    expect(SEED_004_SETTINGS.provinceGroup).toBe("duoi-50");
    expect(rule.check(funds(seed004).ctx)).toEqual([]);
    expect(rule.check(funds({ ...seed004, mode: "formulas" }).ctx)).toEqual([]);
  });

  it("seed 004 written in đồng passes too", () => {
    const inDong = Object.fromEntries(
      Object.entries(SEED_004_LEAVES).map(([key, sources]) => [
        key,
        Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v * 1_000_000])),
      ]),
    );
    expect(rule.check(funds({ ...seed004, leaves: inDong, unitFactor: 1e-6 }).ctx)).toEqual([]);
  });

  it("one triệu đồng short: the exact ratio and 'còn thiếu 1 triệu đồng', at TỔNG CỘNG's NSĐP", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { "DA3.1": { [C.xa]: 17 } } });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`counterpart-ratio/short@${plan.cell("TOTAL", C.nsdp)}`]);
    expect(issues[0]?.severity).toBe("error");
    expect(issues[0]?.data).toEqual({
      cell: plan.cell("TOTAL", C.nsdp),
      nstw: 871,
      nsdp: 129,
      ratioPercent: 0.1481,
      minRatioPercent: 0.15,
      minimum: 130,
      missing: 1,
    });
  });

  it("a ratio typed in the settings overrides the province group", () => {
    const settings = { ...SEED_004_SETTINGS, customRatio: 0.2 };
    const issues = rule.check(funds({ ...seed004, settings }).ctx);
    expect(issues[0]?.data).toMatchObject({
      ratioPercent: 0.1493,
      minRatioPercent: 0.2,
      minimum: 174,
      missing: 44,
    });
  });

  it("a ratio just under the minimum is printed with enough decimals to show it", () => {
    const settings = { ...SEED_004_SETTINGS, customRatio: 0.15, levelSplit: { tinh: 0, huyen: 0, xa: 0 } };
    const leaves = { DA2: { [C.sn]: 10000, [C.xa]: 1499.9 } };
    const issues = rule.check(funds({ leaves, settings, withoutDistrict: true, program: null }).ctx);
    expect(issues[0]?.data).toMatchObject({ ratioPercent: 0.14999, minimum: 1500, missing: 0.1 });
  });

  it("without a group or a typed ratio: an information note with the current ratio", () => {
    const settings = { ...SEED_004_SETTINGS, provinceGroup: null };
    const issues = rule.check(funds({ ...seed004, settings }).ctx);
    expect(located(issues)).toEqual([
      `counterpart-ratio/unknown-ratio@${funds(seed004).cell("TOTAL", C.nsdp)}`,
    ]);
    expect(issues[0]?.severity).toBe("info");
    expect(issues[0]?.data).toMatchObject({ ratioPercent: 0.1493, nstw: 871, nsdp: 130 });
  });

  it("without any settings: the same note", () => {
    const issues = rule.check(funds({ ...seed004, settings: null }).ctx);
    expect(issues.map((i) => i.messageId)).toEqual(["counterpart-ratio/unknown-ratio"]);
  });

  it("a typed-over Dự án SN that inflates NSTW: the sum error comes first, the counterpart only notes it", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { DA3: { [C.sn]: 381 } } });
    const issues = rule.check(plan.ctx);
    expect(located(issues)).toEqual([`counterpart-ratio/sums-first@${plan.cell("TOTAL", C.nsdp)}`]);
    expect(issues[0]?.severity).toBe("info");
  });

  it("a wrong Tổng cộng does not hold the counterpart check back", () => {
    const overrides = { DA2: { [C.tong]: 585 }, "DA3.1": { [C.xa]: 17 } };
    const plan = funds({ ...seed004, mode: "formulas", overrides });
    expect(rule.check(plan.ctx).map((i) => i.messageId)).toEqual(["counterpart-ratio/short"]);
  });

  it("nothing to check while no central funds are planned", () => {
    const plan = funds({ ...seed004, leaves: { DA2: { [C.xa]: 10 } } });
    expect(rule.check(plan.ctx)).toEqual([]);
  });
});

describe("counterpart-ratio: the message", () => {
  it("gives the exact ratio and the missing amount", () => {
    const plan = funds({ ...seed004, mode: "formulas", overrides: { "DA3.1": { [C.xa]: 17 } } });
    const [issue] = rule.check(plan.ctx);
    expect(render(issue)).toBe(
      "Ô G8: vốn đối ứng chưa đủ. NSĐP 129 triệu đồng mới bằng 14,81% NSTW (871 triệu đồng), trong khi mức tối thiểu là 15%, tức 130 triệu đồng; còn thiếu 1 triệu đồng.",
    );
    expect(render(issue, "en")).toBe(
      "Cell G8: the local counterpart is short. The local budget of 129 million dong is 14.81% of the central budget (871 million dong), while the minimum is 15%, that is 130 million dong; 1 million dong are missing.",
    );
  });
});
