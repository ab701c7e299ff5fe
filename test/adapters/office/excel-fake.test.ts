/**
 * The in-memory Excel behaves like Excel where our code could go wrong: properties need
 * load + sync, writes wait for sync, syncs are counted, every change is logged, and
 * Excel's errors (unloaded property, taken name, wrong array shape, protected sheet)
 * surface where Excel raises them.
 */
import { createFakeExcel } from "../../../src/adapters/memory/excel-fake";
import type { FakeExcelError } from "../../../src/adapters/memory/fake-errors";
import type { ExcelRange } from "../../../src/adapters/office/excel-api";

function codeOf(error: unknown): string {
  return (error as FakeExcelError).code;
}

function thrownCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return codeOf(error);
  }
  throw new Error("expected the action to throw");
}

/** Reads through a helper: reading before load + sync is what these tests are about. */
const valuesOf = (range: ExcelRange) => range.values;

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return codeOf(error);
  }
  throw new Error("expected the promise to reject");
}

const seeded = () =>
  createFakeExcel({ sheets: [{ name: "Dữ liệu", cells: { A1: 5, B1: "Tổng", C1: "=SUM(A1:A3)" } }] });

describe("load and sync", () => {
  it("refuses to read a property that was not loaded, like Excel's PropertyNotLoaded", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Dữ liệu").getRange("A1:C1");
      expect(() => valuesOf(range)).toThrow(/call the load method/);
      range.load("values");
      expect(thrownCode(() => valuesOf(range))).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[5, "Tổng", null]]);
    });
  });

  it("applies writes only at sync, in the order they were queued", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dữ liệu");
      sheet.getRange("A2").values = [[7]];
      const before = sheet.getRange("A2").load("values");
      sheet.getRange("A2").values = [[8]];
      expect(fake.sheet("Dữ liệu").cells.A2).toBeUndefined();
      await context.sync();
      expect(before.values).toEqual([[7]]);
      expect(fake.sheet("Dữ liệu").cells.A2?.value).toBe(8);
    });
  });

  it("reads formulas as text and their values as null until a result is set", async () => {
    const fake = seeded();
    const read = () =>
      fake.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem("Dữ liệu")
          .getRange("C1")
          .load(["values", "formulas"]);
        await context.sync();
        return { values: range.values, formulas: range.formulas };
      });
    expect(await read()).toEqual({ values: [[null]], formulas: [["=SUM(A1:A3)"]] });
    fake.setFormulaResult("Dữ liệu", "C1", 5);
    expect((await read()).values).toEqual([[5]]);
  });

  it("counts every sync, plus Excel.run's final one only when work is still queued", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
    await fake.run((context) => {
      context.workbook.worksheets.getItem("Dữ liệu").getRange("D1").values = [[1]];
      return Promise.resolve();
    });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheet("Dữ liệu").cells.D1?.value).toBe(1);
  });

  it("does not let a proxy be used after its run has finished", async () => {
    const fake = seeded();
    let kept: ExcelRange | undefined;
    await fake.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Dữ liệu").getRange("A1");
      await context.sync();
    });
    expect(thrownCode(() => kept?.load("values"))).toBe("InvalidObjectPath");
  });
});

describe("write log", () => {
  it("records every change with its sheet and address, and nothing for reads", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Mới");
      sheet.getRange("A1:B1").values = [[1, 2]];
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A1:B1").merge();
      context.workbook.worksheets.getItem("Dữ liệu").getRange("A1").load("values");
      await context.sync();
    });
    expect(fake.writeLog).toEqual([
      { op: "call", sheet: "Mới", address: null, method: "worksheets.add", args: ["Mới"] },
      { op: "set", sheet: "Mới", address: "A1:B1", property: "values", value: [[1, 2]] },
      { op: "set", sheet: "Mới", address: "A1:B1", property: "format/font/bold", value: true },
      { op: "call", sheet: "Mới", address: "A1:B1", method: "merge", args: [false] },
    ]);
  });
});

describe("Excel's errors", () => {
  it("refuses a sheet name already in use, whatever its case", async () => {
    const fake = seeded();
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.add("DỮ LIỆU");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
    expect(fake.sheetNames()).toEqual(["Dữ liệu"]);
  });

  it("refuses a defined name already in use, whatever its case", async () => {
    const fake = createFakeExcel({ names: [{ name: "KHGN_PL01", formula: "=Sheet1!$A$1" }] });
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.names.add("khgn_pl01", "=Sheet1!$B$2");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
  });

  it("rejects a 2-D array whose shape differs from the range, keeping earlier writes and dropping later ones", async () => {
    const fake = seeded();
    const code = await rejectionCode(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Dữ liệu");
        sheet.getRange("A5").values = [[1]];
        sheet.getRange("A6:B6").values = [[1, 2, 3]];
        sheet.getRange("A7").values = [[3]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    const cells = fake.sheet("Dữ liệu").cells;
    expect([cells.A5?.value, cells.A6, cells.A7]).toEqual([1, undefined, undefined]);
  });

  it("fails at sync on a missing sheet, and reports a null object for the OrNullObject variant", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const maybe = context.workbook.worksheets.getItemOrNullObject("Không có");
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
    });
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Không có").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("guards a protected sheet: locked cells and formats refuse changes, unlocked cells accept them", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dữ liệu");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.protection.protect();
      sheet.getRange("B2").values = [[42]];
      await context.sync();
    });
    expect(fake.sheet("Dữ liệu").cells.B2?.value).toBe(42);
    const onLockedCell = (change: (range: ExcelRange) => void) =>
      rejectionCode(
        fake.run(async (context) => {
          change(context.workbook.worksheets.getItem("Dữ liệu").getRange("A1"));
          await context.sync();
        }),
      );
    expect(await onLockedCell((r) => (r.values = [[1]]))).toBe("AccessDenied");
    expect(await onLockedCell((r) => (r.format.font.bold = true))).toBe("AccessDenied");
    const again = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Dữ liệu").protection.protect();
        await context.sync();
      }),
    );
    expect(again).toBe("InvalidOperation");
  });
});

describe("typed input", () => {
  it("reads entries like Excel reads typed text: numbers, apostrophe text, formulas", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1").values = [
        ["1.1", "'1.1", "- Lưu: VT", "10%", "Tổng"],
      ];
      await context.sync();
    });
    const cells = fake.sheet("Sheet1").cells;
    expect([cells.A1?.value, cells.B1?.value, cells.C1?.formula, cells.D1?.value, cells.E1?.value]).toEqual([
      1.1,
      "1.1",
      "=- Lưu: VT",
      0.1,
      "Tổng",
    ]);
  });

  it("leaves a cell alone for a null entry and clears it for an empty string", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Dữ liệu").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    const cells = fake.sheet("Dữ liệu").cells;
    expect([cells.A1?.value, cells.B1?.value]).toEqual([5, null]);
  });
});

describe("ranges", () => {
  it("answers null for a format the cells do not share, as Excel does", async () => {
    const fake = seeded();
    const bold = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dữ liệu");
      sheet.getRange("A1").format.font.bold = true;
      const one = sheet.getRange("A1").format.font.load("bold");
      const both = sheet.getRange("A1:B1").format.font.load("bold");
      await context.sync();
      return [one.bold, both.bold];
    });
    expect(bold).toEqual([true, null]);
  });

  it("keeps row heights in whole pixels, reads 15 pt for untouched rows and null where rows differ", async () => {
    const fake = seeded();
    const heights = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dữ liệu");
      sheet.getRange("2:3").format.rowHeight = 30.6;
      const reads = ["1:1", "2:3", "3:4"].map((rows) => sheet.getRange(rows).format.load("rowHeight"));
      await context.sync();
      return reads.map((format) => format.rowHeight);
    });
    expect(heights).toEqual([15, 30.75, null]);
    expect(fake.sheet("Dữ liệu").rowHeights).toEqual({ 2: 30.75, 3: 30.75 });
  });

  it("refuses a row height beyond Excel's 409 pt, and on a protected sheet unless rows may be formatted", async () => {
    const setHeight = (fake: ReturnType<typeof seeded>, height: number) =>
      rejectionCode(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Dữ liệu").getRange("1:1").format.rowHeight = height;
          await context.sync();
        }),
      );
    expect(await setHeight(seeded(), 410)).toBe("InvalidArgument");
    const guarded = seeded();
    await guarded.run(async (context) => {
      context.workbook.worksheets.getItem("Dữ liệu").protection.protect();
      await context.sync();
    });
    expect(await setHeight(guarded, 30)).toBe("AccessDenied");
    const resizable = seeded();
    await resizable.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dữ liệu");
      sheet.protection.protect({ allowFormatRows: true });
      sheet.getRange("1:1").format.rowHeight = 30;
      await context.sync();
    });
    expect(resizable.sheet("Dữ liệu").rowHeights).toEqual({ 1: 30 });
  });

  it("measures the used range and records the selection", async () => {
    const fake = seeded();
    const address = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dữ liệu");
      sheet.getRange("B4").values = [["x"]];
      const used = sheet.getUsedRange().load("address");
      sheet.getRange("C2").select();
      await context.sync();
      return used.address;
    });
    expect(address).toBe("'Dữ liệu'!A1:C4");
    expect(fake.selection()).toEqual({ sheet: "Dữ liệu", address: "C2" });
  });

  it("answers the requirement sets of the Excel version it pretends to be", () => {
    const old = createFakeExcel({ apiVersion: "1.8" });
    expect(old.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    expect(old.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(old.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });
});
