/**
 * The program files bundled with the task pane: every JSON file in
 * src/domain/programs/data, found by webpack at build time, so adding a program year means
 * adding a file. Under jest (no webpack) this module is mapped to a loader that reads the
 * same folder from disk (test/support/programs-on-disk.ts); the build test checks that the
 * bundle holds every file.
 */
import type { ProgramFile } from "../domain/programs/types";

interface WebpackContext {
  keys(): string[];
  (id: string): unknown;
}

interface WebpackRequire {
  context(directory: string, subdirectories: boolean, pattern: RegExp): WebpackContext;
}

const files = (require as unknown as WebpackRequire).context("../domain/programs/data", false, /\.json$/);

export const programs: readonly ProgramFile[] = files
  .keys()
  .sort()
  .map((key) => files(key) as ProgramFile);
