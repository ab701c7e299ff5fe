/**
 * Shared helpers of the build tests: paths in the repository, running Node scripts and webpack
 * as child processes, and xmllint, which CI installs but a developer's machine may lack.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");
export const MANIFEST = path.join(REPO, "manifest.xml");
export const SCHEMA = path.resolve(
  REPO,
  "..",
  "shared",
  "schemas",
  "office-addin-manifest",
  "OfficeAppManifestV1_1.xsd",
);
const VALIDATE_SCRIPT = path.join(REPO, "scripts", "validate-manifest.js");
const WEBPACK_CLI = path.join(REPO, "node_modules", "webpack-cli", "bin", "cli.js");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runNode(args: string[], timeoutMs: number): RunResult {
  const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", timeout: timeoutMs });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function validateManifest(manifest: string): RunResult {
  return runNode([VALIDATE_SCRIPT, manifest], 30_000);
}

/** Runs the webpack CLI with the repository's config, writing into `outputPath`. */
export function runWebpack(outputPath: string, args: string[]): RunResult {
  return runNode([WEBPACK_CLI, "--output-path", outputPath, ...args], 300_000);
}

export const HAS_XMLLINT = spawnSync("xmllint", ["--version"]).error === undefined;

/** `it` when xmllint is installed; otherwise a skipped test and one line saying why. */
export function itWithXmllint(name: string, test: () => void): void {
  if (HAS_XMLLINT) return it(name, test);
  console.warn(`skipped "${name}": xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)`);
  it.skip(name, test);
}

/** The string value of an XPath 1.0 expression over a manifest. */
export function xpath(manifest: string, expression: string): string {
  const result = spawnSync("xmllint", ["--xpath", `string(${expression})`, manifest], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`xmllint --xpath failed: ${result.stderr}`);
  return result.stdout.replace(/\n$/, "");
}

/** The xsi:type attribute, without declaring the namespace prefix to xmllint. */
export const XSI_TYPE = "@*[local-name()='type']";

/** XPath step matching an element by local name, so tests need no namespace prefixes. */
export function el(localName: string): string {
  return `*[local-name()='${localName}']`;
}
