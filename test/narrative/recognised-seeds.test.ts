/**
 * The seeds' money sentences from funds tables in an office's own layout: seed 003's
 * district plan (2023, each "d) Kinh phí thực hiện: N triệu đồng" of its Tiểu dự án,
 * 8.345 in all) and seed 004's commune plan (2025: 1.001, of which NSTW 871 sự nghiệp and
 * NSĐP 130 = tỉnh 87 + xã 43, no district), each typed without diacritics in đồng under a
 * two-row merged header. The settings come from the titles alone.
 */
import {
  buildNarrative,
  narrativeInputFromWorkbook,
  renderText,
  type NarrativeInput,
} from "../../src/domain/narrative";
import { PROGRAMS } from "../templates/support/fixtures";
import { foreignWorkbook, seed003Funds, seed004Funds } from "./support/foreign-workbooks";
import { fundingLineUnder, PROGRAM, SEED_003_AMOUNTS } from "./support/plans";

function nameOf(code: string): string {
  const item = PROGRAM.catalog.find((i) => i.code === code);
  if (!item) throw new Error(`no ${code}`);
  return item.name;
}

function ivParagraph(text: string): string {
  const lines = text.split("\n");
  return lines[lines.indexOf("IV. KINH PHÍ THỰC HIỆN") + 1] ?? "";
}

describe("seed 003: a district's funds table in đồng, typed without diacritics", () => {
  let input: NarrativeInput;
  let text: string;

  beforeAll(async () => {
    input = narrativeInputFromWorkbook(await foreignWorkbook(seed003Funds(PROGRAM)), PROGRAMS);
    text = renderText(buildNarrative(input));
  });

  test("the plan is the district's of 2023, as the titles say, numbered and dated as the attachment cites it", () => {
    expect(input.settings).toMatchObject({
      year: 2023,
      level: "huyen",
      unitName: "huyện Hau Loc",
      planNumber: "152/KH-UBND",
      planDate: "2023-06-15",
    });
    expect(text).toContain("Số: 152/KH-UBND");
    expect(input.errors.join("\n")).not.toContain("Chưa rõ");
  });

  test("a table without local funds opens with validation's counterpart shortfall, as for our own sheets", () => {
    expect(input.errors).toEqual([expect.stringMatching(/^Bieu KP: Ô F8: vốn đối ứng chưa đủ/)]);
  });

  test.each(Object.entries(SEED_003_AMOUNTS))(
    "%s: “d) Kinh phí thực hiện: N triệu đồng” with the seed's amount",
    (code, amount) => {
      const line = fundingLineUnder(text, nameOf(code));
      expect(line).toMatch(
        new RegExp(`^d\\) Kinh phí thực hiện: ${amount.toLocaleString("vi-VN")} triệu đồng\\b`),
      );
      expect(line).toContain("vốn ngân sách trung ương (vốn sự nghiệp)");
    },
  );

  test("IV states 8.345 triệu đồng in all, from the central budget's recurrent funds, without a district share", () => {
    const iv = ivParagraph(text);
    expect(iv).toContain("năm 2023 là: 8.345 triệu đồng từ vốn ngân sách trung ương (vốn sự nghiệp).");
    expect(text).toContain("(Bằng chữ: Tám tỷ ba trăm bốn mươi lăm triệu đồng).");
  });
});

describe("seed 004: a two-tier commune's funds table in đồng, typed without diacritics", () => {
  let input: NarrativeInput;
  let text: string;

  beforeAll(async () => {
    input = narrativeInputFromWorkbook(await foreignWorkbook(seed004Funds(PROGRAM)), PROGRAMS);
    text = renderText(buildNarrative(input));
  });

  test("IV is seed 004's sentence: 1.001, NSTW 871 (sự nghiệp), NSĐP 130 = tỉnh 87 + xã 43", () => {
    expect(ivParagraph(text)).toContain(
      "năm 2025 là: 1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương 130 triệu đồng (trong đó: ngân sách tỉnh: 87 triệu đồng, ngân sách xã: 43 triệu đồng).",
    );
    expect(text).toContain("(Bằng chữ: Một tỷ không trăm linh một triệu đồng).");
  });

  test("no district appears: no NS huyện, no UBND huyện among the recipients", () => {
    expect(input.settings).toMatchObject({ year: 2025, level: "xa", unitName: "xã Ba Dinh", planNumber: "" });
    expect(text).not.toMatch(/ngân sách huyện|UBND huyện/);
  });

  test("the figures point at the TỔNG CỘNG row of the office's sheet", () => {
    const total = input.funds?.total;
    expect(total?.tong?.value).toBe(1001);
    expect(total?.tong?.sources).toEqual([{ sheet: "PL01", address: { row: 7, col: 3 } }]);
    expect(total?.sn?.sources).toEqual(total?.nstw?.sources);
  });
});
