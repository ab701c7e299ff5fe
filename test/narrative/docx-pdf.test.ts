/**
 * The rendered plans opened by a real word processor: LibreOffice turns each .docx into a PDF,
 * whose pages must be A4, carry the header on page 1 and page numbers only from page 2. Page 1
 * of each (the hand-built plan, the same with errors, the example workbook's plan) is rendered
 * to test-artifacts/narrative/ (git-ignored) for a person to look at.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { renderDocx } from "../../src/adapters/docx/render-docx";
import type { NarrativeDocument } from "../../src/domain/narrative/document";
import { examplePlan, samplePlan } from "../support/docx-sample-plan";

const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "narrative");
const TIMEOUT_MS = 120_000;

function run(program: string, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(program, args, { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${program} failed: ${error.message}\n${stderr}`));
      else done(stdout);
    });
  });
}

/**
 * soffice with a profile of its own, so parallel runs do not fight over one profile's lock.
 * Converting a .docx needs LibreOffice Writer (Debian: libreoffice-writer-nogui); without it
 * soffice prints "source file could not be loaded" and writes nothing.
 */
async function convertToPdf(docxPaths: readonly string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), "lo-profile-"));
  try {
    const profileUrl = pathToFileURL(profile).href;
    await run("soffice", [
      `-env:UserInstallation=${profileUrl}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...docxPaths,
    ]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function pageText(pdf: string, page: number): Promise<string> {
  return run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"]);
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? ""
  );
}

const NAMES = ["ke-hoach-mau", "ke-hoach-mau-co-loi", "ke-hoach-2025-xa-ba-dinh"] as const;
const pdfOf = (name: string) => join(ARTIFACTS, `${name}.pdf`);

async function plans(): Promise<Record<(typeof NAMES)[number], NarrativeDocument>> {
  return {
    "ke-hoach-mau": samplePlan(),
    "ke-hoach-mau-co-loi": samplePlan({ warning: true }),
    "ke-hoach-2025-xa-ba-dinh": await examplePlan(),
  };
}

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  const paths = await Promise.all(
    Object.entries(await plans()).map(async ([name, plan]) => {
      const path = join(ARTIFACTS, `${name}.docx`);
      await rm(pdfOf(name), { force: true });
      await writeFile(path, await renderDocx(plan));
      return path;
    }),
  );
  await convertToPdf(paths, ARTIFACTS);
});

test("LibreOffice converts the plan to a PDF of A4 pages", async () => {
  for (const name of NAMES) {
    const info = await run("pdfinfo", [pdfOf(name)]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
  }
});

test.each(["ke-hoach-mau", "ke-hoach-2025-xa-ba-dinh"])(
  "page 1 of %s opens with the header and the title, and has no page number",
  async (name) => {
    const page1 = await pageText(pdfOf(name), 1);
    expect(firstLine(page1)).toMatch(/^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(page1).toContain("KẾ HOẠCH");
  },
);

test.each(["ke-hoach-mau", "ke-hoach-2025-xa-ba-dinh"])(
  "pages of %s from 2 on carry their number at the top",
  async (name) => {
    expect(firstLine(await pageText(pdfOf(name), 2))).toBe("2");
    expect(firstLine(await pageText(pdfOf(name), 3))).toBe("3");
  },
);

test("the example's plan ends with Nơi nhận and the signing authority on its last page", async () => {
  const pages = Number(/Pages:\s+(\d+)/.exec(await run("pdfinfo", [pdfOf("ke-hoach-2025-xa-ba-dinh")]))?.[1]);
  const last = await pageText(pdfOf("ke-hoach-2025-xa-ba-dinh"), pages);
  expect(last).toMatch(/Nơi nhận:\s+TM\. ỦY BAN NHÂN DÂN/);
  expect(last).toContain("- Lưu: VT, KT.");
});

test("the warning is the first thing on page 1 of a plan with errors", async () => {
  const page1 = await pageText(pdfOf("ke-hoach-mau-co-loi"), 1);
  expect(firstLine(page1)).toBe("Bảng số liệu còn lỗi — chưa dùng văn bản này để ban hành:");
});

test("page 1 is rendered to a PNG for a person to look at", async () => {
  for (const name of NAMES) {
    const png = join(ARTIFACTS, `${name}-trang-1`);
    await run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfOf(name), png]);
    expect((await stat(`${png}.png`)).size).toBeGreaterThan(10_000);
  }
});
