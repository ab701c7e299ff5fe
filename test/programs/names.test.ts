/**
 * Row labels from real workbooks and plans (domain.md §2 and the seeds) map to the right
 * catalog item, whatever the Unicode form, accent placement, spacing or abbreviation, and
 * the match says how sure it is; totals, unknown projects and ambiguous labels map to nothing.
 */
import { loadProgramRegistry } from "../../src/adapters/node/load-programs";
import {
  foldDiacritics,
  type CatalogMatch,
  matchCatalogItem,
  normaliseLabel,
  type MatchContext,
  type MatchKind,
} from "../../src/domain/programs/names";

const registry = loadProgramRegistry();
const giamNgheo = registry.get("giam-ngheo-2021-2025");
const merged = registry.get("nong-thon-moi-giam-ngheo-dtts-2026-2035");

describe("normaliseLabel", () => {
  it.each([
    ["Đa dạng hoá sinh kế", "đa dạng hóa sinh kế"],
    ["Thuỷ lợi", "thủy lợi"],
    ["Uỷ ban nhân dân", "ủy ban nhân dân"],
    ["hoà nhập", "hòa nhập"],
    ["sức khoẻ", "sức khỏe"],
    ["toạ đàm", "tọa đàm"],
    ["xoá nghèo", "xóa nghèo"],
    ["hoè", "hòe"],
  ])("moves the tone of an open oa/oe/uy syllable to the first vowel: %s", (old, modern) => {
    expect(normaliseLabel(old)).toBe(modern);
  });

  it.each(["quý", "hoàn thành", "khuyến nông", "ngoài", "thuyết minh", "hoạch định", "loẹt"])(
    "leaves %s alone: qu is a consonant, and closed syllables put the tone on the second vowel",
    (word) => {
      expect(normaliseLabel(word)).toBe(word);
    },
  );

  it("reads NFD input (as macOS and some web forms send it) like NFC", () => {
    const nfc = "Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(normaliseLabel(nfd)).toBe(normaliseLabel(nfc));
    expect(normaliseLabel("Đa dạng hoá".normalize("NFD"))).toBe("đa dạng hóa");
  });

  it("unifies case, spaces, dashes, quotes and trailing punctuation", () => {
    expect(normaliseLabel("  DỰ ÁN\u00a0 2 :Đa dạng\nhóa  ")).toBe("dự án 2: đa dạng hóa");
    expect(normaliseLabel("kinh tế–xã hội, 2022—2025")).toBe("kinh tế - xã hội, 2022 - 2025");
    expect(normaliseLabel("“Chung tay vì người nghèo”.")).toBe('"chung tay vì người nghèo"');
    expect(normaliseLabel("Hỗ trợ đa dạng hoá sinh kế…")).toBe("hỗ trợ đa dạng hóa sinh kế");
  });
});

describe("foldDiacritics", () => {
  it("drops every mark and turns đ into d, from NFC or NFD", () => {
    expect(foldDiacritics("Dự án 2: Đa dạng hóa sinh kế")).toBe("Du an 2: Da dang hoa sinh ke");
    expect(foldDiacritics("Tiểu dự án đặc biệt".normalize("NFD"))).toBe("Tieu du an dac biet");
  });
});

/** Code, kind and diacritics flag: what a validator reads from a match. */
function summary(match: CatalogMatch | undefined): [string, MatchKind, boolean] | undefined {
  return match && [match.item.code, match.kind, match.diacriticsIgnored];
}

type Row = [label: string, context: MatchContext, code: string, kind: MatchKind, diacriticsIgnored: boolean];

describe("matchCatalogItem over labels found in real plans", () => {
  it.each<Row>([
    ["Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", {}, "DA2", "name", false],
    ["Dự án 2: Đa dạng hoá sinh kế, phát triển mô hình giảm nghèo", {}, "DA2", "name", false],
    ["Dự án 2 : Đa dạng hoá sinh kế , phát triển mô hình giảm nghèo.", {}, "DA2", "name", false],
    ["Dự án 2: Hỗ trợ đa dạng hoá sinh kế, phát triển mô hình giảm nghèo", {}, "DA2", "variant", false],
    ["Dự án 2: Hỗ trợ đa dạng hoá sinh kế…", {}, "DA2", "variant", false],
    ["Dự án 3: Hỗ trợ phát triển sản xuất", {}, "DA3", "variant", false],
    ["Tiểu dự án 1: Phát triển giáo dục nghề nghiệp", {}, "DA4.1", "variant", false],
    ["Dự án 7: Nâng cao năng lực và giám sát đánh giá Chương trình", {}, "DA7", "name", false],
    ["Tiểu dự án 2: Giám sát đánh giá", {}, "DA7.2", "name", false],
    ["6.2. Tiểu dự án 2. Giám sát, đánh giá", {}, "DA7.2", "name", false],
    ["3.2. Tiểu dự án 3: Hỗ trợ việc làm bền vững", {}, "DA4.3", "name", false],
    ["Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp.", {}, "DA3.1", "name", false],
    [
      "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội xã ven biển và hải đảo",
      {},
      "DA1",
      "variant",
      false,
    ],
    [
      "1.1. Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội xã ven biển và hải đảo (xã Ngư Lộc)",
      {},
      "DA1.1",
      "variant",
      false,
    ],
    [
      "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp",
      {},
      "DA3.1",
      "name",
      false,
    ],
    ["Tiểu Dự án 2 – Dự án 3", {}, "DA3.2", "abbreviation", false],
    ["Dự án Dự án 7", {}, "DA7", "abbreviation", false],
    ["Cải thiện dinh dưỡng", {}, "DA3.2", "name", false],
    ["DỰ ÁN 4: PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP, VIỆC LÀM BỀN VỮNG", {}, "DA4", "name", false],
    ["Dự án 4:\nPhát triển giáo dục nghề nghiệp,\u00a0việc làm bền vững", {}, "DA4", "name", false],
  ])("%j %j → %s (%s)", (label, context, code, kind, diacriticsIgnored) => {
    expect(summary(matchCatalogItem(giamNgheo, label, context))).toEqual([code, kind, diacriticsIgnored]);
  });
});

describe("matchCatalogItem over abbreviations, numbers and text typed without diacritics", () => {
  it.each<Row>([
    ["DA 3", {}, "DA3", "abbreviation", false],
    ["DA3", {}, "DA3", "abbreviation", false],
    ["Dự án 5", {}, "DA5", "abbreviation", false],
    ["Du an 2", {}, "DA2", "abbreviation", true],
    ["TDA1", { parentCode: "DA4" }, "DA4.1", "abbreviation", false],
    ["Tiểu DA 2", { parentCode: "DA3" }, "DA3.2", "abbreviation", false],
    ["Tiểu dự án 2", { parentCode: "DA6" }, "DA6.2", "abbreviation", false],
    ["Tiểu dự án 2", { number: "7.2" }, "DA7.2", "abbreviation", false],
    ["Tieu du an 3", { parentCode: "DA4" }, "DA4.3", "abbreviation", true],
    ["DA1.1", {}, "DA1.1", "abbreviation", false],
    ["4.3", {}, "DA4.3", "number", false],
    ["", { number: "4.3" }, "DA4.3", "number", false],
    ["Hỗ trợ tạo việc làm", { number: "4.3." }, "DA4.3", "number", false],
    ["Du an 6: Truyen thong va giam ngheo ve thong tin", {}, "DA6", "name", true],
    ["Tieu du an 1: Phat trien giao duc nghe nghiep", {}, "DA4.1", "variant", true],
    ["giam sat, danh gia", {}, "DA7.2", "name", true],
  ])("%j %j → %s (%s)", (label, context, code, kind, diacriticsIgnored) => {
    expect(summary(matchCatalogItem(giamNgheo, label, context))).toEqual([code, kind, diacriticsIgnored]);
  });

  it("matches NFD labels like NFC ones", () => {
    for (const item of giamNgheo.catalog) {
      const parentCode = item.parent;
      expect(
        matchCatalogItem(giamNgheo, item.name.normalize("NFD"), parentCode ? { parentCode } : {}),
      ).toMatchObject({
        item: { code: item.code },
        kind: "name",
      });
    }
  });

  it("tells Dự án 1 from its Tiểu dự án 1, which share their words, by the row's context", () => {
    const words =
      "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo";
    expect(matchCatalogItem(giamNgheo, words)).toBeUndefined();
    expect(matchCatalogItem(giamNgheo, words, { number: "1" })?.item.code).toBe("DA1");
    expect(matchCatalogItem(giamNgheo, words, { number: "1.1" })?.item.code).toBe("DA1.1");
    expect(matchCatalogItem(giamNgheo, words, { parentCode: "DA1" })?.item.code).toBe("DA1.1");
  });
});

describe("labels that must not match", () => {
  it.each<[string, MatchContext]>([
    ["Tổng cộng", {}],
    ["TỔNG CỘNG", {}],
    ["Trong đó", {}],
    ["Vốn sự nghiệp", {}],
    ["Dự án 8", {}],
    ["Dự án 8", { number: "4.3" }],
    ["DA 0", {}],
    ["Dự án", {}],
    ["", {}],
    ["Tiểu dự án 2", {}],
    ["Tiểu dự án 3", { parentCode: "DA3" }],
    ["TDA 4", { number: "4.4" }],
    ["Dự án 2: Hỗ trợ phát triển sản xuất", {}],
    ["Hỗ trợ…", {}],
    ["Đa dạng", {}],
    ["9.9", {}],
  ])("%j %j", (label, context) => {
    expect(matchCatalogItem(giamNgheo, label, context)).toBeUndefined();
  });
});

describe("matchCatalogItem on the merged 2026-2035 program", () => {
  it("recognises its components by name, variant and number", () => {
    expect(matchCatalogItem(merged, "Xây dựng nông thôn mới, giảm nghèo bền vững")).toMatchObject({
      item: { code: "TP1" },
      kind: "name",
    });
    expect(matchCatalogItem(merged, "Vùng đồng bào DTTS và miền núi")).toMatchObject({
      item: { code: "TP2" },
      kind: "variant",
    });
    expect(matchCatalogItem(merged, "", { number: "2" })?.item.code).toBe("TP2");
  });

  it("does not take a 2021-2025 Dự án for one of its components", () => {
    expect(matchCatalogItem(merged, "Dự án 1")).toBeUndefined();
    expect(
      matchCatalogItem(merged, "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo"),
    ).toBeUndefined();
  });
});
