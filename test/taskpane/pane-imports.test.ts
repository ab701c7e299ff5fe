/**
 * The task pane bundle must stay free of ExcelJS and docx: they belong to the command line
 * (xlsx adapter, narrative renderers) and would add megabytes to a pane Excel loads on
 * every open. Follows every import from the pane's entry, as webpack does.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const ENTRY = join(ROOT, "src", "taskpane", "index.tsx");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveLocal(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  if (specifier.endsWith(".json")) return null;
  return EXTENSIONS.map((ext) => base + ext).find((file) => existsSync(file)) ?? null;
}

interface ImportGraph {
  /** Every package the pane's code imports, with the first file importing it. */
  readonly packages: Map<string, string>;
  /** Every file of ours the bundle holds, relative to the project. */
  readonly files: Set<string>;
}

function paneImports(): ImportGraph {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [ENTRY];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
      if (!fileName.startsWith(".")) {
        if (!packages.has(fileName)) packages.set(fileName, relative(ROOT, file));
        continue;
      }
      const local = resolveLocal(file, fileName);
      if (local) queue.push(local);
    }
  }
  return { packages, files: new Set([...seen].map((file) => relative(ROOT, file))) };
}

describe("the task pane's imports", () => {
  const { packages, files } = paneImports();

  it("reach the Kiểm tra page, its controller and the validation engine", () => {
    for (const file of [
      "src/taskpane/pages/KiemTraPage.tsx",
      "src/taskpane/state/check.ts",
      "src/domain/validation/engine.ts",
      "src/adapters/office/apply-fixes.ts",
    ])
      expect(files).toContain(file);
  });

  it("include neither ExcelJS nor docx", () => {
    const heavy = [...packages].filter(([name]) => /^(exceljs|docx)(\/|$)/.test(name));
    expect(heavy).toEqual([]);
  });
});
