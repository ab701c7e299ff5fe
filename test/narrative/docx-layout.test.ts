/**
 * The .docx renderer lays the plan out as Nghị định 30/2020/NĐ-CP asks: these tests open the
 * generated package and check what an officer would see in Word — the page, the fonts, the
 * two-column header, the body paragraphs, page numbers from page 2, the closing block and the
 * red warning at the top when the numbers do not add up.
 */
import { renderDocx } from "../../src/adapters/docx/render-docx";
import { descendants, firstChild, openDocx, propertyOf, wordText } from "../support/docx-xml";
import type { DocxPackage, XmlElement } from "../support/docx-xml";
import { SAMPLE_WARNING, samplePlan } from "../support/docx-sample-plan";

const TWIPS_PER_MM = 1440 / 25.4;

let plan: DocxPackage;
let warned: DocxPackage;

beforeAll(async () => {
  plan = await openDocx(await renderDocx(samplePlan()));
  warned = await openDocx(await renderDocx(samplePlan({ warning: true })));
});

function body(pkg: DocxPackage): XmlElement {
  const found = descendants(pkg.document, "w:body")[0];
  if (!found) throw new Error("document.xml has no w:body");
  return found;
}

function paragraphStarting(pkg: DocxPackage, start: string): XmlElement {
  const found = descendants(pkg.document, "w:p").find((p) => wordText(p).startsWith(start));
  if (!found) throw new Error(`No paragraph starts with "${start}"`);
  return found;
}

function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

function pPr(paragraph: XmlElement, name: string): XmlElement | undefined {
  return propertyOf(paragraph, "w:pPr", name);
}

/** The formatting of the paragraph's runs that carry text, one entry per run. */
function runs(
  paragraph: XmlElement,
): { text: string; bold: boolean; italic: boolean; size?: string; color?: string }[] {
  return descendants(paragraph, "w:r")
    .filter((r) => descendants(r, "w:t").length > 0)
    .map((r) => ({
      text: wordText(r),
      bold: on(propertyOf(r, "w:rPr", "w:b")),
      italic: on(propertyOf(r, "w:rPr", "w:i")),
      size: attr(propertyOf(r, "w:rPr", "w:sz"), "w:val"),
      color: attr(propertyOf(r, "w:rPr", "w:color"), "w:val"),
    }));
}

function on(flag: XmlElement | undefined): boolean {
  return flag !== undefined && !["false", "0"].includes(flag.attributes["w:val"] ?? "true");
}

function tables(pkg: DocxPackage): XmlElement[] {
  return body(pkg).children.filter((child) => child.name === "w:tbl");
}

function cells(table: XmlElement): XmlElement[][] {
  return descendants(table, "w:tr").map((row) => descendants(row, "w:tc"));
}

function cellAt(table: XmlElement, row: number, col: number): XmlElement {
  const found = cells(table)[row]?.[col];
  if (!found) throw new Error(`No cell ${row},${col}`);
  return found;
}

function paragraphsOf(element: XmlElement): XmlElement[] {
  return descendants(element, "w:p");
}

/** The length of a rule paragraph: its cell's width less its indents, in mm. */
function ruleLengthMm(cell: XmlElement): number {
  const rule = paragraphsOf(cell).find((p) => pPr(p, "w:pBdr"));
  if (!rule) throw new Error("The cell has no ruled paragraph");
  const width = Number(attr(propertyOf(cell, "w:tcPr", "w:tcW"), "w:w"));
  const indent = pPr(rule, "w:ind");
  return (width - Number(attr(indent, "w:left")) - Number(attr(indent, "w:right"))) / TWIPS_PER_MM;
}

describe("page", () => {
  test("is A4 portrait with margins top 20, bottom 20, left 30, right 15 mm", () => {
    const size = descendants(plan.document, "w:pgSz")[0];
    expect([attr(size, "w:w"), attr(size, "w:h")]).toEqual(["11906", "16838"]);
    const margin = descendants(plan.document, "w:pgMar")[0];
    const mm = (side: string) => Number(attr(margin, `w:${side}`)) / TWIPS_PER_MM;
    expect(mm("top")).toBeCloseTo(20, 0);
    expect(mm("bottom")).toBeCloseTo(20, 0);
    expect(mm("left")).toBeCloseTo(30, 0);
    expect(mm("right")).toBeCloseTo(15, 0);
  });

  test("numbers pages from page 2, centred at the top; the first page's header is empty", () => {
    expect(descendants(plan.document, "w:titlePg")).toHaveLength(1);
    const numbered = plan.headers["default"];
    const first = plan.headers["first"];
    if (!numbered || !first) throw new Error("The section lacks its default or first-page header");
    const fields = descendants(numbered, "w:instrText").map((field) => field.text.trim());
    expect(fields).toEqual(["PAGE"]);
    expect(attr(pPr(paragraphsOf(numbered)[0]!, "w:jc"), "w:val")).toBe("center");
    expect(descendants(first, "w:instrText")).toHaveLength(0);
    expect(wordText(first)).toBe("");
  });
});

describe("type", () => {
  test("is Times New Roman, in black, for every kind of text", () => {
    const defaults = descendants(plan.styles, "w:rPrDefault")[0]!;
    const fonts = descendants(defaults, "w:rFonts")[0]!;
    for (const script of ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"])
      expect(fonts.attributes[script]).toBe("Times New Roman");
    expect(attr(descendants(defaults, "w:color")[0], "w:val")).toBe("000000");
    const named = [plan.document, plan.styles, ...Object.values(plan.headers)].flatMap((part) =>
      descendants(part, "w:rFonts"),
    );
    const fontNames = new Set(
      named.flatMap((f) =>
        Object.entries(f.attributes)
          .filter(([k]) => !k.endsWith("Theme"))
          .map(([, v]) => v),
      ),
    );
    expect([...fontNames]).toEqual(["Times New Roman"]);
    const colours = new Set(descendants(plan.document, "w:color").map((c) => attr(c, "w:val")));
    expect([...colours]).toEqual(["000000"]);
  });

  test("heading styles I–III are black bold Times, so the navigation pane lists the sections", () => {
    for (const id of ["Heading1", "Heading2", "Heading3"]) {
      const style = descendants(plan.styles, "w:style").find((s) => s.attributes["w:styleId"] === id)!;
      expect(attr(propertyOf(style, "w:rPr", "w:color"), "w:val")).toBe("000000");
      expect(attr(propertyOf(style, "w:rPr", "w:rFonts"), "w:ascii")).toBe("Times New Roman");
      expect(on(propertyOf(style, "w:rPr", "w:b"))).toBe(true);
    }
  });
});

describe("header", () => {
  test("is a borderless two-column table: issuer | national title and motto; number | place and date", () => {
    const header = tables(plan)[0]!;
    const borders = descendants(firstChild(header, "w:tblPr")!, "w:tblBorders")[0]!;
    expect(borders.children.map((side) => attr(side, "w:val"))).toEqual(
      Array(borders.children.length).fill("none"),
    );
    expect(cells(header).map((row) => row.map(wordText))).toEqual([
      ["ỦY BAN NHÂN DÂNXÃ BA DINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"],
      ["Số:       /KH-UBND", "Ba Dinh, ngày 05 tháng 8 năm 2025"],
    ]);
  });

  test("sets the issuer and national title 13 pt bold, the motto 14 pt bold, Số 13 pt upright, the date 14 pt italic", () => {
    const header = tables(plan)[0]!;
    const look = (row: number, col: number) => paragraphsOf(cellAt(header, row, col)).flatMap(runs);
    expect(look(0, 0).map(({ bold, italic, size }) => ({ bold, italic, size }))).toEqual([
      { bold: true, italic: false, size: "26" },
      { bold: true, italic: false, size: "26" },
    ]);
    expect(look(0, 1).map(({ bold, size }) => ({ bold, size }))).toEqual([
      { bold: true, size: "26" },
      { bold: true, size: "28" },
    ]);
    expect(look(1, 0)).toEqual([expect.objectContaining({ bold: false, italic: false, size: "26" })]);
    expect(look(1, 1)).toEqual([expect.objectContaining({ bold: false, italic: true, size: "28" })]);
  });

  test("rules the issuer with a short centred line and the motto with one as long as the motto", () => {
    const header = tables(plan)[0]!;
    // "ỦY BAN NHÂN DÂN" at 13 pt bold is 43 mm wide: its rule is 1/3 to 1/2 of that.
    expect(ruleLengthMm(cellAt(header, 0, 0))).toBeGreaterThanOrEqual(43 / 3);
    expect(ruleLengthMm(cellAt(header, 0, 0))).toBeLessThanOrEqual(43 / 2);
    // "Độc lập - Tự do - Hạnh phúc" at 14 pt bold is 60 mm wide.
    expect(ruleLengthMm(cellAt(header, 0, 1))).toBeGreaterThan(57);
    expect(ruleLengthMm(cellAt(header, 0, 1))).toBeLessThan(63);
  });
});

describe("title and text", () => {
  test("centres KẾ HOẠCH and the subject lines in 14 pt bold", () => {
    for (const start of ["KẾ HOẠCH", "Thực hiện Chương trình", "trên địa bàn xã Ba Dinh năm 2025"]) {
      const p = paragraphStarting(plan, start);
      expect(attr(pPr(p, "w:jc"), "w:val")).toBe("center");
      expect(runs(p)).toEqual([expect.objectContaining({ bold: true, size: "28" })]);
    }
  });

  test("justifies body text in 14 pt with a 1–1,27 cm first-line indent, ≥ 6 pt apart, line spacing 1,15", () => {
    for (const start of [
      "Căn cứ Quyết định số 90/QĐ-TTg",
      "- Hỗ trợ phát triển sản xuất",
      "+ Tập huấn",
      "Trên đây là Kế hoạch",
    ]) {
      const p = paragraphStarting(plan, start);
      expect(attr(pPr(p, "w:jc"), "w:val")).toBe("both");
      const indentMm = Number(attr(pPr(p, "w:ind"), "w:firstLine")) / TWIPS_PER_MM;
      expect(indentMm).toBeGreaterThanOrEqual(10);
      expect(indentMm).toBeLessThanOrEqual(12.7 + 0.05);
      const spacing = pPr(p, "w:spacing");
      expect(Number(attr(spacing, "w:after"))).toBeGreaterThanOrEqual(120);
      expect([attr(spacing, "w:line"), attr(spacing, "w:lineRule")]).toEqual(["276", "auto"]);
      expect(runs(p).every((r) => r.size === "28" && !r.bold && !r.italic)).toBe(true);
    }
  });

  test("sets headings in bold, kept with the text after them", () => {
    for (const [start, style] of [
      ["I. MỤC ĐÍCH, YÊU CẦU", "Heading1"],
      ["1. Mục đích", "Heading2"],
    ] as const) {
      const p = paragraphStarting(plan, start);
      expect(attr(pPr(p, "w:pStyle"), "w:val")).toBe(style);
      expect(pPr(p, "w:keepNext")).toBeDefined();
      expect(runs(p).every((r) => r.bold)).toBe(true);
    }
  });

  test("opens list items with their mark: '-' for an item, '+' for one under it", () => {
    const marks = descendants(plan.document, "w:p")
      .map(wordText)
      .filter(
        (line) => line.includes("Tập huấn, chuyển giao") || line.includes("đa dạng hóa sinh kế theo nhóm hộ"),
      )
      .slice(0, 2);
    expect(marks).toEqual([
      "- Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế theo nhóm hộ, cộng đồng:",
      "+ Tập huấn, chuyển giao kỹ thuật, hỗ trợ giống, vật tư và dịch vụ phục vụ sản xuất;",
    ]);
  });

  test("prints figures as plain text, formatted like the words around them", () => {
    const p = paragraphStarting(plan, "Tổng kinh phí dự kiến");
    expect(wordText(p)).toContain(
      "là: 1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương 130 triệu đồng (trong đó: ngân sách tỉnh: 87 triệu đồng, ngân sách xã: 43 triệu đồng).",
    );
    const looks = new Set(
      runs(p).map(({ bold, italic, size, color }) => JSON.stringify({ bold, italic, size, color })),
    );
    expect(looks.size).toBe(1);
  });
});

describe("closing", () => {
  const closing = () => tables(plan).at(-1)!;

  test("lists Nơi nhận (12 pt bold italic) and its recipients (11 pt) on the left", () => {
    const [heading, ...recipients] = paragraphsOf(cellAt(closing(), 0, 0));
    expect(runs(heading!)).toEqual([
      { text: "Nơi nhận:", bold: true, italic: true, size: "24", color: "000000" },
    ]);
    expect(recipients.map(wordText).at(-1)).toBe("- Lưu: VT, KT.");
    expect(recipients.flatMap(runs).every((r) => r.size === "22" && !r.bold && !r.italic)).toBe(true);
    expect(recipients.every((p) => attr(pPr(p, "w:jc"), "w:val") === "left")).toBe(true);
  });

  test("signs on the right: authority in 14 pt bold capitals, room to sign, then the name in bold", () => {
    const signature = paragraphsOf(cellAt(closing(), 0, 1));
    expect(signature.map(wordText)).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]);
    expect(signature.flatMap(runs).every((r) => r.bold && r.size === "28")).toBe(true);
    expect(signature.every((p) => attr(pPr(p, "w:jc"), "w:val") === "center")).toBe(true);
    const roomPt = Number(attr(pPr(signature[2]!, "w:spacing"), "w:before")) / 20;
    expect(roomPt).toBeGreaterThanOrEqual(48);
  });
});

describe("warning", () => {
  test("puts the validation errors first, in a red box above the header", () => {
    const [first, second] = body(warned).children;
    expect(wordText(first!)).toBe(SAMPLE_WARNING.heading);
    expect(runs(first!)).toEqual([expect.objectContaining({ bold: true, color: "C00000" })]);
    const box = pPr(first!, "w:pBdr")!;
    expect(box.children.map((side) => side.name).sort()).toEqual(["w:bottom", "w:left", "w:right", "w:top"]);
    expect(wordText(second!)).toBe("- Phụ lục 01, ô D7: Tổng cộng 1.010 khác tổng các dự án 1.001.");
    const headerIndex = body(warned).children.findIndex((child) => child.name === "w:tbl");
    expect(headerIndex).toBeGreaterThan(1);
  });

  test("is absent from a plan without errors, which starts with the header", () => {
    expect(body(plan).children[0]?.name).toBe("w:tbl");
    expect(descendants(plan.document, "w:color").some((c) => attr(c, "w:val") === "C00000")).toBe(false);
  });
});

test("names the file's title and author in its properties", () => {
  const property = (name: string) => descendants(plan.coreProperties, name)[0]?.text;
  expect(property("dc:title")).toBe("Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh");
  expect(property("dc:creator")).toBe("ỦY BAN NHÂN DÂN XÃ BA DINH");
});
