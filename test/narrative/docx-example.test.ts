/**
 * The builder's plan for the shipped example workbook (xã Ba Dinh, 2025, seed 004's figures)
 * laid out as a .docx: every paragraph of the tree appears in the document, in order and in
 * the body style, the header and closing tables carry the settings' issuer and signer, and
 * seed 004's funding sentence reads the same in Word as in the plain text.
 */
import { renderDocx } from "../../src/adapters/docx/render-docx";
import type { NarrativeDocument } from "../../src/domain/narrative";
import { examplePlan } from "../support/docx-sample-plan";
import { descendants, openDocx, wordText } from "../support/docx-xml";
import type { DocxPackage } from "../support/docx-xml";

let plan: NarrativeDocument;
let docx: DocxPackage;

beforeAll(async () => {
  plan = await examplePlan();
  docx = await openDocx(await renderDocx(plan));
});

/** The paragraphs directly in the body (not in the header or closing tables), as text. */
function bodyParagraphs(): string[] {
  const body = descendants(docx.document, "w:body")[0]!;
  return body.children
    .filter((child) => child.name === "w:p")
    .map(wordText)
    .filter((line) => line !== "");
}

test("every paragraph of the plan appears in the .docx, in order", () => {
  const expected = plan.blocks.flatMap((block) => {
    if (block.kind !== "paragraph") return [];
    const line = block.content.map((inline) => inline.text).join("");
    return [block.style === "list" ? `${block.marker ?? "-"} ${line}` : line];
  });
  const rendered = bodyParagraphs();
  const start = rendered.indexOf(expected[0]!);
  expect(rendered.slice(start, start + expected.length)).toEqual(expected);
});

test("the header and the closing carry the example's issuer, place and signing authority", () => {
  const [header, closing] = descendants(docx.document, "w:tbl").map(wordText);
  expect(header).toContain("ỦY BAN NHÂN DÂNXÃ BA DINH");
  expect(header).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc");
  expect(header).toMatch(/Ba Dinh, ngày .* năm 2025$/);
  expect(closing).toMatch(/^Nơi nhận:- Sở Nông nghiệp và Môi trường;/);
  expect(closing).toContain("TM. ỦY BAN NHÂN DÂNCHỦ TỊCH");
});

test("section IV states seed 004's figures as the plain text does", () => {
  expect(bodyParagraphs()).toContain(
    "Tổng kinh phí dự kiến thực hiện các dự án thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn xã Ba Dinh năm 2025 là: 1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương 130 triệu đồng (trong đó: ngân sách tỉnh: 87 triệu đồng, ngân sách xã: 43 triệu đồng).",
  );
});
