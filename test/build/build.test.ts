/**
 * `npm run build` as an administrator uses it: a production build for a given hosting address
 * produces the task pane, the ribbon's function file, their scripts, the icons, a local copy of
 * Office.js and a manifest whose every URL points at that address and which still validates.
 * The pane opens fast: ExcelJS and docx never load with it, and its first scripts stay within
 * 250 KB gzipped. Builds write into temporary folders so they never fight with a developer's dist/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { itWithXmllint, REPO, runWebpack, validateManifest } from "./tools";

const HOSTING_URL = "https://example.gov.vn/kehoach/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const INITIAL_JS_BUDGET_GZIP = 250 * 1024;
const BUILD_TIMEOUT_MS = 300_000;

interface Build {
  root: string;
  dist: string;
  stats: string;
}

/** The parts of webpack's JSON stats these tests read. */
interface StatsModule {
  name?: string;
  chunks?: (string | number)[];
  modules?: StatsModule[];
}
interface Stats {
  chunks: { id: string | number; initial: boolean; names: string[] }[];
  modules: StatsModule[];
}

function build(args: string[]): Build {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-build-"));
  const output = { root, dist: path.join(root, "dist"), stats: path.join(root, "stats.json") };
  const result = runWebpack(output.dist, [...args, "--json", output.stats]);
  if (result.status !== 0) {
    throw new Error(`webpack failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return output;
}

/** The script URLs a page loads, in order, as written by HtmlWebpackPlugin (minified or not). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((match) => match[1]!);
}

function read(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), "utf8");
}

/** Every module with the chunks it ends up in; concatenated modules take their root's chunks. */
function modulesWithChunks(modules: StatsModule[], chunks: StatsModule["chunks"] = []): StatsModule[] {
  return modules.flatMap((module) => {
    const own = { ...module, chunks: module.chunks ?? chunks };
    return [own, ...modulesWithChunks(module.modules ?? [], own.chunks)];
  });
}

describe("production build for a hosting address", () => {
  let output: Build;
  beforeAll(() => {
    output = build(["--mode", "production", "--env", `url=${HOSTING_URL}`]);
  }, BUILD_TIMEOUT_MS);
  afterAll(() => fs.rmSync(output.root, { recursive: true, force: true }));

  it("writes the task pane and the ribbon's function file with their scripts", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const local = scriptSources(read(output.dist, page)).filter((src) => !src.startsWith("https:"));
      expect(local).toHaveLength(1);
      expect(fs.existsSync(path.join(output.dist, local[0]!))).toBe(true);
    }
  });

  it("bundles every program file of src/domain/programs/data into the pane", () => {
    const dataDir = path.join(REPO, "src", "domain", "programs", "data");
    const ids = fs
      .readdirSync(dataDir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => (JSON.parse(fs.readFileSync(path.join(dataDir, file), "utf8")) as { id: string }).id);
    const scripts = fs
      .readdirSync(output.dist)
      .filter((file) => file.endsWith(".js"))
      .map((file) => fs.readFileSync(path.join(output.dist, file), "utf8"))
      .join("\n");
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect({ id, bundled: scripts.includes(`"${id}"`) }).toEqual({ id, bundled: true });
  });

  it("loads Office.js from Microsoft's CDN and also ships the Excel part of it in office-js/", () => {
    expect(scriptSources(read(output.dist, "taskpane.html"))[0]).toBe(OFFICE_JS_CDN);
    expect(scriptSources(read(output.dist, "commands.html"))[0]).toBe(OFFICE_JS_CDN);
    const officeJs = path.join(output.dist, "office-js");
    for (const file of [
      "office.js",
      "excel-win32-16.01.js",
      "excel-web-16.00.js",
      "vi-vn/office_strings.js",
    ]) {
      expect(fs.existsSync(path.join(officeJs, file))).toBe(true);
    }
    expect(fs.readdirSync(officeJs).filter((f) => /^word-|\.debug\.js$/.test(f))).toEqual([]);
  });

  it("copies every icon", () => {
    const icons = fs.readdirSync(path.join(REPO, "assets")).filter((f) => f.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      const copy = fs.readFileSync(path.join(output.dist, "assets", icon));
      expect(copy.equals(fs.readFileSync(path.join(REPO, "assets", icon)))).toBe(true);
    }
  });

  it("rewrites every development URL of the manifest to the hosting address", () => {
    const manifest = read(output.dist, "manifest.xml");
    expect(manifest).not.toContain("localhost");
    const urls = [...manifest.matchAll(/\b(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(15);
    expect(urls.filter((url) => !url?.startsWith(HOSTING_URL))).toEqual([]);
    expect(urls).toContain(`${HOSTING_URL}taskpane.html?page=kiem-tra`);
  });

  itWithXmllint("writes a manifest that passes npm run validate", () => {
    const result = validateManifest(path.join(output.dist, "manifest.xml"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("keeps ExcelJS and docx out of the pane's first load, in chunks of their own", () => {
    const stats = JSON.parse(read(output.root, "stats.json")) as Stats;
    const chunkById = new Map(stats.chunks.map((chunk) => [chunk.id, chunk]));
    for (const library of ["exceljs", "docx"]) {
      const pattern = new RegExp(`node_modules[\\\\/]${library}[\\\\/]`);
      const modules = modulesWithChunks(stats.modules).filter((m) => pattern.test(m.name ?? ""));
      const chunks = modules.flatMap((m) => m.chunks ?? []).map((id) => chunkById.get(id)!);
      expect(chunks.filter((chunk) => chunk.initial || !chunk.names.includes(library))).toEqual([]);
    }
  });

  it("keeps the pane's first scripts within 250 KB gzipped", () => {
    const initial = scriptSources(read(output.dist, "taskpane.html")).filter(
      (src) => !src.startsWith("https:"),
    );
    const gzipped = initial.map((src) => zlib.gzipSync(fs.readFileSync(path.join(output.dist, src))).length);
    expect(gzipped.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
  });
});

describe("build options", () => {
  it(
    "--env officejs=local makes both pages load the bundled Office.js",
    () => {
      const output = build(["--mode", "development", "--env", "officejs=local"]);
      try {
        for (const page of ["taskpane.html", "commands.html"]) {
          const officeJs = scriptSources(read(output.dist, page))[0]!;
          expect(officeJs).toBe("office-js/office.js");
          expect(fs.existsSync(path.join(output.dist, officeJs))).toBe(true);
        }
      } finally {
        fs.rmSync(output.root, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT_MS,
  );

  it.each([
    ["http://example.gov.vn/kehoach/", "must use https"],
    ["example.gov.vn/kehoach", "is not a URL"],
  ])("refuses --env url=%s with a message saying why", (url, message) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-build-"));
    try {
      const result = runWebpack(out, ["--mode", "production", "--env", `url=${url}`]);
      expect(result.status).not.toBe(0);
      expect(result.stderr + result.stdout).toContain(message);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
