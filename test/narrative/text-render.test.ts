/**
 * The plain-text rendering used by `kehoach narrative --text` and the clipboard: one line
 * per paragraph, "- " and "+ " before list items, the warning list first, blank lines
 * around the header, the title, main headings and the signature, figures as their text.
 */
import { figure, paragraph, renderText, text, type NarrativeDocument } from "../../src/domain/narrative";

const CELL = { sheet: "Phụ lục 01", address: { row: 8, col: 3 } };

const DOC: NarrativeDocument = {
  title: "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh",
  blocks: [
    { kind: "warning", heading: "Bảng tính còn 1 lỗi:", items: ["Phụ lục 01: Ô E9: tổng không khớp."] },
    {
      kind: "header",
      issuer: ["ỦY BAN NHÂN DÂN", "XÃ BA DINH"],
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      number: "Số: 125/KH-UBND",
      placeDate: "Ba Dinh, ngày 20 tháng 8 năm 2025",
    },
    {
      kind: "title",
      title: "KẾ HOẠCH",
      subject: ["Thực hiện Chương trình năm 2025", "trên địa bàn xã Ba Dinh"],
    },
    paragraph("heading-1", text("IV. KINH PHÍ THỰC HIỆN")),
    paragraph("body", text("Tổng kinh phí là: "), figure("1.001", [CELL]), text(" triệu đồng.")),
    paragraph("list", text("Về việc làm:")),
    { ...paragraph("list", figure("20", [CELL]), text(" người lao động.")), marker: "+" },
    {
      kind: "signature",
      recipientsHeading: "Nơi nhận:",
      recipients: ["- Sở Nông nghiệp và Môi trường;", "- Lưu: VT."],
      authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signerName: "Nguyễn Văn Hùng",
    },
  ],
};

test("renders every kind of block as plain lines", () => {
  expect(renderText(DOC)).toBe(
    [
      "CẢNH BÁO: Bảng tính còn 1 lỗi:",
      "- Phụ lục 01: Ô E9: tổng không khớp.",
      "",
      "ỦY BAN NHÂN DÂN",
      "XÃ BA DINH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 125/KH-UBND",
      "Ba Dinh, ngày 20 tháng 8 năm 2025",
      "",
      "KẾ HOẠCH",
      "Thực hiện Chương trình năm 2025",
      "trên địa bàn xã Ba Dinh",
      "",
      "IV. KINH PHÍ THỰC HIỆN",
      "Tổng kinh phí là: 1.001 triệu đồng.",
      "- Về việc làm:",
      "+ 20 người lao động.",
      "",
      "Nơi nhận:",
      "- Sở Nông nghiệp và Môi trường;",
      "- Lưu: VT.",
      "",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "",
      "Nguyễn Văn Hùng",
      "",
    ].join("\n"),
  );
});

test("an unsigned plan ends with the authority, and no blank line is ever doubled", () => {
  const unsigned = DOC.blocks.map((b) => (b.kind === "signature" ? { ...b, signerName: "" } : b));
  const rendered = renderText({ ...DOC, blocks: unsigned });
  expect(rendered.endsWith("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n")).toBe(true);
  expect(rendered).not.toContain("\n\n\n");
});
