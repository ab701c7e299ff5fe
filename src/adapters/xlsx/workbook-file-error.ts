/**
 * What can go wrong with a workbook file, as one typed error whose message is a single
 * line naming the file and saying what the user can do. `problem` lets the command line
 * choose its own wording or exit code.
 */

export type WorkbookFileProblem =
  | "missing"
  | "folder"
  | "unreadable"
  | "empty"
  | "legacy-xls"
  | "not-a-workbook"
  | "truncated"
  | "damaged"
  | "encrypted"
  | "not-writable";

export type ReadProblem = Exclude<WorkbookFileProblem, "not-writable">;

const READ_REASONS: Readonly<Record<ReadProblem, string>> = {
  missing: "no such file",
  folder: "it is a folder, not a file",
  unreadable: "permission denied",
  empty: "the file is empty (0 bytes)",
  "legacy-xls":
    "it is an old-format Excel 97-2003 file (.xls); open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)",
  "not-a-workbook": "it is not an Excel workbook (.xlsx)",
  truncated:
    "the file is incomplete, probably cut off while copying or downloading; copy it again from the original",
  damaged: "the file is damaged",
  encrypted:
    "it is protected by a password to open; remove the password in Excel (File > Info > Protect Workbook) and save it again",
};

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    readonly file: string,
    message: string,
    /** The operating system's error code (ENOENT, EACCES, …) behind a failed save, when known. */
    readonly systemCode: string | null = null,
  ) {
    super(oneLine(message));
    this.name = "WorkbookFileError";
  }
}

/** `detail` adds the underlying reason, e.g. the zip library's complaint about a damaged file. */
export function readError(problem: ReadProblem, file: string, detail?: string): WorkbookFileError {
  const reason = detail ? `${READ_REASONS[problem]} (${detail})` : READ_REASONS[problem];
  return new WorkbookFileError(problem, file, `Cannot open ${file}: ${reason}.`);
}

export function writeError(
  file: string,
  reason: string,
  systemCode: string | null = null,
): WorkbookFileError {
  return new WorkbookFileError("not-writable", file, `Cannot save ${file}: ${reason}.`, systemCode);
}
