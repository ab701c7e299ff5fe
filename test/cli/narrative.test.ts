/**
 * `kehoach narrative` as a user runs it on the bundled example: a .docx, a copy of the
 * workbook with the "Thuyết minh" sheet added (the input untouched), or the plain text on
 * stdout, with seed 004's funding paragraph; never overwriting; one-line errors.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

const EXAMPLE = join(__dirname, "..", "..", "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe("kehoach narrative", () => {
  it("prints the plan with seed 004's funding paragraph and the amount in words", async () => {
    const { code, out, err } = await run(["narrative", EXAMPLE, "--text"]);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const text = out.join("\n");
    expect(text).toContain(
      "1.001 triệu đồng, trong đó vốn ngân sách trung ương: 871 triệu đồng (vốn sự nghiệp), vốn ngân sách địa phương 130 triệu đồng (trong đó: ngân sách tỉnh: 87 triệu đồng, ngân sách xã: 43 triệu đồng)",
    );
    expect(text).toContain("Một tỷ không trăm linh một triệu đồng");
    expect(text).not.toMatch(/huyện/i);
  });

  it("writes a Word document and refuses to overwrite it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "khgn-narrative-")), "ke-hoach.docx");
    const first = await run(["narrative", EXAMPLE, "-o", file]);
    expect(first.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    const again = await run(["narrative", EXAMPLE, "-o", file]);
    expect(again.code).toBe(2);
    expect(again.err).toHaveLength(1);
    expect(again.err[0]).toContain("đã tồn tại");
  });

  it("writes a copy of the workbook with the Thuyết minh sheet added, leaving the input as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khgn-narrative-sheet-"));
    const input = join(dir, "ke-hoach.xlsx");
    const output = join(dir, "ke-hoach-co-thuyet-minh.xlsx");
    writeFileSync(input, readFileSync(EXAMPLE));
    const before = { bytes: readFileSync(input), modified: statSync(input).mtimeMs };
    const { code, out, err } = await run(["narrative", input, "-o", output]);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toEqual([
      `Đã viết ${output}: bản sao của sổ có thêm trang Thuyết minh (số lỗi còn trong bảng tính: 0).`,
    ]);
    expect(readFileSync(input).equals(before.bytes)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.modified);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    expect(copy.worksheets.map((s) => s.name)).toEqual([
      ...original.worksheets.map((s) => s.name),
      "Thuyết minh",
    ]);
    expect(copy.definedNames.model.map((n) => n.name)).toContain("KHGN_TM");
    const texts: string[] = [];
    copy.getWorksheet("Thuyết minh")?.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
    expect(texts.some((t) => t.includes("1.001 triệu đồng"))).toBe(true);
  });

  it("refuses to overwrite the workbook copy, and to write over its input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khgn-narrative-sheet-"));
    const input = join(dir, "ke-hoach.xlsx");
    const output = join(dir, "ban-sao.xlsx");
    writeFileSync(input, readFileSync(EXAMPLE));
    writeFileSync(output, "không phải sổ");
    const taken = await run(["narrative", input, "-o", output]);
    expect([taken.code, taken.err]).toEqual([
      2,
      [`Tệp ${output} đã tồn tại; lệnh narrative không ghi đè. Hãy chọn tên khác.`],
    ]);
    expect(readFileSync(output, "utf8")).toBe("không phải sổ");
    const same = await run(["narrative", input, "-o", `${dir}/./ke-hoach.xlsx`, "--lang", "en"]);
    expect(same.code).toBe(2);
    expect(same.err).toHaveLength(1);
    expect(same.err[0]).toContain("is the input file, which is never written");
    expect(readFileSync(input).equals(readFileSync(EXAMPLE))).toBe(true);
  });

  it.each([
    [["narrative", EXAMPLE], "-o KẾ-HOẠCH.docx, -o BẢN-SAO.xlsx hoặc --text"],
    [["narrative", EXAMPLE, "-o", "x.pdf"], "phải có đuôi .docx (Word) hoặc .xlsx"],
    [["narrative", "/no/such/file.xlsx", "--text"], "/no/such/file.xlsx"],
  ])("%j fails in one line with exit code 2", async (args, text) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(text);
  });

  it("still writes the plan when the workbook has errors, opening with them, and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "khgn-narrative-bad-"));
    const copy = join(dir, "loi.xlsx");
    writeFileSync(copy, readFileSync(EXAMPLE));
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const pl01 = workbook.getWorksheet("Phụ lục 01");
    if (!pl01) throw new Error("example has no Phụ lục 01");
    let planted = false;
    pl01.eachRow((row) =>
      row.eachCell((cell) => {
        if (!planted && cell.value === 300) {
          cell.value = -300;
          planted = true;
        }
      }),
    );
    expect(planted).toBe(true);
    await workbook.xlsx.writeFile(copy);
    const { code, out } = await run(["narrative", copy, "--text"]);
    expect(code).toBe(1);
    expect(out.join("\n").split("\n")[0]).toMatch(/^CẢNH BÁO/);
  });
});
