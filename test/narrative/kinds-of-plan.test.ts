/**
 * The same figures read differently by kind of plan (domain.md §8): a commune under a
 * district before 1 July 2025 has its công chức and reports upwards, a commune of the
 * two-tier system has its Phòng Kinh tế and never mentions a district, and the merged
 * program of 2026 refers its components to Quyết định số 417/QĐ-BNNMT. The inputs are
 * written by hand, as a recognised foreign table would give them.
 */
import { buildNarrative, renderText } from "../../src/domain/narrative";
import { defaultSettings } from "../../src/domain/templates/default-settings";
import { GIAM_NGHEO, NONG_THON_MOI } from "../templates/support/fixtures";
import { fundsRow, handInput } from "./support/inputs";

const ROWS = { DA2: fundsRow(200, 20), "DA4.3": fundsRow(80, 8) };

function planText(
  year: number,
  planDate: string | null,
  leads: Readonly<Record<string, string>> = {},
): string {
  const settings = defaultSettings(GIAM_NGHEO, { year, level: "xa", unitName: "xã Xuân Giang", planDate });
  return renderText(buildNarrative(handInput(GIAM_NGHEO, settings, ROWS, leads)));
}

test("a commune plan of March 2025 keeps the district: its công chức run and finance the program", () => {
  const text = planText(2025, "2025-03-12");
  expect(text).toContain("Xuân Giang, ngày 12 tháng 3 năm 2025");
  expect(text).toContain("\n1. Công chức Văn hóa - Xã hội\n- Là cơ quan thường trực, tham mưu UBND xã");
  expect(text).toContain("\n2. Công chức Tài chính - Kế toán\n");
  expect(text).toContain("- UBND huyện (báo cáo);");
});

test("the same commune in August 2025 has no district left, and Phòng Kinh tế does both jobs", () => {
  const text = planText(2025, "2025-08-20");
  expect(text.toLocaleLowerCase("vi")).not.toContain("huyện");
  expect(text).toContain("\n1. Phòng Kinh tế\n- Là cơ quan thường trực");
  expect(text).toContain("- Tham mưu cân đối, bố trí kinh phí thực hiện Chương trình");
  expect(text).not.toContain("Công chức Tài chính - Kế toán");
});

test("the lead of Dự án 7 runs the program and receives the other offices' reports", () => {
  const text = planText(2024, null, {
    "DA7.1": "Công chức Lao động - Thương binh và Xã hội",
    DA2: "Công chức Địa chính",
  });
  expect(text).toContain("\n1. Công chức Lao động - Thương binh và Xã hội\n");
  expect(text).toContain(
    "báo cáo kết quả thực hiện về Công chức Lao động - Thương binh và Xã hội để tổng hợp.",
  );
  expect(text).toContain("kịp thời báo cáo UBND xã (qua Công chức Lao động - Thương binh và Xã hội)");
});

test("a Tiểu dự án whose lead is named on its Dự án's row is assigned to that office", () => {
  const text = planText(2024, null, { DA4: "Công chức Văn hóa - Xã hội" });
  expect(text).toContain("- Công chức Văn hóa - Xã hội: Chủ trì, phối hợp");
  expect(text).toContain("tổ chức thực hiện: Tiểu dự án 3 - Dự án 4.");
});

test("the 2026 program: components refer to their approving decision; no placeholder is left", () => {
  const settings = defaultSettings(NONG_THON_MOI, { year: 2026, level: "xa", unitName: "xã Ba Dinh" });
  const text = renderText(buildNarrative(handInput(NONG_THON_MOI, settings, { TP1: fundsRow(500, 75) })));
  expect(text).toContain(`\n1. ${NONG_THON_MOI.catalog[0]?.name ?? ""}\n`);
  expect(text).toContain(
    "c) Nội dung hỗ trợ: Các nội dung hỗ trợ của nội dung thành phần theo Quyết định số 417/QĐ-BNNMT ngày 31/01/2026 của Bộ Nông nghiệp và Môi trường và hướng dẫn của cấp trên.",
  );
  expect(text).toContain(
    "là: 575 triệu đồng, trong đó vốn ngân sách trung ương: 500 triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương 75 triệu đồng (ngân sách xã).",
  );
  expect(text).not.toMatch(/[{}]/);
  expect(text.toLocaleLowerCase("vi")).not.toContain("huyện");
});

test("a plan with no amount at all names its sources in general words, as seed 003 does", () => {
  const settings = defaultSettings(GIAM_NGHEO, { year: 2024, level: "xa", unitName: "xã Xuân Giang" });
  const text = renderText(buildNarrative(handInput(GIAM_NGHEO, settings, {})));
  expect(text).toContain(
    "IV. KINH PHÍ THỰC HIỆN\n- Ngân sách trung ương, ngân sách địa phương được giao năm 2024.\n- Các nguồn vốn huy động hợp pháp khác (nếu có).\n",
  );
  expect(text).toContain("III. NỘI DUNG\nNăm 2024, Phụ lục 01 chưa bố trí kinh phí");
});
