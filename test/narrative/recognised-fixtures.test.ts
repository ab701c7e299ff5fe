/**
 * The plan narrative from every fixture workbook (offices' own layouts, test/fixtures):
 * IV states the TỔNG CỘNG row of the funds table in triệu đồng, split by source as the
 * row's cells say, whatever unit the table is in; the clean fixtures give the seeds'
 * figures their answer keys name; every figure points at cells that hold its number.
 * Where each total row is, and its unit, is written down here from the workbooks, not
 * asked of the code under test.
 */
import { readFileSync } from "node:fs";
import { parseA1 } from "../../src/domain/address/cell-address";
import { readWorkbookFile } from "../../src/adapters/xlsx/files";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read-workbook";
import { formatAmount, formatNumber, formatPercent } from "../../src/domain/format/numbers";
import { trieuDongInWords } from "../../src/domain/format/words";
import { computeValues, type ComputedGrid } from "../../src/domain/grid-values";
import {
  buildNarrative,
  narrativeInputFromWorkbook,
  renderText,
  type CellSource,
  type NarrativeDocument,
} from "../../src/domain/narrative";
import { PERCENT_FORMAT } from "../../src/domain/narrative/figures";
import { cellAt, isErrorCell } from "../../src/domain/workbook";
import { PROGRAMS } from "../templates/support/fixtures";
import { answerKeyPath, workbookPath, type AnswerKey } from "../fixtures/build/answer-key";
import { FIXTURE_DIR, FIXTURES } from "../fixtures/build/index";
import { seed003, SEED_003_NSTW_TOTAL, SEED_004_TOTALS } from "../fixtures/build/seeds";
import { figuresOf, fundingLineUnder, PROGRAM, SEED_003_AMOUNTS } from "./support/plans";

type Key = "tong" | "nstw" | "dtpt" | "sn" | "nsdp" | "tinh" | "huyen" | "xa" | "khac";

interface TotalRow {
  readonly sheet: string;
  readonly row: number;
  /** Units of the table per triệu đồng: 1.000.000 for đồng, 1.000 for nghìn đồng. */
  readonly perTrieu: number;
  readonly columns: Readonly<Partial<Record<Key, string>>>;
}

/** The TỔNG CỘNG row of each fixture's funds table (the detail sheet where there are two). */
const TOTAL_ROWS: Readonly<Record<string, TotalRow>> = {
  "01-huyen-2023-tieu-de-hai-dong": {
    sheet: "PL01 Kinh phí",
    row: 9,
    perTrieu: 1,
    columns: {
      tong: "C",
      nstw: "D",
      dtpt: "E",
      sn: "F",
      nsdp: "G",
      tinh: "H",
      huyen: "I",
      xa: "J",
      khac: "K",
    },
  },
  "02-xa-2025-mot-dong-tieu-de": {
    sheet: "Phụ lục 01",
    row: 6,
    perTrieu: 1,
    columns: { tong: "C", nstw: "D", dtpt: "E", sn: "F", nsdp: "G", tinh: "H", xa: "I", khac: "J" },
  },
  "03-xa-2024-don-vi-dong": {
    sheet: "Sheet1",
    row: 7,
    perTrieu: 1_000_000,
    columns: { tong: "C", nstw: "D", nsdp: "E", tinh: "F", huyen: "G", xa: "H", khac: "I" },
  },
  "04-xa-2024-nghin-dong": {
    sheet: "KH von 2024",
    row: 7,
    perTrieu: 1_000,
    columns: { tong: "C", nstw: "D", tinh: "E", huyen: "F", xa: "G" },
  },
  "05-xa-2024-khong-dau": {
    sheet: "PL01",
    row: 7,
    perTrieu: 1,
    columns: { tong: "C", nstw: "D", nsdp: "E", tinh: "F", huyen: "G", xa: "H", khac: "I" },
  },
  "06-xa-2023-dong-an": {
    sheet: "Bieu 01",
    row: 10,
    perTrieu: 1,
    columns: {
      tong: "C",
      nstw: "D",
      dtpt: "E",
      sn: "F",
      nsdp: "G",
      tinh: "H",
      huyen: "I",
      xa: "J",
      khac: "K",
    },
  },
  "07-xa-2024-tong-hop-tu-sheet-khac": {
    sheet: "Chi tiết",
    row: 18,
    perTrieu: 1,
    columns: { tong: "C", nstw: "D", tinh: "E", huyen: "F", xa: "G", khac: "H" },
  },
  "08-xa-2025-von-doi-ung": {
    sheet: "Phu luc",
    row: 7,
    perTrieu: 1,
    columns: { tong: "C", sn: "D", nsdp: "E", tinh: "F", huyen: "G", xa: "H", khac: "I" },
  },
  "10-xa-2025-nhieu-sheet-nfd": {
    sheet: "Phụ lục 01",
    row: 7,
    perTrieu: 1,
    columns: { tong: "C", nstw: "D", dtpt: "E", sn: "F", nsdp: "G", tinh: "H", xa: "I", khac: "J" },
  },
  "11-sach-huyen-2023-seed-003": {
    sheet: "Phụ lục",
    row: 22,
    perTrieu: 1,
    columns: { tong: "C", sn: "D", tinh: "E", huyen: "F", xa: "G" },
  },
  "12-sach-xa-2025-seed-004": {
    sheet: "PL 01",
    row: 7,
    perTrieu: 1,
    columns: { tong: "C", nstw: "D", nsdp: "E", tinh: "F", xa: "G" },
  },
  "13-xa-2024-trieu-dong-le-chu-ky": {
    sheet: "PL01",
    row: 22,
    perTrieu: 1,
    columns: { tong: "C", nstw: "D", nsdp: "E", tinh: "F", huyen: "G", xa: "H", khac: "I" },
  },
  "14-xa-2023-cot-dao-thu-tu": {
    sheet: "Biểu kinh phí",
    row: 8,
    perTrieu: 1,
    columns: {
      tong: "C",
      khac: "D",
      nsdp: "E",
      tinh: "F",
      huyen: "G",
      xa: "H",
      nstw: "I",
      dtpt: "J",
      sn: "K",
    },
  },
  "15-huyen-2022-nhom-von-so-cu": {
    sheet: "KH vốn 2022",
    row: 7,
    perTrieu: 1,
    columns: { tong: "C", nstw: "D", nsdp: "E", tinh: "F", huyen: "G", xa: "H", khac: "I" },
  },
  "17-sach-xa-2025-nhieu-kieu": {
    sheet: "Phụ lục 01",
    row: 20,
    perTrieu: 1,
    columns: {
      tong: "C",
      nsdp: "D",
      tinh: "E",
      huyen: "F",
      xa: "G",
      nstw: "H",
      dtpt: "I",
      sn: "J",
      khac: "K",
    },
  },
};

const TARGETS_ONLY = "09-xa-2024-chi-tieu";

const same = (a: string, b: string): boolean => a.normalize("NFC") === b.normalize("NFC");

/** Numbers typed as text the Vietnamese way: "1.147", "60.000.000", "12,5", "05", "0,82%" (a fraction), "≥ 36%". */
function textNumber(typed: string): number | null {
  const text = typed.trim().replace(/^[≥≤>]\s*/, "");
  const m = /^(-?\d{1,3}(?:\.\d{3})*|-?\d+)(?:,(\d+))?(%?)$/.exec(text);
  if (!m) return null;
  const value = Number(`${(m[1] ?? "").replace(/\./g, "")}.${m[2] ?? "0"}`);
  return m[3] === "%" ? value / 100 : value;
}

/** The number a cell holds, 0 when empty; null for an error, a formula without value or a word. */
function numberIn(grid: ComputedGrid, source: CellSource): number | null {
  const sheet = grid.sheets.find((s) => same(s.name, source.sheet));
  const cell = sheet && cellAt(sheet, source.address.row, source.address.col);
  if (sheet && !cell) return 0;
  if (!cell?.valueKnown || isErrorCell(cell.value)) return null;
  if (typeof cell.value === "number") return cell.value;
  const text = typeof cell.value === "string" ? cell.value : "";
  return text.trim() === "" ? 0 : textNumber(text);
}

/** Vietnamese grouping and decimal comma, as the plan prints amounts. */
const vi = (x: number): string => x.toLocaleString("vi-VN", { maximumFractionDigits: 3 });

const add = (values: readonly (number | undefined)[]): number | undefined =>
  values.some((v) => v !== undefined) ? values.reduce<number>((sum, v) => sum + (v ?? 0), 0) : undefined;

/** The row's figures in triệu đồng; a sub-total the row lacks or cannot compute is the sum of its parts. */
function totalsOf(grid: ComputedGrid, spot: TotalRow): Partial<Record<Key, number>> {
  const raw = (key: Key): number | undefined => {
    const letter = spot.columns[key];
    if (!letter) return undefined;
    const value = numberIn(grid, {
      sheet: spot.sheet,
      address: { row: spot.row, col: parseA1(`${letter}1`).col },
    });
    return value === null ? undefined : value / spot.perTrieu;
  };
  const nstw = raw("nstw") ?? add([raw("dtpt"), raw("sn")]);
  const nsdp = raw("nsdp") ?? add([raw("tinh"), raw("huyen"), raw("xa")]);
  const tong = raw("tong") ?? add([nstw, nsdp, raw("khac")]);
  return { tong, nstw, nsdp, tinh: raw("tinh"), huyen: raw("huyen"), xa: raw("xa"), khac: raw("khac") };
}

/** The phrases IV must contain for these figures, following seed 004's sentence. */
function expectedPhrases(t: Partial<Record<Key, number>>): string[] {
  const positive = (v: number | undefined): v is number => v !== undefined && v > 0;
  const sources = [t.nstw, t.nsdp, t.khac].filter(positive).length;
  const levels = (["tinh", "huyen", "xa"] as const).filter((k) => positive(t[k]));
  const names = { tinh: "tỉnh", huyen: "huyện", xa: "xã" } as const;
  return [
    `là: ${vi(t.tong ?? 0)} triệu đồng`,
    ...(positive(t.nstw) && sources > 1 ? [`vốn ngân sách trung ương: ${vi(t.nstw)} triệu đồng`] : []),
    ...(positive(t.nsdp) && sources > 1 ? [`vốn ngân sách địa phương ${vi(t.nsdp)} triệu đồng`] : []),
    ...(levels.length > 1 ? levels.map((k) => `ngân sách ${names[k]}: ${vi(t[k] ?? 0)} triệu đồng`) : []),
    ...(positive(t.khac) && sources > 1 ? [`vốn huy động hợp pháp khác: ${vi(t.khac)} triệu đồng`] : []),
  ];
}

interface Read {
  readonly grid: ComputedGrid;
  readonly doc: NarrativeDocument;
  readonly text: string;
}

const cache = new Map<string, Promise<Read>>();

function narrativeOf(name: string): Promise<Read> {
  const found = cache.get(name);
  if (found) return found;
  const made = (async () => {
    const grid = computeValues(
      readWorkbookGrid(await readWorkbookFile(workbookPath(FIXTURE_DIR, name)), name),
    );
    const doc = buildNarrative(narrativeInputFromWorkbook(grid, PROGRAMS));
    return { grid, doc, text: renderText(doc) };
  })();
  cache.set(name, made);
  return made;
}

function ivParagraph(doc: NarrativeDocument) {
  const at = doc.blocks.findIndex(
    (b) => b.kind === "paragraph" && b.content.map((i) => i.text).join("") === "IV. KINH PHÍ THỰC HIỆN",
  );
  const block = doc.blocks[at + 1];
  if (!block || block.kind !== "paragraph") throw new Error("no IV paragraph");
  return block;
}

describe.each(Object.entries(TOTAL_ROWS))("%s", (name, spot) => {
  test("IV states the TỔNG CỘNG row in triệu đồng, split by source as its cells say", async () => {
    const { grid, doc } = await narrativeOf(name);
    const iv = ivParagraph(doc)
      .content.map((i) => i.text)
      .join("");
    for (const phrase of expectedPhrases(totalsOf(grid, spot))) expect(iv).toContain(phrase);
  });

  test("the total printed in IV is read from the TỔNG CỘNG row", async () => {
    const { doc } = await narrativeOf(name);
    const total = ivParagraph(doc).content.find((i) => i.kind === "figure");
    const rows = total?.kind === "figure" ? total.sources.map((s) => s.address.row) : [];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows)).toEqual(new Set([spot.row]));
  });
});

function keyOf(name: string): AnswerKey {
  return JSON.parse(readFileSync(answerKeyPath(FIXTURE_DIR, name), "utf8")) as AnswerKey;
}

test("seed 004's fixture gives seed 004's sentence: 1.001, NSTW 871 (sự nghiệp), NSĐP 130 = tỉnh 87 + xã 43", async () => {
  const name = "12-sach-xa-2025-seed-004";
  expect(keyOf(name).description).toContain("NSTW 871, NS tỉnh 87, NS xã 43, 1.001 in all");
  const { doc } = await narrativeOf(name);
  const t = SEED_004_TOTALS;
  expect(
    ivParagraph(doc)
      .content.map((i) => i.text)
      .join(""),
  ).toContain(
    `là: ${vi(t.tong)} triệu đồng, trong đó vốn ngân sách trung ương: ${vi(t.nstw)} triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương ${vi(t.nsdp)} triệu đồng (trong đó: ngân sách tỉnh: ${vi(t.tinh)} triệu đồng, ngân sách xã: ${vi(t.xa)} triệu đồng).`,
  );
});

test("seed 003's fixture gives NSTW 8.345 in all and each Tiểu dự án's NSTW as the seed states it", async () => {
  const name = "11-sach-huyen-2023-seed-003";
  expect(keyOf(name).description).toContain("NSTW 8.345");
  const { doc, text } = await narrativeOf(name);
  const iv = ivParagraph(doc)
    .content.map((i) => i.text)
    .join("");
  expect(iv).toContain(`vốn ngân sách trung ương: ${vi(SEED_003_NSTW_TOTAL)} triệu đồng (vốn sự nghiệp)`);
  for (const code of Object.keys(SEED_003_AMOUNTS)) {
    const name = PROGRAM.catalog.find((item) => item.code === code)?.name ?? code;
    const nstw = seed003(code).sn ?? 0;
    expect(fundingLineUnder(text, name)).toContain(`vốn ngân sách trung ương: ${vi(nstw)} triệu đồng`);
  }
});

test("the clean fixtures open with no error; every defective one opens with the list", async () => {
  for (const name of Object.keys(TOTAL_ROWS)) {
    const { text } = await narrativeOf(name);
    const warned = text.startsWith("CẢNH BÁO:");
    expect([name, warned]).toEqual([name, keyOf(name).defects.length > 0]);
  }
});

test("the fixture without a funds table says so above the plan and names the sources in general words", async () => {
  const { text } = await narrativeOf(TARGETS_ONLY);
  expect(text).toContain("Không tìm thấy bảng kinh phí (Phụ lục 01) trong bảng tính");
  expect(text).not.toMatch(/Tổng kinh phí dự kiến/);
});

/** Every way a figure may print the number its cells hold: an amount in the table's unit or triệu đồng, a count, a rate. */
function printedForms(sum: number, perTrieu: number): string[] {
  return [sum / perTrieu, sum, sum / 100].flatMap((v) => [
    formatAmount(v),
    formatNumber(v),
    formatPercent(v, PERCENT_FORMAT),
    trieuDongInWords(v),
  ]);
}

describe.each(FIXTURES.map((f) => [f.name] as const))("%s: traceability", (name) => {
  test("every figure names at least one cell, and its cells hold the number it prints", async () => {
    const { grid, doc } = await narrativeOf(name);
    const perTrieu = (sheet: string): number =>
      Object.values(TOTAL_ROWS).find((spot) => same(spot.sheet, sheet))?.perTrieu ?? 1;
    const wrong = figuresOf(doc).filter((figure) => {
      const values = figure.sources.map((source) => numberIn(grid, source));
      if (figure.sources.length === 0 || values.includes(null)) return true;
      const sum = values.reduce<number>((total, v) => total + (v ?? 0), 0);
      return !printedForms(sum, perTrieu(figure.sources[0]?.sheet ?? "")).includes(figure.text);
    });
    expect(figuresOf(doc).length).toBeGreaterThan(10);
    expect(wrong.map((f) => `${f.text} ← ${JSON.stringify(f.sources)}`)).toEqual([]);
  });
});
