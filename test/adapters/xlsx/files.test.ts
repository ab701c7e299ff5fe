/**
 * Opening and saving workbook files from the command line: each way a file can be wrong
 * gets one line naming the file and the cause, saving round-trips, and a failed save
 * leaves nothing behind.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import {
  readWorkbookFile,
  WorkbookFileError,
  writeWorkbookFile,
  type WorkbookFileProblem,
} from "../../../src/adapters/xlsx/files";
import { writeSheetPlan } from "../../../src/adapters/xlsx/write-sheet-plan";
import { fundsPlan, PL01 } from "./test-plans";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "xlsx-files-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function failure(action: Promise<unknown>): Promise<WorkbookFileError> {
  const error: unknown = await action.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookFileError))
    throw new Error(`expected a WorkbookFileError, got ${String(error)}`);
  return error;
}

function expectOneLine(
  error: WorkbookFileError,
  problem: WorkbookFileProblem,
  file: string,
  says: string,
): void {
  expect(error.problem).toBe(problem);
  expect(error.file).toBe(file);
  expect(error.message).toContain(file);
  expect(error.message).toContain(says);
  expect(error.message).not.toMatch(/\n/);
}

async function savedWorkbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, fundsPlan());
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function fileWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = join(folder, name);
  await writeFile(file, bytes);
  return file;
}

/** The first sector of an OLE compound file, with an optional stream name in its directory. */
function oleFile(streamName: string | null): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  if (streamName) Buffer.from(streamName, "utf16le").copy(bytes, 1024);
  else Buffer.from("Workbook", "utf16le").copy(bytes, 1024);
  return bytes;
}

describe("readWorkbookFile", () => {
  test("reads a workbook we saved", async () => {
    const workbook = await readWorkbookFile(await fileWith("ke-hoach.xlsx", await savedWorkbookBytes()));
    expect(workbook.getWorksheet(PL01)?.getCell("C5").formula).toBe("SUM(D5:F5)");
  });

  test("a file that does not exist", async () => {
    const file = join(folder, "khong-co.xlsx");
    expectOneLine(await failure(readWorkbookFile(file)), "missing", file, "no such file");
  });

  test("a folder given instead of a file", async () => {
    expectOneLine(await failure(readWorkbookFile(folder)), "folder", folder, "is a folder");
  });

  test("a text file renamed .xlsx", async () => {
    const file = await fileWith("ghi-chu.xlsx", "Kế hoạch năm 2025\nTổng: 1.147 triệu đồng\n");
    expectOneLine(
      await failure(readWorkbookFile(file)),
      "not-a-workbook",
      file,
      "not an Excel workbook (.xlsx)",
    );
  });

  test("a Word document renamed .xlsx", async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("Kế hoạch")] }] }),
    );
    const file = await fileWith("ke-hoach.xlsx", docx);
    expectOneLine(await failure(readWorkbookFile(file)), "not-a-workbook", file, "not an Excel workbook");
  });

  test("an empty file", async () => {
    const file = await fileWith("rong.xlsx", "");
    expectOneLine(await failure(readWorkbookFile(file)), "empty", file, "empty");
  });

  test("a workbook cut off while copying", async () => {
    const bytes = await savedWorkbookBytes();
    const file = await fileWith("cat-do.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectOneLine(await failure(readWorkbookFile(file)), "truncated", file, "incomplete");
  });

  test("a workbook damaged in the middle", async () => {
    const bytes = await savedWorkbookBytes();
    bytes.fill(0x41, 200, bytes.length - 2000);
    const file = await fileWith("hong.xlsx", bytes);
    expectOneLine(await failure(readWorkbookFile(file)), "damaged", file, "the file is damaged");
  });

  test("an old .xls workbook, even renamed .xlsx, is named and the fix given", async () => {
    const file = await fileWith("ke-hoach-2023.xlsx", oleFile(null));
    expectOneLine(
      await failure(readWorkbookFile(file)),
      "legacy-xls",
      file,
      "save it as Excel Workbook (.xlsx)",
    );
  });

  test("an Excel 2003 XML spreadsheet", async () => {
    const xml =
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    const file = await fileWith("bao-cao.xls", xml);
    expectOneLine(await failure(readWorkbookFile(file)), "legacy-xls", file, "Excel 97-2003");
  });

  test("a workbook protected by a password to open", async () => {
    const file = await fileWith("mat-khau.xlsx", oleFile("EncryptedPackage"));
    expectOneLine(await failure(readWorkbookFile(file)), "encrypted", file, "password");
  });
});

describe("writeWorkbookFile", () => {
  function workbook(): ExcelJS.Workbook {
    const book = new ExcelJS.Workbook();
    writeSheetPlan(book, fundsPlan());
    return book;
  }

  test("saves, replaces an existing file, and leaves no temporary file", async () => {
    const file = await fileWith("ke-hoach.xlsx", "old content");
    await writeWorkbookFile(workbook(), file);
    expect((await readWorkbookFile(file)).worksheets.map((s) => s.name)).toEqual([PL01]);
    expect(await readdir(folder)).toEqual(["ke-hoach.xlsx"]);
  });

  test("a folder that does not exist", async () => {
    const file = join(folder, "khong-co", "ke-hoach.xlsx");
    expectOneLine(
      await failure(writeWorkbookFile(workbook(), file)),
      "not-writable",
      file,
      "the folder does not exist",
    );
  });

  test("a path through a file, as if it were a folder", async () => {
    const notAFolder = await fileWith("ghi-chu.txt", "x");
    const file = join(notAFolder, "ke-hoach.xlsx");
    expectOneLine(await failure(writeWorkbookFile(workbook(), file)), "not-writable", file, "not a folder");
  });

  test("a folder in the way of the file: nothing left behind, the folder untouched", async () => {
    const file = join(folder, "ke-hoach.xlsx");
    await mkdir(file);
    await writeFile(join(file, "giu-nguyen.txt"), "giữ nguyên");
    expectOneLine(await failure(writeWorkbookFile(workbook(), file)), "not-writable", file, "it is a folder");
    expect(await readdir(folder)).toEqual(["ke-hoach.xlsx"]);
    expect(await readFile(join(file, "giu-nguyen.txt"), "utf8")).toBe("giữ nguyên");
  });
});
