/**
 * What is wrong with a file's bytes before ExcelJS sees them (empty, cut off, old .xls,
 * password-protected, not a workbook at all), as the problem names WorkbookFileError uses.
 * Free of Node and of ExcelJS, so the command line and the pane's browser mode refuse the
 * same files the same way, the pane without loading ExcelJS first.
 */
import { fileKind, type FileKind } from "./file-signature";
import type { ReadProblem } from "./workbook-file-error";

/** The problems bytes alone can show; ExcelJS finds the rest ("damaged"). */
export type BytesProblem = Extract<
  ReadProblem,
  "empty" | "truncated" | "encrypted" | "legacy-xls" | "not-a-workbook"
>;

const KIND_PROBLEMS: Readonly<Record<Exclude<FileKind, "xlsx">, BytesProblem>> = {
  empty: "empty",
  "truncated-zip": "truncated",
  "ole-encrypted": "encrypted",
  "ole-legacy": "legacy-xls",
  "xml-2003": "legacy-xls",
  other: "not-a-workbook",
};

/** Null when the bytes look like an .xlsx (a whole zip); ExcelJS may still find it damaged. */
export function bytesProblem(bytes: Uint8Array): BytesProblem | null {
  const kind = fileKind(bytes);
  return kind === "xlsx" ? null : KIND_PROBLEMS[kind];
}
