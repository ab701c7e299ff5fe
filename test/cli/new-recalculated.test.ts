/**
 * The end-to-end check of "insert standard sheets": `kehoach new` writes a
 * workbook, the test types known numbers into every input cell, LibreOffice recalculates
 * it, and every total it computes must equal sums computed here independently.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseRangeA1, toA1 } from "../../src/domain/address/cell-address";
import { loadProgramRegistry } from "../../src/adapters/node/load-programs";
import { requiredCounterpart } from "../../src/domain/counterpart";
import {
  B02_COLUMNS,
  B02_ROWS,
  markerName,
  PL01_COLUMNS,
  PL01_ROWS,
} from "../../src/domain/templates/column-keys";
import { readTableKeys, type TableKeys } from "../../src/domain/templates/table-keys";
import type { TemplateId } from "../../src/domain/sheet-plan";
import { readValues, recalculate, type ComputedValue } from "../support/libreoffice";

const program = loadProgramRegistry().get("giam-ngheo-2021-2025");
const leaves = program.catalog.filter((item) => !program.catalog.some((c) => c.parent === item.code));
const projects = program.catalog.filter((item) => !item.parent);
const INPUT_COLUMNS = [
  PL01_COLUMNS.dtpt,
  PL01_COLUMNS.sn,
  PL01_COLUMNS.tinh,
  PL01_COLUMNS.huyen,
  PL01_COLUMNS.xa,
  PL01_COLUMNS.khac,
];

interface OurSheet {
  sheet: ExcelJS.Worksheet;
  keys: TableKeys;
}

function ourSheet(workbook: ExcelJS.Workbook, templateId: TemplateId, below = 10): OurSheet {
  const ref = workbook.definedNames.getRanges(markerName(templateId)).ranges[0];
  if (!ref) throw new Error(`no marker for ${templateId}`);
  const bang = ref.lastIndexOf("!");
  const sheetName = ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`marker points at missing sheet ${sheetName}`);
  const marker = parseRangeA1(ref.slice(bang + 1));
  const keys = readTableKeys(marker, (r, c) => sheet.getCell(r, c).value, marker.end.row + below);
  return { sheet, keys };
}

function at(our: OurSheet, rowKey: string, colKey: string): string {
  const row = our.keys.rows.get(rowKey);
  const col = our.keys.columns.get(colKey);
  if (row === undefined || col === undefined) throw new Error(`no cell ${rowKey} × ${colKey}`);
  return toA1({ row, col });
}

/** Distinct, non-round amounts so a formula that picks a wrong cell cannot come out right. */
function inputAmount(rowIndex: number, colIndex: number): number {
  return ((rowIndex * 37 + colIndex * 11) % 97) + 1 + colIndex / 4;
}

async function writeAndFill(args: string[]): Promise<{
  file: string;
  inputs: Map<string, Map<string, number>>;
  pl01: OurSheet;
  b02Inputs: Record<string, number>;
  b02: OurSheet;
}> {
  const dir = mkdtempSync(join(tmpdir(), "khgn-new-"));
  const file = join(dir, "ke-hoach.xlsx");
  const lines: string[] = [];
  const code = await main(["new", "-o", file, ...args], {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  expect(code).toBe(0);
  expect(lines.join("\n")).toContain("Phụ lục 01");

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const pl01 = ourSheet(workbook, "phu-luc-01");
  const inputs = new Map<string, Map<string, number>>();
  leaves.forEach((item, rowIndex) => {
    const row = new Map<string, number>();
    INPUT_COLUMNS.forEach((colKey, colIndex) => {
      if (!pl01.keys.columns.has(colKey)) return;
      const cell = pl01.sheet.getCell(at(pl01, item.code, colKey));
      if (cell.protection?.locked !== false) return; // not an input here (e.g. ĐTPT of an SN-only item)
      const amount = inputAmount(rowIndex, colIndex);
      cell.value = amount;
      row.set(colKey, amount);
    });
    inputs.set(item.code, row);
  });

  const b02 = ourSheet(workbook, "bieu-02");
  const b02Inputs: Record<string, number> = {
    [B02_ROWS.totalHouseholds]: 9480,
    [B02_ROWS.start]: 792,
    [B02_ROWS.startEthnic]: 120,
    [B02_ROWS.exits]: 280,
    [B02_ROWS.returns]: 6,
    [B02_ROWS.added]: 10,
  };
  for (const [rowKey, value] of Object.entries(b02Inputs)) {
    // The total number of households is one merged cell across both columns.
    const columns =
      rowKey === B02_ROWS.totalHouseholds
        ? [B02_COLUMNS.hoNgheo]
        : [B02_COLUMNS.hoNgheo, B02_COLUMNS.hoCanNgheo];
    for (const col of columns) {
      const cell = b02.sheet.getCell(at(b02, rowKey, col));
      if (cell.protection?.locked === false)
        cell.value = col === B02_COLUMNS.hoNgheo ? value : Math.round(value / 3);
    }
  }
  await workbook.xlsx.writeFile(file);
  return { file, inputs, pl01, b02Inputs, b02 };
}

type Amounts = Map<string, number>;

function expectedRow(inputs: Amounts, hasDistrict: boolean): Amounts {
  const v = (k: string) => inputs.get(k) ?? 0;
  const nstw = v(PL01_COLUMNS.dtpt) + v(PL01_COLUMNS.sn);
  const nsdp = v(PL01_COLUMNS.tinh) + (hasDistrict ? v(PL01_COLUMNS.huyen) : 0) + v(PL01_COLUMNS.xa);
  const out = new Map(inputs);
  out.set(PL01_COLUMNS.nstw, nstw);
  out.set(PL01_COLUMNS.nsdp, nsdp);
  out.set(PL01_COLUMNS.tong, nstw + nsdp + v(PL01_COLUMNS.khac));
  return out;
}

function sumRows(rows: Amounts[]): Amounts {
  const out = new Map<string, number>();
  for (const row of rows) for (const [k, n] of row) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

function expectNoErrors(values: Record<string, ComputedValue>, sheet: string): void {
  const errors = Object.entries(values).filter(
    ([, v]) => typeof v === "string" && /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!)/.test(v),
  );
  expect({ sheet, errors }).toEqual({ sheet, errors: [] });
}

describe.each([
  [
    "a two-tier commune plan of 2025",
    ["--year", "2025", "--unit", "xã Ba Dinh", "--province", "Quảng Ngãi"],
    false,
  ],
  [
    "a district plan of 2023",
    ["--year", "2023", "--unit", "huyện Hậu Lộc", "--province", "Thanh Hóa", "--date", "2023-03-12"],
    true,
  ],
])("kehoach new, filled and recalculated by LibreOffice: %s", (_label, args, hasDistrict) => {
  let computed: Record<string, Record<string, ComputedValue>>;
  let filled: Awaited<ReturnType<typeof writeAndFill>>;

  beforeAll(async () => {
    filled = await writeAndFill(args);
    const out = await recalculate(filled.file, mkdtempSync(join(tmpdir(), "khgn-recalc-")));
    computed = {};
    for (const name of ["Thông tin chung", "Phụ lục 01", "Biểu 02", "Biểu 03", "Phân công"]) {
      computed[name] = await readValues(out, name);
    }
  }, 120_000);

  it("has the NS huyện column exactly when the plan still has districts", () => {
    expect(filled.pl01.keys.columns.has(PL01_COLUMNS.huyen)).toBe(hasDistrict);
  });

  it("computes every row, parent and grand total of Phụ lục 01 as summed independently", () => {
    const values = computed["Phụ lục 01"] ?? {};
    const expected = new Map<string, Amounts>();
    for (const item of leaves)
      expected.set(
        item.code,
        expectedRow(filled.inputs.get(item.code) ?? new Map<string, number>(), hasDistrict),
      );
    for (const project of projects) {
      const children = program.catalog.filter((c) => c.parent === project.code);
      if (children.length > 0)
        expected.set(
          project.code,
          sumRows(children.map((c) => expected.get(c.code) ?? new Map<string, number>())),
        );
    }
    expected.set(
      PL01_ROWS.total,
      sumRows(projects.map((p) => expected.get(p.code) ?? new Map<string, number>())),
    );

    let checked = 0;
    for (const [rowKey, amounts] of expected) {
      for (const colKey of [PL01_COLUMNS.tong, PL01_COLUMNS.nstw, PL01_COLUMNS.nsdp, ...INPUT_COLUMNS]) {
        if (!filled.pl01.keys.columns.has(colKey)) continue;
        const address = at(filled.pl01, rowKey, colKey);
        const want = amounts.get(colKey) ?? 0;
        const got = values[address] ?? 0;
        expect({ rowKey, colKey, address, difference: Math.abs(Number(got) - want) < 1e-9 }).toEqual({
          rowKey,
          colKey,
          address,
          difference: true,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("states the counterpart ratio and the verdict the core's own rule gives", () => {
    const values = computed["Phụ lục 01"] ?? {};
    const total = Number(values[at(filled.pl01, PL01_ROWS.total, PL01_COLUMNS.nstw)]);
    const nsdp = Number(values[at(filled.pl01, PL01_ROWS.total, PL01_COLUMNS.nsdp)]);
    const ratioCell = at(filled.pl01, PL01_ROWS.actualRatio, PL01_COLUMNS.nsdp);
    expect(Number(values[ratioCell])).toBeCloseTo(nsdp / total, 12);
    const split = hasDistrict ? { tinh: 0.1, huyen: 0, xa: 0.05 } : { tinh: 0.1, xa: 0.05 };
    const check = requiredCounterpart({
      nstw: total,
      nsdp,
      minRatio: 0.15,
      split,
      roundingUnit: 1,
      rounding: "floor-per-component",
    });
    const statusRow = filled.pl01.keys.rows.get(PL01_ROWS.status);
    const statusTexts = Object.entries(values)
      .filter(([a]) => Number(a.replace(/^[A-Z]+/, "")) === statusRow)
      .map(([, v]) => String(v));
    expect(statusTexts.join(" ")).toContain(check.passes ? "Đạt" : `còn thiếu`);
  });

  it("computes the year-end households and rates of Biểu 02", () => {
    const values = computed["Biểu 02"] ?? {};
    const i = filled.b02Inputs;
    const end =
      (i[B02_ROWS.start] ?? 0) -
      (i[B02_ROWS.exits] ?? 0) +
      (i[B02_ROWS.returns] ?? 0) +
      (i[B02_ROWS.added] ?? 0);
    expect(Number(values[at(filled.b02, B02_ROWS.end, B02_COLUMNS.hoNgheo)])).toBe(end);
    expect(Number(values[at(filled.b02, B02_ROWS.endRate, B02_COLUMNS.hoNgheo)])).toBeCloseTo(
      end / (i[B02_ROWS.totalHouseholds] ?? 1),
      12,
    );
    expect(Number(values[at(filled.b02, B02_ROWS.startRate, B02_COLUMNS.hoNgheo)])).toBeCloseTo(
      (i[B02_ROWS.start] ?? 0) / (i[B02_ROWS.totalHouseholds] ?? 1),
      12,
    );
  });

  it("leaves no error value in any cell of any sheet", () => {
    for (const [sheet, values] of Object.entries(computed)) expectNoErrors(values, sheet);
  });
});

describe("kehoach new refuses bad input in one line with exit code 2", () => {
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await main(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    return { code, lines };
  };

  it.each([
    [
      ["new", "-o", "/no/such/folder/k.xlsx", "--year", "2025"],
      "Không ghi được /no/such/folder/k.xlsx: thư mục không tồn tại.",
    ],
    [["new", "-o", "k.xlsx", "--program", "xyz"], 'Không có chương trình mã "xyz".'],
    [["new", "-o", "k.xlsx", "--year", "1999"], "Năm không hợp lệ: 1999"],
    [["new", "-o", "k.txt"], "phải có đuôi .xlsx"],
    [["new"], "Thiếu tệp kết quả"],
    [["new", "-o", "k.xlsx", "--bogus"], "Tùy chọn không hợp lệ: --bogus."],
  ])("%j", async (args, text) => {
    const { code, lines } = await run(args);
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(text);
  });

  it("never overwrites an existing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khgn-exists-"));
    const file = join(dir, "k.xlsx");
    expect((await run(["new", "-o", file, "--year", "2025"])).code).toBe(0);
    const again = await run(["new", "-o", file, "--year", "2025"]);
    expect(again.code).toBe(2);
    expect(again.lines[0]).toContain("đã tồn tại");
  });
});
