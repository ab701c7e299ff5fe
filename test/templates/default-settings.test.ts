/**
 * Settings of a new plan from what the user typed: issuing body and place from the unit,
 * the program's group and split, legal bases from its documents, recipients like the
 * seeds' for a district, a commune under a district, and a two-tier commune.
 */
import { defaultSettings, placeOf, unitWithType } from "../../src/domain/templates/default-settings";
import { GIAM_NGHEO, NONG_THON_MOI } from "./support/fixtures";

describe("defaultSettings", () => {
  test("seed 004: xã Ba Dinh, Quảng Ngãi, 2025", () => {
    const settings = defaultSettings(GIAM_NGHEO, {
      year: 2025,
      level: "xa",
      unitName: "Ba Dinh",
      province: " Quảng Ngãi ",
    });
    expect(settings).toMatchObject({
      programId: GIAM_NGHEO.id,
      unitName: "xã Ba Dinh",
      issuingBody: "Ủy ban nhân dân xã Ba Dinh",
      place: "Ba Dinh",
      province: "Quảng Ngãi",
      planNumber: "",
      planDate: null,
      provinceGroup: "duoi-50",
      customRatio: null,
      levelSplit: { tinh: 0.1, huyen: 0, xa: 0.05 },
      signer: { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name: "" },
    });
    expect(settings.recipients[0]).toBe("Sở Nông nghiệp và Môi trường");
    expect(settings.recipients.some((r) => r.includes("huyện"))).toBe(false);
    expect(settings.recipients.at(-1)).toBe("Lưu: VT");
  });

  test("legal bases cite every program document with its subject", () => {
    const settings = defaultSettings(GIAM_NGHEO, { year: 2025 });
    expect(settings.legalBases).toHaveLength(GIAM_NGHEO.documents.length);
    expect(settings.legalBases).toContain(
      "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
    );
  });

  test("a district plan (seed 003) reports to the province and instructs the communes", () => {
    const settings = defaultSettings(GIAM_NGHEO, { year: 2023, level: "huyen", unitName: "huyện Hậu Lộc" });
    expect(settings.issuingBody).toBe("Ủy ban nhân dân huyện Hậu Lộc");
    expect(settings.place).toBe("Hậu Lộc");
    expect(settings.recipients).toContain("Sở Lao động - Thương binh và Xã hội (báo cáo)");
    expect(settings.recipients).toContain("UBND các xã, thị trấn (thực hiện)");
  });

  test("a commune under a district (2024) reports to the district", () => {
    const settings = defaultSettings(GIAM_NGHEO, { year: 2024, unitName: "xã Xuân Giang" });
    expect(settings.recipients.slice(0, 2)).toEqual([
      "UBND huyện (báo cáo)",
      "Phòng Lao động - Thương binh và Xã hội huyện (báo cáo)",
    ]);
  });

  test("values the user gave win over the defaults", () => {
    const settings = defaultSettings(GIAM_NGHEO, {
      year: 2025,
      unitName: "Ba Dinh",
      planNumber: "12/KH-UBND",
      customRatio: 0.2,
    });
    expect(settings.planNumber).toBe("12/KH-UBND");
    expect(settings.customRatio).toBe(0.2);
  });

  test("the 2026 program brings no group and its own documents", () => {
    const settings = defaultSettings(NONG_THON_MOI, { year: 2026, unitName: "Ba Dinh" });
    expect(settings.provinceGroup).toBeNull();
    expect(settings.legalBases[0]).toMatch(/^Nghị quyết số 257\/2025\/QH15/);
  });
});

describe("unit names", () => {
  test.each([
    ["Ba Dinh", "xa", "xã Ba Dinh"],
    ["Xã  Ba Dinh", "xa", "xã Ba Dinh"],
    ["Hậu Lộc", "huyen", "huyện Hậu Lộc"],
    ["phường Trần Phú", "xa", "phường Trần Phú"],
    ["thị trấn Hậu Lộc", "xa", "thị trấn Hậu Lộc"],
    ["", "xa", ""],
  ] as const)("%s at level %s -> %s", (typed, level, expected) => {
    expect(unitWithType(typed, level)).toBe(expected);
  });

  test("the place drops the unit type", () => {
    expect(placeOf("thành phố Vinh")).toBe("Vinh");
    expect(placeOf("xã Hưng Chính")).toBe("Hưng Chính");
  });
});
