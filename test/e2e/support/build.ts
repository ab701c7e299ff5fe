/**
 * The production build the end-to-end tests and the browser benchmarks run against: the pane
 * as `npm run build -- --env officejs=local` makes it (so office.js is the page's own file and
 * the pane never reaches for Microsoft's CDN), its webpack stats, and the injectable Excel fake.
 * The e2e project's globalSetup builds it once per test run into a temporary folder and passes
 * the folder on in KHGN_E2E_BUILD; every suite of that run reuses it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO, runWebpack } from "../../build/tools";

export const E2E_BUILD_ENV = "KHGN_E2E_BUILD";

export interface PaneBuild {
  readonly root: string;
  /** What would be uploaded to the web server: taskpane.html, its scripts, office-js/, … */
  readonly dist: string;
  /** webpack's JSON stats of that build. */
  readonly stats: string;
}

export interface E2eBuild extends PaneBuild {
  /** The bundled in-memory Excel, for addInitScript. */
  readonly fakeExcel: string;
}

const FAKE_EXCEL_CONFIG = path.join(REPO, "test", "e2e", "fake-excel.webpack.js");

function layout(root: string): E2eBuild {
  return {
    root,
    dist: path.join(root, "dist"),
    stats: path.join(root, "stats.json"),
    fakeExcel: path.join(root, "fake-excel", "fake-excel.js"),
  };
}

function webpack(outputPath: string, args: string[]): void {
  const result = runWebpack(outputPath, args);
  if (result.status !== 0) {
    throw new Error(
      `webpack ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** The pane's production build, with Office.js served from the build itself, into `root`. */
export function buildPane(root: string): PaneBuild {
  const build = layout(root);
  webpack(build.dist, ["--mode", "production", "--env", "officejs=local", "--json", build.stats]);
  return build;
}

/** A fresh temporary folder holding the pane's build and the bundled fake; returns its path. */
export function buildForE2e(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-e2e-"));
  buildPane(root);
  webpack(path.dirname(layout(root).fakeExcel), ["--config", FAKE_EXCEL_CONFIG]);
  return root;
}

/** The build globalSetup made for this test run. */
export function e2eBuild(): E2eBuild {
  const root = process.env[E2E_BUILD_ENV];
  if (!root || !fs.existsSync(root)) {
    throw new Error(
      `${E2E_BUILD_ENV} is not set: run the e2e tests through jest.config.js (its e2e project builds the pane first)`,
    );
  }
  return layout(root);
}
