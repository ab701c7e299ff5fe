/**
 * The facts the program files carry, checked against domain.md §2 and §4: the 18 Dự án /
 * Tiểu dự án of QĐ 90/QĐ-TTg with their exact official names, the legal documents plans
 * cite, the per-project citations of seed 002, the QĐ 02 counterpart groups and the
 * defaults of seed 004; and the merged 2026-2035 program with its two known components.
 */
import { loadProgramRegistry } from "../../src/adapters/node/load-programs";
import { catalogInTableOrder } from "../../src/domain/programs/registry";

const registry = loadProgramRegistry();
const giamNgheo = registry.get("giam-ngheo-2021-2025");
const merged = registry.get("nong-thon-moi-giam-ngheo-dtts-2026-2035");

/** domain.md §2, copied verbatim: code, official name, capital types. */
const OFFICIAL_CATALOG: readonly [string, string, string[]][] = [
  [
    "DA1",
    "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
    ["DTPT", "SN"],
  ],
  [
    "DA1.1",
    "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
    ["DTPT", "SN"],
  ],
  [
    "DA1.2",
    "Tiểu dự án 2: Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn giai đoạn 2022 - 2025",
    ["DTPT"],
  ],
  ["DA2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", ["SN"]],
  ["DA3", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", ["SN"]],
  ["DA3.1", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", ["SN"]],
  ["DA3.2", "Tiểu dự án 2: Cải thiện dinh dưỡng", ["SN"]],
  ["DA4", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", ["DTPT", "SN"]],
  ["DA4.1", "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn", ["DTPT", "SN"]],
  ["DA4.2", "Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng", ["SN"]],
  ["DA4.3", "Tiểu dự án 3: Hỗ trợ việc làm bền vững", ["DTPT", "SN"]],
  ["DA5", "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo", ["SN"]],
  ["DA6", "Dự án 6: Truyền thông và giảm nghèo về thông tin", ["SN"]],
  ["DA6.1", "Tiểu dự án 1: Giảm nghèo về thông tin", ["SN"]],
  ["DA6.2", "Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều", ["SN"]],
  ["DA7", "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình", ["SN"]],
  ["DA7.1", "Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình", ["SN"]],
  ["DA7.2", "Tiểu dự án 2: Giám sát, đánh giá", ["SN"]],
];

describe("the 2021-2025 catalog (QĐ 90/QĐ-TTg)", () => {
  it("has the 18 Dự án and Tiểu dự án of domain.md, in table order, with exact official names", () => {
    expect(catalogInTableOrder(giamNgheo).map((i) => [i.code, i.name, i.capital])).toEqual(OFFICIAL_CATALOG);
  });

  it("stores names in NFC, so they compare equal to what Word and Excel write", () => {
    for (const item of giamNgheo.catalog) expect(item.name).toBe(item.name.normalize("NFC"));
  });

  it("numbers rows as the TT column prints them and links each Tiểu dự án to its Dự án", () => {
    const rows = giamNgheo.catalog.map((i) => `${i.number} ${i.parent ?? "-"}`);
    expect(rows).toEqual([
      "1 -",
      "1.1 DA1",
      "1.2 DA1",
      "2 -",
      "3 -",
      "3.1 DA3",
      "3.2 DA3",
      "4 -",
      "4.1 DA4",
      "4.2 DA4",
      "4.3 DA4",
      "5 -",
      "6 -",
      "6.1 DA6",
      "6.2 DA6",
      "7 -",
      "7.1 DA7",
      "7.2 DA7",
    ]);
  });

  it("cites QĐ 90 as seed 002 does: khoản N mục III, with điểm a/b/c for Tiểu dự án 1/2/3", () => {
    const byCode = Object.fromEntries(giamNgheo.catalog.map((i) => [i.code, i.citations.qd90]));
    expect(byCode).toMatchObject({
      DA2: "khoản 2 mục III",
      "DA3.1": "điểm a khoản 3 mục III",
      "DA4.1": "điểm a khoản 4 mục III",
      "DA4.3": "điểm c khoản 4 mục III",
      "DA6.2": "điểm b khoản 6 mục III",
      "DA7.2": "điểm b khoản 7 mục III",
    });
    expect(Object.values(byCode).every((c) => c?.endsWith("mục III"))).toBe(true);
  });

  it("cites the QĐ 02 article only where domain.md gives it", () => {
    const qd02 = giamNgheo.catalog.filter((i) => i.citations.qd02).map((i) => [i.code, i.citations.qd02]);
    expect(qd02).toEqual([
      ["DA2", "Điều 6"],
      ["DA3.1", "khoản 1 Điều 7"],
      ["DA4.1", "khoản 1 Điều 8"],
      ["DA4.3", "khoản 3 Điều 8"],
      ["DA6.1", "khoản 1 Điều 10"],
      ["DA6.2", "khoản 2 Điều 10"],
      ["DA7", "Điều 11"],
    ]);
  });
});

describe("the 2021-2025 legal documents", () => {
  const citation = (key: string) => giamNgheo.documents.find((d) => d.key === key)?.citation;

  it.each([
    ["qd90", "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ"],
    ["qd02", "Quyết định số 02/2022/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ"],
    ["nq24", "Nghị quyết số 24/2021/QH15 ngày 28/7/2021 của Quốc hội"],
    ["nd27", "Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ"],
    ["nd38", "Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ"],
    ["tt10", "Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội"],
    ["tt46", "Thông tư số 46/2022/TT-BTC ngày 28/7/2022 của Bộ Tài chính"],
  ])("%s is cited as “%s”", (key, text) => {
    expect(citation(key)).toBe(text);
  });

  it("gives each document the subject a “Căn cứ …” line needs", () => {
    const qd90 = giamNgheo.documents.find((d) => d.key === "qd90");
    expect(`Căn cứ ${qd90?.citation} ${qd90?.subject};`).toBe(
      "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;",
    );
  });
});

describe("the 2021-2025 counterpart rule (QĐ 02/2022/QĐ-TTg) and defaults", () => {
  it("has the three province groups with their minimum NSĐP ÷ NSTW", () => {
    const { counterpart } = giamNgheo;
    expect(counterpart.source).toBe("qd02");
    expect(counterpart.groups.map((g) => [g.id, g.minRatio])).toEqual([
      ["tu-70", 0.03],
      ["50-70", 0.1],
      ["duoi-50", 0.15],
    ]);
    expect(counterpart.groups[2]?.label).toMatch(/dưới 50%.*Quảng Ngãi, Quảng Nam/);
  });

  it("rounds each component down to whole triệu đồng, as seed 004 does", () => {
    expect(giamNgheo.counterpart).toMatchObject({ rounding: "floor-per-component", roundingUnit: 1 });
  });

  it("defaults to seed 004's split (10% tỉnh, 5% xã) and the 15% group", () => {
    expect(giamNgheo.defaultLevelSplit).toEqual({ tinh: 0.1, huyen: 0, xa: 0.05 });
    expect(giamNgheo.defaultGroup).toBe("duoi-50");
  });
});

describe("the merged 2026-2035 program", () => {
  it("carries the official name and its two legal documents", () => {
    expect(merged.name).toBe(
      "Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
    );
    expect(merged.period).toEqual({ from: 2026, to: 2035 });
    expect(merged.documents.map((d) => d.citation)).toEqual([
      "Nghị quyết số 257/2025/QH15 ngày 11/12/2025 của Quốc hội",
      "Quyết định số 417/QĐ-BNNMT ngày 31/01/2026 của Bộ Nông nghiệp và Môi trường",
    ]);
  });

  it("lists its two known components", () => {
    expect(merged.catalog.map((i) => [i.code, i.number, i.name])).toEqual([
      ["TP1", "1", "Xây dựng nông thôn mới, giảm nghèo bền vững"],
      ["TP2", "2", "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
    ]);
  });

  it("leaves the counterpart ratio to the user: no groups, no default, no split", () => {
    expect(merged.counterpart).toEqual({ source: null, groups: [], rounding: "none", roundingUnit: 1 });
    expect(merged.defaultGroup).toBeNull();
    expect(merged.defaultLevelSplit).toEqual({ tinh: 0, huyen: 0, xa: 0 });
  });
});
