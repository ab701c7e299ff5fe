/**
 * Recognition never throws, whatever a workbook holds: seeded random sheets made of plan
 * words, numbers, formulas, errors, merges (overlapping ones too) and hidden rows are all
 * read into tables or notes.
 */
import { recognise } from "../../src/domain/detect/recognise";
import { columnLetters } from "../../src/domain/address/cell-address";
import { f, sheet, workbook, type CellInput } from "./support/grid";
import { PROGRAMS } from "./support/programs";

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "TT",
  "STT",
  "Nội dung",
  "Tổng cộng",
  "TỔNG CỘNG",
  "NSTW",
  "NSĐP",
  "Ngân sách trung ương",
  "Tổng số",
  "ĐTPT",
  "SN",
  "NS tỉnh",
  "NS huyện",
  "NS xã",
  "Vốn đối ứng",
  "Huy động khác",
  "Đơn vị tính: đồng",
  "Đơn vị tính: USD",
  "Dự án 2",
  "Tiểu dự án 1",
  "Dự án 8",
  "Tiểu dự án 9",
  "- Tập huấn",
  "Trong đó:",
  "A",
  "I",
  "1.1",
  "a)",
  "+",
  "Hộ nghèo",
  "Hộ cận nghèo",
  "Số hộ đầu năm",
  "Tỷ lệ",
  "Thoát nghèo",
  "Cuối năm",
  "Chỉ tiêu",
  "ĐVT",
  "Kế hoạch năm 2025",
  "Năm 2024",
  "Bảo hiểm y tế",
  "Việc làm",
  "PHỤ LỤC 01",
  "BIỂU SỐ 02",
  "Biểu 03",
  "UBND xã …",
  "Cộng",
  "(",
  "…",
  "%",
  "1.147",
  "0,82%",
  "",
  "Ghi chú: xem trên",
  "Người lập biểu",
];

function cellOf(next: () => number): CellInput {
  const roll = next();
  if (roll < 0.45) return WORDS[Math.floor(next() * WORDS.length)];
  if (roll < 0.7) return Math.round(next() * 1e6) / (next() < 0.5 ? 1 : 100);
  if (roll < 0.75) return f("=SUM(C1:C9)", next() < 0.5 ? 5 : undefined);
  if (roll < 0.78) return f("='Trang 2'!A1", { error: "#REF!" });
  if (roll < 0.8) return next() < 0.5;
  return null;
}

function randomMerge(next: () => number, rows: number, cols: number): string {
  const r = 1 + Math.floor(next() * rows);
  const c = 1 + Math.floor(next() * cols);
  const h = Math.floor(next() * 3);
  const w = Math.floor(next() * 4);
  return `${columnLetters(c)}${r}:${columnLetters(c + w)}${r + h}`;
}

describe("random sheets", () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))("seed %d is read without an exception", (seed) => {
    const next = random(seed);
    const rows = 5 + Math.floor(next() * 40);
    const cols = 2 + Math.floor(next() * 12);
    const data = Array.from({ length: rows }, () => Array.from({ length: cols }, () => cellOf(next)));
    const merges = Array.from({ length: Math.floor(next() * 8) }, () => randomMerge(next, rows, cols));
    const hiddenRows = Array.from({ length: Math.floor(next() * 4) }, () => 1 + Math.floor(next() * rows));
    const recognition = recognise(
      workbook([sheet("Trang 1", data, { merges, hiddenRows }), sheet("Trang 2", [])]),
      PROGRAMS,
    );
    expect(recognition.sheets.map((s) => s.name)).toEqual(["Trang 1", "Trang 2"]);
    for (const table of recognition.tables) {
      expect(table.bodyRows.first).toBeGreaterThan(table.headerRows.last);
      for (const row of table.rows)
        expect(row.childRows.every((r) => table.rows.some((o) => o.row === r))).toBe(true);
    }
  });
});
