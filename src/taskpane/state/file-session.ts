/**
 * Browser mode's controller, free of React: open a file the user chose or dropped (read its
 * bytes, refuse what is not a workbook with a reason naming it), download the changed
 * workbook as a new file, and notice when the pane has changed the open workbook so that
 * opening another file can ask first. It never throws: failures come back as outcomes.
 */
import type { Workspace } from "../workspace/workspace";
import { OpenFileError, openWorkbookFile, type OpenProblem } from "../workspace/file-workspace";
import { downloadBytes, editedFileName, XLSX_MIME_TYPE, type Download } from "./download";
import { describeFailure } from "./failure";
import type { FailureCause, InsertFailure } from "./outcome";

/** What a file chosen or dropped gives: the name and, on request, the bytes. */
export interface ChosenFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type OpenFn = (name: string, bytes: ArrayBuffer) => Promise<Workspace>;

/** Why a file did not open: our own sentence for a known problem, else the error's own text. */
export interface OpenFailure {
  readonly fileName: string;
  readonly problem: OpenProblem | null;
  readonly cause: FailureCause;
}

export type OpenOutcome =
  | { readonly kind: "opened"; readonly workspace: Workspace }
  | { readonly kind: "failed"; readonly failure: OpenFailure };

export type SaveOutcome =
  | { readonly kind: "downloaded"; readonly fileName: string }
  | { readonly kind: "failed"; readonly failure: InsertFailure };

function openFailure(fileName: string, error: unknown): OpenFailure {
  if (error instanceof OpenFileError)
    return { fileName, problem: error.problem, cause: { text: error.message } };
  return { fileName, problem: null, cause: describeFailure(error).cause };
}

export async function openChosenFile(
  file: ChosenFile,
  open: OpenFn = openWorkbookFile,
): Promise<OpenOutcome> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    const detail = error instanceof Error ? error.message : null;
    return {
      kind: "failed",
      failure: openFailure(file.name, new OpenFileError("unreadable", file.name, detail)),
    };
  }
  try {
    return { kind: "opened", workspace: await open(file.name, bytes) };
  } catch (error) {
    return { kind: "failed", failure: openFailure(file.name, error) };
  }
}

/** Offers the workbook as it stands now as a new file, "<name> (đã sửa).xlsx". */
export async function downloadWorkbook(
  workspace: Workspace,
  download: Download = downloadBytes,
): Promise<SaveOutcome> {
  try {
    const bytes = await workspace.save();
    if (!bytes) throw new Error("Sổ làm việc này nằm trong Excel; hãy lưu bằng Excel.");
    const fileName = editedFileName(workspace.fileName ?? "");
    download(bytes, fileName, XLSX_MIME_TYPE);
    return { kind: "downloaded", fileName };
  } catch (error) {
    const failure = describeFailure(error);
    return { kind: "failed", failure: { ...failure, hint: failure.hint && "downloadFailureHint" } };
  }
}

/** The same workspace, calling `changed` after every write that may have changed the workbook. */
export function trackChanges(workspace: Workspace, changed: () => void): Workspace {
  const after =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await write(...args);
      changed();
      return result;
    };
  return {
    kind: workspace.kind,
    fileName: workspace.fileName,
    read: () => workspace.read(),
    insertSheets: after(workspace.insertSheets.bind(workspace)),
    removeSheets: after(workspace.removeSheets.bind(workspace)),
    applyFixes: after(workspace.applyFixes.bind(workspace)),
    undoBatch: after(workspace.undoBatch.bind(workspace)),
    select: (sheet, range) => workspace.select(sheet, range),
    save: () => workspace.save(),
  };
}
