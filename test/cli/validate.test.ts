/**
 * `kehoach validate` as an officer or a script uses it: the bundled example passes, a
 * copy with a typed-over total and a broken reference fails at those cells, unreadable
 * files give one line naming the file, the report speaks Vietnamese or English, the file
 * is never touched, and the compiled `kehoach` binary prints exactly one JSON object.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/cli/reporters/json";

const REPO = join(__dirname, "..", "..");
const EXAMPLE = join(REPO, "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");
const PL01 = "Phụ lục 01";
const folder = mkdtempSync(join(tmpdir(), "khgn-validate-"));

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

function parseOnlyObject(run: Run): JsonReport {
  expect(run.err).toEqual([]);
  expect(run.out).toHaveLength(1);
  return JSON.parse(run.out[0] ?? "") as JsonReport;
}

/** The example with the grand total typed over (999 instead of 1.001), a typed NSTW equal to its sum, and a #REF! note. */
async function plantedCopy(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  const sheet = workbook.getWorksheet(PL01);
  if (!sheet) throw new Error(`${PL01} missing from the example`);
  sheet.getCell("D8").value = 999;
  sheet.getCell("E12").value = 300;
  sheet.getCell("M12").value = { formula: "SUM(#REF!)", result: { error: "#REF!" } };
  const file = join(folder, "ke-hoach-co-loi.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

function fileWith(name: string, bytes: Uint8Array | string): string {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

/** The first sector of a password-protected workbook: an OLE file holding "EncryptedPackage". */
function encryptedBytes(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 1024);
  return bytes;
}

function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

let planted: string;
beforeAll(async () => {
  planted = await plantedCopy();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the bundled example", () => {
  test("passes: exit 0, one JSON object, every sheet recognised, no error", async () => {
    const result = await run("validate", EXAMPLE, "--json");
    expect(result.code).toBe(0);
    const report = parseOnlyObject(result);
    expect(report.file).toBe(EXAMPLE);
    expect(report.program).toBe("giam-ngheo-2021-2025");
    expect(report.sheets).toEqual([
      { name: "Thông tin chung", kind: "thong-tin-chung" },
      { name: "Phụ lục 01", kind: "phu-luc-01" },
      { name: "Biểu 02", kind: "bieu-02" },
      { name: "Biểu 03", kind: "bieu-03" },
      { name: "Phân công", kind: "phan-cong" },
    ]);
    expect(report.summary.errors).toBe(0);
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  test("the text report says so in Vietnamese and ends with the counts", async () => {
    const result = await run("validate", EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    const lines = (result.out[0] ?? "").split("\n");
    expect(lines[0]).toBe(`Kết quả kiểm tra ${EXAMPLE}`);
    expect(lines.at(-1)).toMatch(/^0 lỗi, \d+ cảnh báo, \d+ thông tin$/);
  });
});

describe("a workbook with planted errors", () => {
  test("exits 1 and reports each finding at its cell, with the one-click fix as data", async () => {
    const result = await run("validate", planted, "--json");
    expect(result.code).toBe(1);
    const report = parseOnlyObject(result);
    const at = (cell: string) => report.issues.filter((issue) => issue.sheet === PL01 && issue.cell === cell);
    expect(at("D8")).toContainEqual(
      expect.objectContaining({ rule: "grand-total", severity: "error", fix: null }),
    );
    expect(at("D8").find((issue) => issue.rule === "grand-total")?.message).toContain("999");
    expect(at("M12")).toContainEqual(expect.objectContaining({ rule: "error-value", severity: "error" }));
    expect(at("M12").find((issue) => issue.rule === "error-value")?.message).toContain("#REF!");
    expect(at("E12")).toContainEqual({
      rule: "constant-total",
      severity: expect.not.stringMatching(/^error$/) as string,
      sheet: PL01,
      cell: "E12",
      message: expect.stringContaining("E12") as string,
      fix: {
        description: "Thay số gõ tay bằng công thức =SUM(F12:G12)",
        edits: [{ sheet: PL01, cell: "E12", formula: "=SUM(F12:G12)" }],
      },
    });
    const count = (severity: string) => report.issues.filter((issue) => issue.severity === severity).length;
    expect(report.summary).toEqual({
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    });
    expect(report.summary.errors).toBeGreaterThanOrEqual(2);
  });

  test("the text report groups by sheet, errors first, one line per finding, then the counts", async () => {
    const { summary } = parseOnlyObject(await run("validate", planted, "--json"));
    const result = await run("validate", planted);
    expect(result.code).toBe(1);
    const lines = (result.out[0] ?? "").split("\n");
    expect(lines).toContain("Trang Phụ lục 01:");
    const grandTotal = lines.findIndex((line) => /^ {2}D8 +Lỗi +Ô D8: .*999/.test(line));
    const broken = lines.findIndex((line) => /^ {2}M12 +Lỗi +.*#REF!/.test(line));
    const typed = lines.findIndex((line) => /^ {2}E12 +(Cảnh báo|Thông tin) +/.test(line));
    expect(grandTotal).toBeGreaterThan(0);
    expect(broken).toBeGreaterThan(grandTotal);
    expect(typed).toBeGreaterThan(broken);
    expect(lines[typed]).toMatch(/\(sửa được: Thay số gõ tay bằng công thức =SUM\(F12:G12\)\)$/);
    expect(lines.at(-1)).toBe(
      `${summary.errors} lỗi, ${summary.warnings} cảnh báo, ${summary.infos} thông tin`,
    );
  });

  test("--lang en writes the report and the JSON messages in English", async () => {
    const text = await run("validate", planted, "--lang", "en");
    const lines = (text.out[0] ?? "").split("\n");
    expect(lines[0]).toBe(`Findings in ${planted}`);
    expect(lines).toContain("Sheet Phụ lục 01:");
    expect(lines.some((line) => /^ {2}D8 +Error +Cell D8\b/.test(line))).toBe(true);
    expect(
      lines.some((line) => /^ {2}E12 +(Warning|Note) +.*\(fixable: Replace the typed number/.test(line)),
    ).toBe(true);
    const report = parseOnlyObject(await run("validate", planted, "--json", "--lang=en"));
    const { errors, warnings, infos } = report.summary;
    expect(lines.at(-1)).toBe(
      [
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        plural(infos, "note", "notes"),
      ].join(", "),
    );
    const broken = report.issues.find((issue) => issue.cell === "M12");
    expect(broken?.message).toMatch(/^Cell M12\b/);
    expect(report.issues.find((issue) => issue.cell === "E12")?.fix?.description).toBe(
      "Replace the typed number with the formula =SUM(F12:G12)",
    );
  });

  test("never changes the file: same bytes and modification time after validating", async () => {
    const before = { bytes: readFileSync(planted), mtime: statSync(planted).mtimeMs };
    await run("validate", planted);
    await run("validate", planted, "--json");
    expect(readFileSync(planted).equals(before.bytes)).toBe(true);
    expect(statSync(planted).mtimeMs).toBe(before.mtime);
  });
});

describe("files that cannot be read: exit 2, nothing on stdout, one line naming the file", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(folder, "khong-co.xlsx"), /không có tệp này/],
    [
      "a text file renamed .xlsx",
      () => fileWith("ghi-chu.xlsx", "Tổng: 1.147 triệu đồng\n"),
      /không phải sổ Excel/,
    ],
    [
      "a workbook cut off halfway",
      () => fileWith("bi-cat.xlsx", readFileSync(EXAMPLE).subarray(0, 10_000)),
      /tệp bị thiếu/,
    ],
    ["a password-protected workbook", () => fileWith("mat-khau.xlsx", encryptedBytes()), /mật khẩu/],
  ];
  test.each(cases)("%s", async (_name, makeFile, reason) => {
    const file = makeFile();
    const result = await run("validate", file, "--json");
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toContain(file);
    expect(result.err[0]).toMatch(reason);
    expect(result.err[0]).not.toMatch(/\n/);
  });

  test("in English with --lang en", async () => {
    const file = join(folder, "missing.xlsx");
    const result = await run("validate", file, "--lang", "en");
    expect(result).toEqual({ code: 2, out: [], err: [`Cannot open ${file}: no such file.`] });
  });
});

describe("command-line mistakes: exit 2 and one line", () => {
  test("no file", async () => {
    expect(await run("validate")).toEqual({
      code: 2,
      out: [],
      err: ["Thiếu tệp cần kiểm tra: kehoach validate TỆP.xlsx."],
    });
  });

  test("two files", async () => {
    const result = await run("validate", EXAMPLE, planted);
    expect(result).toEqual({
      code: 2,
      out: [],
      err: [`Thừa tham số: ${planted} (mỗi lần chỉ kiểm tra một tệp).`],
    });
  });

  test("an option of another command", async () => {
    expect(await run("validate", EXAMPLE, "-o", "ra.xlsx")).toEqual({
      code: 2,
      out: [],
      err: ["Tùy chọn không hợp lệ: -o."],
    });
  });

  test("the usage text lists validate", async () => {
    const result = await run("help");
    expect(result.out[0]).toContain("kehoach validate TỆP.xlsx [--json]");
  });
});

/**
 * The compiled command line, built the way `npm install` builds it but into a temporary
 * folder laid out like the package, so the test never fights with a developer's lib/.
 */
function buildPackageCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "khgn-bin-"));
  const tsc = join(REPO, "node_modules", "typescript", "bin", "tsc");
  const built = spawnSync(
    process.execPath,
    [tsc, "-p", join(REPO, "tsconfig.cli.json"), "--outDir", join(root, "lib")],
    { cwd: REPO, encoding: "utf8" },
  );
  if (built.status !== 0) throw new Error(`tsc failed:\n${built.stdout}${built.stderr}`);
  mkdirSync(join(root, "bin"));
  copyFileSync(join(REPO, "bin", "kehoach.js"), join(root, "bin", "kehoach.js"));
  copyFileSync(join(REPO, "package.json"), join(root, "package.json"));
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"));
  mkdirSync(join(root, "src", "domain"), { recursive: true });
  symlinkSync(join(REPO, "src", "domain", "programs"), join(root, "src", "domain", "programs"));
  return root;
}

test("the compiled binary prints exactly one JSON object and exits 1 on errors", () => {
  const root = buildPackageCopy();
  const bin = join(root, "bin", "kehoach.js");
  const result = spawnSync(process.execPath, [bin, "validate", planted, "--json"], { encoding: "utf8" });
  rmSync(root, { recursive: true, force: true });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(1);
  expect(result.stdout.endsWith("}\n")).toBe(true);
  const report = JSON.parse(result.stdout) as JsonReport;
  expect(report.file).toBe(planted);
  expect(report.issues).toContainEqual(
    expect.objectContaining({ rule: "grand-total", sheet: PL01, cell: "D8" }),
  );
}, 300_000);
