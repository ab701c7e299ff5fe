/**
 * Every program file passes schema.json and the semantic checks, and a broken copy is
 * refused with a message that names the file and the problem. The pane bundles the same
 * files the command line reads, and the registry picks the program covering a plan year.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  checkProgramData,
  loadProgramFile,
  loadProgramRegistry,
  loadPrograms,
  packageRoot,
  programDataDir,
} from "../../src/adapters/node/load-programs";
import { validateProgram } from "../../src/domain/programs/validate-program";
import type { ProgramFile } from "../../src/domain/programs/types";

const GIAM_NGHEO_FILE = path.join(programDataDir(), "giam-ngheo-2021-2025.json");

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type Draft = Mutable<ProgramFile>;

/** A fresh, mutable copy of the 2021-2025 file, to break one thing at a time. */
function giamNgheoCopy(): Draft {
  return JSON.parse(readFileSync(GIAM_NGHEO_FILE, "utf8")) as Draft;
}

function at<T>(list: readonly T[], i: number): T {
  const found = list[i];
  if (found === undefined) throw new Error(`no element ${i}`);
  return found;
}

function refusal(data: unknown): string {
  try {
    checkProgramData(data, "broken.json");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("the broken copy was accepted");
}

describe("the program files", () => {
  it("are found from the package root and all load", () => {
    expect(packageRoot()).toBe(path.resolve(__dirname, "../.."));
    expect(loadPrograms().map((p) => p.id)).toEqual([
      "giam-ngheo-2021-2025",
      "nong-thon-moi-giam-ngheo-dtts-2026-2035",
    ]);
  });

  it.each(loadPrograms().map((p) => [p.id, p]))("%s has no semantic problem", (_id, program) => {
    expect(validateProgram(program)).toEqual([]);
  });
});

describe("a broken program file is refused, naming the problem", () => {
  it.each<[string, (p: Draft) => void, RegExp]>([
    [
      "an unknown property",
      (p) => Object.assign(at(p.catalog, 0), { colour: "red" }),
      /\/catalog\/0 .*additional properties.*"colour"/,
    ],
    [
      "a capital type outside DTPT/SN",
      (p) => Object.assign(at(p.catalog, 3), { capital: ["XDCB"] }),
      /\/catalog\/3\/capital\/0/,
    ],
    [
      "a ratio of 150%",
      (p) => (at(p.counterpart.groups, 0).minRatio = 1.5),
      /\/counterpart\/groups\/0\/minRatio/,
    ],
    [
      "a missing name",
      (p) => Reflect.deleteProperty(at(p.catalog, 2), "name"),
      /\/catalog\/2 must have required property 'name'/,
    ],
    [
      "a repeated code",
      (p) => (at(p.catalog, 4).code = "DA2"),
      /catalog\[4\]\.code: code "DA2" is used twice/,
    ],
    [
      "a repeated number",
      (p) => (at(p.catalog, 4).number = "2"),
      /catalog\[4\]\.number: number "2" is used twice/,
    ],
    [
      "a parent that does not exist",
      (p) => (at(p.catalog, 1).parent = "DA9"),
      /catalog\[1\]\.parent: DA1\.1 names parent "DA9"/,
    ],
    [
      "a parent that is a sub-project",
      (p) => (at(p.catalog, 2).parent = "DA1.1"),
      /DA1\.2 names parent DA1\.1, which is itself a sub-project/,
    ],
    [
      "a number outside its parent's",
      (p) => (at(p.catalog, 5).number = "4.9"),
      /DA3\.1 is numbered "4\.9", not under its parent's "3"/,
    ],
    [
      "a citation of an undeclared document",
      (p) => (at(p.catalog, 3).citations.qd99 = "Điều 1"),
      /DA2 cites "qd99"/,
    ],
    [
      "a default group that does not exist",
      (p) => (p.defaultGroup = "tren-90"),
      /defaultGroup: default group "tren-90"/,
    ],
    [
      "two items with the same name",
      (p) => at(p.catalog, 4).variants.push("Dự án 2: Đa dạng hoá sinh kế, phát triển mô hình giảm nghèo"),
      /DA3 reads the same as DA2/,
    ],
    [
      "a rule citing an undeclared document",
      (p) => (p.counterpart.source = "qd03"),
      /counterpart rule cites "qd03"/,
    ],
  ])("%s", (_what, breakIt, message) => {
    const copy = giamNgheoCopy();
    breakIt(copy);
    const text = refusal(copy);
    expect(text).toContain("broken.json");
    expect(text).toMatch(message);
  });

  it("reports a file that is not JSON by its path", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "programs-")), "half.json");
    writeFileSync(file, '{ "id": "half"');
    expect(() => loadProgramFile(file)).toThrow(file);
  });

  it("stops loading the folder at the broken file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "programs-"));
    const copy = giamNgheoCopy();
    copy.defaultGroup = "khong-co";
    writeFileSync(path.join(dir, "a.json"), JSON.stringify(copy));
    expect(() => loadPrograms(dir)).toThrow(/a\.json is invalid:\n {2}- defaultGroup/);
  });
});

describe("the registry built from the program files", () => {
  const registry = loadProgramRegistry();

  it("gives 2025 plans the 2021-2025 program", () => {
    expect(registry.forYear(2025)?.id).toBe("giam-ngheo-2021-2025");
  });

  it("gives 2026 and 2027 plans the merged 2026-2035 program", () => {
    expect(registry.forYear(2026)?.id).toBe("nong-thon-moi-giam-ngheo-dtts-2026-2035");
    expect(registry.forYear(2027)?.id).toBe("nong-thon-moi-giam-ngheo-dtts-2026-2035");
  });

  it("has no program for a year no file covers", () => {
    expect(registry.forYear(2020)).toBeUndefined();
    expect(registry.forYear(2036)).toBeUndefined();
  });
});
