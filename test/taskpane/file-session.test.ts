/**
 * Browser mode's controller without React: a chosen file opens as a workspace or comes back
 * with the reason it did not (unreadable, not a workbook), the changed workbook is offered as
 * a new file "… (đã sửa).xlsx" and never under the original's name, writes are noticed so
 * opening another file can ask first, and the download hands the bytes to the browser only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { downloadBytes, editedFileName, XLSX_MIME_TYPE } from "../../src/taskpane/state/download";
import {
  downloadWorkbook,
  openChosenFile,
  trackChanges,
  type ChosenFile,
} from "../../src/taskpane/state/file-session";
import type { Workspace } from "../../src/taskpane/workspace/workspace";

const EXAMPLE = join(__dirname, "..", "..", "examples", "ke-hoach-2025-xa-ba-dinh.xlsx");

function chosen(name: string, bytes: Uint8Array | Error): ChosenFile {
  return {
    name,
    arrayBuffer: () =>
      bytes instanceof Error ? Promise.reject(bytes) : Promise.resolve(bytes.slice().buffer),
  };
}

/** A workspace that records what was called and saves fixed bytes. */
function stubWorkspace(fileName: string | null, saved: Uint8Array | null = Uint8Array.of(1, 2, 3)) {
  const calls: string[] = [];
  const batch = { applied: [], refused: [], undo: [], after: [], reprotectedSheets: [] };
  const workspace: Workspace = {
    kind: "file",
    fileName,
    read: () => (calls.push("read"), Promise.resolve({ source: "x", sheets: [], names: [] })),
    insertSheets: () => (calls.push("insert"), Promise.resolve(["Phụ lục 01"])),
    removeSheets: () => (calls.push("remove"), Promise.resolve()),
    applyFixes: () => (calls.push("fix"), Promise.resolve(batch)),
    undoBatch: () => (calls.push("undo"), Promise.resolve(batch)),
    select: () => (calls.push("select"), Promise.resolve(false)),
    save: () => (calls.push("save"), Promise.resolve(saved)),
  };
  return { workspace, calls };
}

describe("openChosenFile", () => {
  it("opens the example plan as a file workspace", async () => {
    const outcome = await openChosenFile(chosen("ke-hoach.xlsx", readFileSync(EXAMPLE)));
    expect(outcome.kind === "opened" && [outcome.workspace.kind, outcome.workspace.fileName]).toEqual([
      "file",
      "ke-hoach.xlsx",
    ]);
  });

  it("says the browser could not read the file, naming it", async () => {
    const outcome = await openChosenFile(chosen("ke-hoach.xlsx", new Error("NotReadableError")));
    expect(outcome).toEqual({
      kind: "failed",
      failure: {
        fileName: "ke-hoach.xlsx",
        problem: "unreadable",
        cause: { text: expect.stringContaining("Trình duyệt không đọc được tệp “ke-hoach.xlsx”") as string },
      },
    });
  });

  it("says an old .xls must be saved as .xlsx first", async () => {
    const outcome = await openChosenFile(
      chosen("ke-hoach.xls", Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)),
    );
    expect(outcome.kind === "failed" && outcome.failure.problem).toBe("legacy-xls");
  });

  it("keeps an unexpected error's own words, without its stack", async () => {
    const open = () => Promise.reject(new Error("Out of memory.\n    at load (exceljs.js:1:1)"));
    const outcome = await openChosenFile(chosen("lon.xlsx", Uint8Array.of(1)), open);
    expect(outcome).toEqual({
      kind: "failed",
      failure: { fileName: "lon.xlsx", problem: null, cause: { text: "Out of memory." } },
    });
  });
});

describe("downloadWorkbook", () => {
  it("offers the workbook as a new .xlsx named after the original, marked as changed", async () => {
    const { workspace } = stubWorkspace("ke-hoach-2025.xlsx");
    const offered: unknown[] = [];

    const outcome = await downloadWorkbook(workspace, (...args) => offered.push(args));

    expect(outcome).toEqual({ kind: "downloaded", fileName: "ke-hoach-2025 (đã sửa).xlsx" });
    expect(offered).toEqual([[Uint8Array.of(1, 2, 3), "ke-hoach-2025 (đã sửa).xlsx", XLSX_MIME_TYPE]]);
  });

  it("says what went wrong and what to try when the file cannot be made", async () => {
    const { workspace } = stubWorkspace("a.xlsx");
    const failing: Workspace = { ...workspace, save: () => Promise.reject(new Error("Hết bộ nhớ.")) };

    expect(await downloadWorkbook(failing, () => undefined)).toEqual({
      kind: "failed",
      failure: { cause: { text: "Hết bộ nhớ." }, hint: "downloadFailureHint" },
    });
  });
});

describe("editedFileName", () => {
  it.each([
    ["ke-hoach-2025.xlsx", "ke-hoach-2025 (đã sửa).xlsx"],
    ["Kế hoạch.XLSX", "Kế hoạch (đã sửa).xlsx"],
    ["ke-hoach (đã sửa).xlsx", "ke-hoach (đã sửa).xlsx"],
    ["", "Sổ làm việc (đã sửa).xlsx"],
  ])("%s -> %s", (original, edited) => {
    expect(editedFileName(original)).toBe(edited);
  });
});

describe("trackChanges", () => {
  it("notices every write, never a read, a selection or a save", async () => {
    const { workspace, calls } = stubWorkspace("a.xlsx");
    let changes = 0;
    const tracked = trackChanges(workspace, () => (changes += 1));

    await tracked.read();
    await tracked.select("A", "B2");
    await tracked.save();
    expect(changes).toBe(0);
    await tracked.insertSheets(() => []);
    await tracked.applyFixes([]);
    await tracked.undoBatch({ applied: [], refused: [], undo: [], after: [], reprotectedSheets: [] });
    await tracked.removeSheets(["Phụ lục 01"]);

    expect(changes).toBe(4);
    expect(calls).toEqual(["read", "select", "save", "insert", "fix", "undo", "remove"]);
    expect([tracked.kind, tracked.fileName]).toEqual(["file", "a.xlsx"]);
  });
});

describe("downloadBytes", () => {
  type Globals = { document?: unknown; URL: typeof URL };
  const globals = globalThis as unknown as Globals;
  const realUrl = globals.URL;

  afterEach(() => {
    delete globals.document;
    globals.URL = realUrl;
    jest.useRealTimers();
  });

  it("clicks a temporary download link to an object URL, removes it, and frees the URL later", () => {
    jest.useFakeTimers();
    const link = { href: "", download: "", style: { display: "" }, click: jest.fn(), remove: jest.fn() };
    const appended: unknown[] = [];
    globals.document = { createElement: () => link, body: { appendChild: (n: unknown) => appended.push(n) } };
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    globals.URL = Object.assign(Object.create(realUrl) as typeof URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:ke-hoach"),
      revokeObjectURL: (url: string) => revoked.push(url),
    });

    downloadBytes(Uint8Array.of(80, 75), "ke-hoach (đã sửa).xlsx", XLSX_MIME_TYPE);

    expect([link.href, link.download]).toEqual(["blob:ke-hoach", "ke-hoach (đã sửa).xlsx"]);
    expect([appended, link.click.mock.calls.length, link.remove.mock.calls.length]).toEqual([[link], 1, 1]);
    expect([blobs[0]?.type, blobs[0]?.size]).toEqual([XLSX_MIME_TYPE, 2]);
    expect(revoked).toEqual([]);
    jest.runAllTimers();
    expect(revoked).toEqual(["blob:ke-hoach"]);
  });
});
