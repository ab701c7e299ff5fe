/**
 * The "Thuyết minh" worksheet as an officer reads it printed: the example workbook's plan
 * with seed 004's figures, the decree's header over merged cells, the title, paragraphs one
 * row each and tall enough for their lines, list marks, the warning in red on top, the
 * closing in two columns, an A4 page with the decree's margins, and a name and marker that
 * never take one already in the workbook.
 */
import { characterWidthToPixels } from "../../src/adapters/office/column-width";
import { body } from "../../src/domain/narrative/blocks";
import { renderText, type NarrativeDocument } from "../../src/domain/narrative";
import { planNarrativeSheet } from "../../src/domain/narrative/render/sheet";
import type { SheetPlan } from "../../src/domain/sheet-plan";
import { faceOf } from "../../src/domain/templates/render/row-heights";
import { wrappedLineCount } from "../../src/domain/templates/render/text-width";
import { examplePlan, samplePlan, SAMPLE_WARNING } from "../support/docx-sample-plan";
import { cellAt, find, spanAt, styleAt, styleOf, textAt, textCells } from "./support/sheet-cells";

const EMPTY = { sheetNames: [], definedNames: [] };
const POINTS_PER_PIXEL = 0.75;
/** A4 (210 mm) less the decree's left (30 mm) and right (15 mm) margins, in points. */
const TEXT_WIDTH_PT = ((210 - 30 - 15) / 25.4) * 72;
/** Times New Roman sets its lines 1,15 em apart; the decree asks for at least 6 pt between paragraphs. */
const LINE_EM = 1.15;
const PARAGRAPH_SPACE_PT = 6;

let example: SheetPlan;
let exampleDoc: NarrativeDocument;

beforeAll(async () => {
  exampleDoc = await examplePlan();
  example = planNarrativeSheet(exampleDoc, EMPTY);
});

/** The last row the sheet sizes, the empty rows of the signature's space included. */
function lastRow(plan: SheetPlan): number {
  return Math.max(...Object.keys(plan.rowHeights ?? {}).map(Number));
}

function pagePoints(plan: SheetPlan): number {
  const pixels = plan.columnWidths.reduce((sum, width) => sum + characterWidthToPixels(width), 0);
  return pixels * POINTS_PER_PIXEL;
}

describe("the example workbook's plan as a sheet", () => {
  it("carries seed 004's total and the total in words", () => {
    const texts = textCells(example).map(([, text]) => text);
    expect(
      texts.some((t) => t.includes("1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng")),
    ).toBe(true);
    expect(texts.some((t) => t.includes("Một tỷ không trăm linh một triệu đồng"))).toBe(true);
  });

  it("loses no line of the plan's text", () => {
    const shown = new Set(textCells(example).flatMap(([, text]) => text.split("\n")));
    const lines = renderText(exampleDoc)
      .split("\n")
      .filter((line) => line !== "");
    expect(lines.filter((line) => !shown.has(line))).toEqual([]);
  });

  it("lays the decree's header out over merged cells: issuer | national title, number | place and date", () => {
    expect([textAt(example, "A1"), spanAt(example, "A1")]).toEqual(["ỦY BAN NHÂN DÂN", "A1"]);
    expect([textAt(example, "B1"), spanAt(example, "B1")]).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "B1:C1",
    ]);
    expect([textAt(example, "A2"), textAt(example, "B2"), spanAt(example, "B2")]).toEqual([
      "XÃ BA DINH",
      "Độc lập - Tự do - Hạnh phúc",
      "B2:C2",
    ]);
    expect(textAt(example, "A3")).toMatch(/^Số:\s+\/KH-UBND$/);
    expect([textAt(example, "B3"), spanAt(example, "B3")]).toEqual([
      "Ba Dinh, ngày      tháng      năm 2025",
      "B3:C3",
    ]);
    for (const a1 of ["A1", "B1", "A2", "B2"])
      expect(styleAt(example, a1)).toMatchObject({ bold: true, horizontal: "center" });
    expect(styleAt(example, "B3")).toMatchObject({ italic: true, fontSize: 14 });
  });

  it("centres KẾ HOẠCH and the subject in bold across the page", () => {
    const title = find(example, "KẾ HOẠCH");
    expect(spanAt(example, title)).toMatch(/^A\d+:C\d+$/);
    expect(styleAt(example, title)).toMatchObject({ bold: true, horizontal: "center", fontSize: 14 });
    const subject = find(example, "trên địa bàn xã Ba Dinh");
    expect(styleAt(example, subject)).toMatchObject({ bold: true, horizontal: "center" });
  });

  it("writes headings in bold and list items with their marks, body text justified", () => {
    expect(styleAt(example, find(example, "I. MỤC ĐÍCH, YÊU CẦU"))).toMatchObject({ bold: true });
    const texts = textCells(example).map(([, text]) => text);
    expect(texts).toContain("- Về việc làm:");
    expect(texts.some((t) => t.startsWith("+ 20 người lao động"))).toBe(true);
    const legal = textCells(example).find(([, text]) => text.startsWith("Căn cứ Quyết định số 90/QĐ-TTg"));
    expect(legal && styleAt(example, legal[0])).toMatchObject({ horizontal: "justify", wrap: true });
  });

  it("gives every paragraph row room for all its lines and the space after it", () => {
    const area = pagePoints(example) - 5 * POINTS_PER_PIXEL;
    const paragraphs = example.cells.filter((c) => c.style?.startsWith("body"));
    expect(paragraphs.length).toBeGreaterThan(100);
    const short = paragraphs.flatMap((c) => {
      const style = styleOf(example, c);
      const size = style.fontSize ?? 11;
      const lines = wrappedLineCount(String(c.value), area / size, faceOf(style));
      const need = lines * LINE_EM * size + PARAGRAPH_SPACE_PT;
      const height = example.rowHeights?.[c.address.row] ?? 0;
      return height >= need ? [] : [`row ${c.address.row}: ${height} pt for ${lines} lines`];
    });
    expect(short).toEqual([]);
  });

  it("is exactly as wide as the text on an A4 page with the decree's margins", () => {
    expect(pagePoints(example)).toBeLessThanOrEqual(TEXT_WIDTH_PT);
    expect(pagePoints(example)).toBeGreaterThan(TEXT_WIDTH_PT - 1);
  });

  it("prints on A4 portrait, fitted to the page width, with the decree's margins and only the plan", () => {
    const last = lastRow(example);
    expect(last).toBeGreaterThan(Math.max(...example.cells.map((c) => c.address.row)));
    expect(example.print).toEqual({
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: true,
      margins: { top: 0.787, bottom: 0.787, left: 1.181, right: 0.591 },
      printArea: { start: { row: 1, col: 1 }, end: { row: last, col: 3 } },
    });
    expect(example.cells.every((c) => c.address.col <= 3)).toBe(true);
  });
});

describe("the closing", () => {
  const plan = planNarrativeSheet(samplePlan(), EMPTY);

  it("puts Nơi nhận and its lines on the left, the signing authority and the name on the right", () => {
    const heading = find(plan, "Nơi nhận:");
    const row = Number(heading.slice(1));
    expect(spanAt(plan, heading)).toBe(`A${row}:B${row}`);
    expect(styleAt(plan, heading)).toMatchObject({ bold: true, italic: true, fontSize: 12 });
    expect(textAt(plan, `C${row}`)).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(textAt(plan, `C${row + 1}`)).toBe("CHỦ TỊCH");
    expect(textAt(plan, `A${row + 1}`)).toMatch(/^- Sở Nông nghiệp và Môi trường;\n.*\n- Lưu: VT, KT\.$/s);
    expect(spanAt(plan, `A${row + 1}`)).toBe(`A${row + 1}:B${row + 3}`);
    expect(textAt(plan, `C${row + 3}`)).toBe("Nguyễn Văn An");
  });

  it("leaves at least an inch for the signature and seal above the signer's name", () => {
    const name = Number(find(plan, "Nguyễn Văn An").slice(1));
    expect(plan.rowHeights?.[name - 1]).toBeGreaterThanOrEqual(72);
  });
});

describe("a plan whose workbook has errors", () => {
  const plan = planNarrativeSheet(samplePlan({ warning: true }), EMPTY);

  it("opens with the warning in red, its heading bold, before the header", () => {
    expect(textAt(plan, "A1")).toBe(SAMPLE_WARNING.heading);
    expect(styleAt(plan, "A1")).toMatchObject({ bold: true, fontColor: "C00000" });
    expect(spanAt(plan, "A1")).toBe("A1:C1");
    expect(textAt(plan, "A2")).toBe(`- ${SAMPLE_WARNING.items[0]}`);
    expect(styleAt(plan, "A2")).toMatchObject({ fontColor: "C00000" });
    expect(find(plan, "ỦY BAN NHÂN DÂN")).toBe("A4");
  });

  it("keeps the plan's own text black", () => {
    const red = plan.cells.filter((c) => styleOf(plan, c).fontColor !== undefined);
    expect(red.map((c) => c.address.row)).toEqual([1, 2]);
  });
});

describe("the sheet's name and marker", () => {
  it("are 'Thuyết minh' and KHGN_TM, over the whole sheet, in a workbook without them", () => {
    expect(example.sheetName).toBe("Thuyết minh");
    expect(example.templateId).toBe("thuyet-minh");
    const last = lastRow(example);
    expect(example.names).toEqual([
      { name: "KHGN_TM", range: { start: { row: 1, col: 1 }, end: { row: last, col: 3 } } },
    ]);
  });

  it("never take a sheet or name already there, whatever its case", () => {
    const plan = planNarrativeSheet(exampleDoc, {
      sheetNames: ["Thuyết minh", "THUYẾT MINH (2)"],
      definedNames: ["khgn_tm"],
    });
    expect(plan.sheetName).toBe("Thuyết minh (3)");
    expect(plan.names.map((n) => n.name)).toEqual(["KHGN_TM_2"]);
  });

  it("leave the sheet unprotected: it is output people may correct before printing", () => {
    expect(example.protect).toBe(false);
    expect(example.cells.every((c) => c.formula === undefined)).toBe(true);
  });
});

describe("a paragraph longer than Excel's tallest row", () => {
  const words = Array.from({ length: 700 }, (_, i) => `từ${i}`);
  const doc: NarrativeDocument = { title: "", blocks: [body(words.join(" "))] };
  const plan = planNarrativeSheet(doc, EMPTY);

  it("goes on in the next rows, split between words, none taller than 409 pt", () => {
    expect(plan.cells.length).toBeGreaterThan(1);
    expect(plan.cells.map((c) => c.value).join(" ")).toBe(words.join(" "));
    expect(Object.values(plan.rowHeights ?? {}).every((h) => h <= 409)).toBe(true);
    expect(cellAt(plan, "A2")?.style).toBe("body");
  });
});
