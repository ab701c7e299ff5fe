/**
 * Printing files we write through LibreOffice, as a person would: `soffice --convert-to pdf`
 * (with a profile of its own per call, so parallel runs do not fight over one profile's
 * lock), then poppler's pdftotext, pdfinfo and pdftoppm to read the pages back. Tests that
 * need it run only where soffice is installed and say why they were skipped elsewhere.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const TIMEOUT_MS = 120_000;

export const HAS_SOFFICE = spawnSync("soffice", ["--version"]).error === undefined;

/** `describe` where soffice is installed; otherwise a skipped block and one line saying why. */
export function describeWithSoffice(name: string, body: () => void): void {
  if (HAS_SOFFICE) return describe(name, body);
  console.warn(`skipped "${name}": soffice is not installed (Debian: libreoffice-calc-nogui, poppler-utils)`);
  describe.skip(name, body);
}

export function run(program: string, args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(program, args, { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${program} failed: ${error.message}\n${stderr}`));
      else done(stdout);
    });
  });
}

/** Writes `<outDir>/<name>.pdf` for each file. */
export async function convertToPdf(paths: readonly string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), "lo-profile-"));
  try {
    const profileUrl = pathToFileURL(profile).href;
    const args = [`-env:UserInstallation=${profileUrl}`, "--headless", "--norestore"];
    await run("soffice", [...args, "--convert-to", "pdf", "--outdir", outDir, ...paths]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

export function pageText(pdf: string, page: number): Promise<string> {
  return run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"]);
}

export function allText(pdf: string): Promise<string> {
  return run("pdftotext", ["-layout", pdf, "-"]);
}

export async function pdfInfo(pdf: string): Promise<{ readonly pages: number; readonly size: string }> {
  const info = await run("pdfinfo", [pdf]);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? "" };
}

/** Page 1 as `<png>.png` at 60 dpi, for a person to look at. */
export async function firstPagePng(pdf: string, png: string): Promise<void> {
  await run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, png]);
}

export function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? ""
  );
}
