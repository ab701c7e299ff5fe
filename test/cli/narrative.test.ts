/**
 * `kehoach narrative` as a user runs it on the bundled example: a .docx (never overwriting)
 * or the plain text on stdout, with seed 004's funding paragraph, and one-line errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it.each([
    [["narrative", EXAMPLE], "-o KẾ-HOẠCH.docx hoặc --text"],
    [["narrative", EXAMPLE, "-o", "x.pdf"], "phải có đuôi .docx"],
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
