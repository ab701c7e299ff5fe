/**
 * Sizes of the pane's production build, as a user's connection pays for them: the initial
 * JavaScript of taskpane.html (the entry's scripts, limit 250 KB gzipped) and the chunks loaded
 * only when a feature needs them (ExcelJS for browser mode, docx for the Word download). Read
 * from webpack's stats of the build, so a chunk that is missing (never split off) says so.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import type { PaneBuild } from "../../test/e2e/support/build";

export const INITIAL_JS_BUDGET_GZIP = 250 * 1024;

export interface SizeRow {
  readonly name: string;
  /** Null when the build has no such file. */
  readonly gzipBytes: number | null;
  readonly rawBytes: number | null;
  readonly note?: string;
}

/** The parts of webpack's JSON stats read here. */
interface Stats {
  readonly entrypoints: Record<string, { readonly assets: readonly { readonly name: string }[] }>;
  readonly chunks: readonly { readonly names: readonly string[]; readonly files: readonly string[] }[];
}

const LAZY_CHUNKS = [
  { chunk: "exceljs", purpose: "ExcelJS, fetched when a file is opened in browser mode" },
  { chunk: "docx", purpose: "docx, fetched when the narrative is downloaded as Word" },
];

function sizes(dist: string, files: readonly string[]): { gzipBytes: number; rawBytes: number } {
  const contents = files.map((file) => fs.readFileSync(path.join(dist, file)));
  return {
    gzipBytes: contents.reduce((sum, bytes) => sum + zlib.gzipSync(bytes).length, 0),
    rawBytes: contents.reduce((sum, bytes) => sum + bytes.length, 0),
  };
}

const isScript = (file: string) => file.endsWith(".js");

function initialRow(build: PaneBuild, stats: Stats): SizeRow {
  const entry = stats.entrypoints["taskpane"];
  if (!entry) throw new Error(`${build.stats} has no taskpane entry point`);
  const files = entry.assets.map((asset) => asset.name).filter(isScript);
  const measured = sizes(build.dist, files);
  const verdict = measured.gzipBytes <= INITIAL_JS_BUDGET_GZIP ? "within" : "OVER";
  return {
    name: `pane's initial JavaScript (${files.join(", ")})`,
    ...measured,
    note: `${verdict} the limit of ${kilobytes(INITIAL_JS_BUDGET_GZIP)} gzipped`,
  };
}

function lazyRow(build: PaneBuild, stats: Stats, chunk: string, purpose: string): SizeRow {
  const files = stats.chunks.filter((c) => c.names.includes(chunk)).flatMap((c) => c.files.filter(isScript));
  if (files.length === 0)
    return { name: `${chunk} chunk`, gzipBytes: null, rawBytes: null, note: "not in the build" };
  return { name: `${chunk} chunk (${files.join(", ")})`, ...sizes(build.dist, files), note: purpose };
}

export function benchBundle(build: PaneBuild): SizeRow[] {
  const stats = JSON.parse(fs.readFileSync(build.stats, "utf8")) as Stats;
  return [initialRow(build, stats), ...LAZY_CHUNKS.map((c) => lazyRow(build, stats, c.chunk, c.purpose))];
}

function kilobytes(bytes: number | null): string {
  return bytes === null ? "–" : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The rows as a Markdown table, like the timings of measure.ts. */
export function sizeTable(rows: readonly SizeRow[]): string {
  const lines = ["| what | gzipped | raw | note |", "|---|---:|---:|---|"];
  for (const r of rows)
    lines.push(`| ${r.name} | ${kilobytes(r.gzipBytes)} | ${kilobytes(r.rawBytes)} | ${r.note ?? ""} |`);
  return lines.join("\n");
}
