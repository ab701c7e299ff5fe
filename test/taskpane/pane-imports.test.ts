/**
 * The task pane's first load must stay small: Excel loads it on every open, and its scripts
 * take over the page the build prerendered. ExcelJS and docx would add megabytes; the domain
 * code behind the buttons (validation engine, recognition, formula evaluator, templates, the
 * Office adapters) comes in chunks fetched on the first action, through dynamic import(); the
 * build-time renderer never comes at all. Follows every static import from the pane's entry,
 * as webpack does for the first load, and notes the dynamic ones.
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
  /** Every package loading the entry imports, with the first file importing it. */
  readonly packages: Map<string, string>;
  /** Every file of ours loading the entry brings in, relative to the project. */
  readonly files: Set<string>;
  /** What is loaded later, by dynamic import(): "importing file -> specifier". */
  readonly lazy: Set<string>;
}

interface FileImports {
  readonly eager: string[];
  readonly lazy: string[];
}

/** Static imports and re-exports (type-only ones are erased), and dynamic import() calls. */
function importsOf(file: string): FileImports {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: FileImports = { eager: [], lazy: [] };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly && ts.isStringLiteral(node.moduleSpecifier)) found.eager.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) found.lazy.push(specifier.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** What loading `entry` brings in with it: its static imports, followed to the end. */
function importsFrom(entry: string): ImportGraph {
  const packages = new Map<string, string>();
  const lazy = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const { eager, lazy: later } = importsOf(file);
    later.forEach((specifier) => lazy.add(`${relative(ROOT, file)} -> ${specifier}`));
    for (const fileName of eager) {
      if (!fileName.startsWith(".")) {
        if (!packages.has(fileName)) packages.set(fileName, relative(ROOT, file));
        continue;
      }
      const local = resolveLocal(file, fileName);
      if (local) queue.push(local);
    }
  }
  return { packages, lazy, files: new Set([...seen].map((file) => relative(ROOT, file))) };
}

/** The files a dynamic import() of `specifier` in `from` (paths relative to the project) brings in. */
function chunkOf(from: string, specifier: string): Set<string> {
  const target = resolveLocal(join(ROOT, from), specifier);
  if (!target) throw new Error(`${from} imports ${specifier}, which does not exist`);
  return importsFrom(target).files;
}

const DOMAIN_BEHIND_BUTTONS = [
  "src/domain/validation/engine.ts",
  "src/domain/detect/recognise.ts",
  "src/domain/formula/evaluate.ts",
  "src/domain/templates/plan-insertion.ts",
  "src/domain/templates/render/render-template.ts",
  "src/adapters/office/apply-fixes.ts",
  "src/adapters/office/insert-templates.ts",
];

describe("the task pane's imports", () => {
  const { packages, files, lazy } = importsFrom(ENTRY);

  it("reach the Biểu mẫu and Kiểm tra pages, so the pages the ribbon opens are there at once", () => {
    for (const file of ["src/taskpane/pages/BieuMauPage.tsx", "src/taskpane/pages/KiemTraPage.tsx"])
      expect(files).toContain(file);
  });

  it("leave out the domain code behind the buttons, and the build-time renderer", () => {
    expect(DOMAIN_BEHIND_BUTTONS.filter((file) => files.has(file))).toEqual([]);
    expect(files).not.toContain("src/taskpane/prerender.tsx");
    expect([...packages.keys()].filter((name) => name.startsWith("react-dom/server"))).toEqual([]);
  });

  it("fetch the controllers and the Office adapters, with the domain code, on first use", () => {
    const check = chunkOf("src/taskpane/state/use-check.ts", "./check");
    const insert = chunkOf("src/taskpane/state/use-insert-form.ts", "./insert");
    const office = chunkOf("src/taskpane/workspace/excel-workspace.ts", "./office-adapters");
    for (const edge of [
      "src/taskpane/state/use-check.ts -> ./check",
      "src/taskpane/state/use-insert-form.ts -> ./insert",
      "src/taskpane/workspace/excel-workspace.ts -> ./office-adapters",
    ])
      expect(lazy).toContain(edge);
    expect(check).toContain("src/domain/validation/engine.ts");
    expect(check).toContain("src/domain/detect/recognise.ts");
    expect(check).toContain("src/domain/formula/evaluate.ts");
    expect(insert).toContain("src/domain/templates/plan-insertion.ts");
    expect(office).toContain("src/adapters/office/apply-fixes.ts");
    expect(office).toContain("src/adapters/office/insert-templates.ts");
  });

  it("include neither ExcelJS nor docx", () => {
    const heavy = [...packages].filter(([name]) => /^(exceljs|docx)(\/|$)/.test(name));
    expect(heavy).toEqual([]);
  });

  it("reach browser mode's file workspace only through a dynamic import", () => {
    expect(files).toContain("src/taskpane/workspace/file-workspace.ts");
    expect(files).not.toContain("src/taskpane/workspace/xlsx-workspace.ts");
    expect(lazy).toContain("src/taskpane/workspace/file-workspace.ts -> ./xlsx-workspace");
  });
});
