/**
 * Odd input never breaks validation: workbooks full of broken formulas, errors, circular
 * references, references to missing sheets and other files, and recognitions that point
 * at sheets, rows and columns holding nothing, with children that loop or lie outside the
 * table. No registered rule may throw on any of them (a throw would show as an
 * "engine/rule-failed" note).
 */
import type { RecognisedRow, RecognisedTable } from "../../src/domain/detect/table";
import { validateWorkbook } from "../../src/domain/validation/engine";
import { RULE_FAILED } from "../../src/domain/validation/engine-messages";
import { RULES } from "../../src/domain/validation/registry";
import { B02_COLUMNS, B02_ROWS, PL01_COLUMNS } from "../../src/domain/templates/column-keys";
import { columnLetters } from "../../src/domain/address/cell-address";
import { workbookOf, type CellInput, type SheetsInput } from "./support/grid";
import { recognitionOf } from "./support/plan-sheets";
import { PROGRAMS } from "./support/rule-tester";

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHEETS = ["Phụ lục 01", "Biểu 02", "Sheet 3"];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function cellName(next: () => number): string {
  return `${columnLetters(1 + Math.floor(next() * 12))}${1 + Math.floor(next() * 20)}`;
}

function formula(next: () => number): string {
  const a = cellName(next);
  const b = cellName(next);
  return pick(next, [
    `=SUM(${a}:${b})`,
    `=${a}+${b}`,
    `=SUBTOTAL(9,${a}:${b})`,
    `=SUBTOTAL(109,${a},${b})`,
    `='Biểu 02'!${a}*2`,
    `='Không có'!${a}`,
    `=[1]Sheet1!${a}`,
    `='Phụ lục 01:Sheet 3'!${a}`,
    `=SUM(C:C)`,
    `=SUM(3:3)`,
    `=#REF!+${a}`,
    `=SUM(`,
    `=1/0`,
    `=${a}/${b}`,
    `=IF(${a}>0,${b},"")`,
    `=VLOOKUP(${a},A1:${b},2,FALSE)`,
    `=KHGN_PL01`,
    `=SUM(${a},${a},${a})`,
    `=-${a}`,
    `=${a}%`,
  ]);
}

function content(next: () => number): CellInput {
  const roll = next();
  if (roll < 0.35) return formula(next);
  return pick<CellInput>(next, [
    Math.round(next() * 1000),
    -Math.round(next() * 100),
    0,
    "1.147",
    "0,82%",
    "(1.001)",
    "1,147",
    "05",
    "Dự án 2",
    "",
    true,
    { error: "#REF!" },
    { error: "#N/A" },
    { f: "=A1", v: { error: "#VALUE!" } },
    { f: "=B2", v: 7 },
  ]);
}

function sheets(next: () => number): SheetsInput {
  const result: Record<string, Record<string, CellInput>> = {};
  for (const name of SHEETS.slice(0, 1 + Math.floor(next() * SHEETS.length))) {
    const cells: Record<string, CellInput> = {};
    for (let i = 0; i < 60; i++) cells[cellName(next)] = content(next);
    result[name] = cells;
  }
  return result;
}

function rows(next: () => number, keys: readonly string[]): RecognisedRow[] {
  return Array.from({ length: 8 }, (_, i) => ({
    row: 1 + Math.floor(next() * 25),
    key: next() < 0.8 ? pick(next, keys) : null,
    label: `Dòng ${i}`,
    role: pick(next, ["total", "project", "subproject", "item", "group", "other"] as const),
    childRows: Array.from({ length: Math.floor(next() * 4) }, () => 1 + Math.floor(next() * 30)),
    hidden: next() < 0.1,
  }));
}

function table(next: () => number): RecognisedTable {
  const kind = pick(next, ["phu-luc-01", "bieu-02", "bieu-03", "phan-cong"] as const);
  const columnKeys = [
    ...Object.values(PL01_COLUMNS),
    ...Object.values(B02_COLUMNS),
    ...Object.values(B02_ROWS),
  ];
  const columns = new Map(
    columnKeys.filter(() => next() < 0.5).map((key) => [key, 1 + Math.floor(next() * 14)]),
  );
  return {
    kind,
    sheet: pick(next, [...SHEETS, "Không có"]),
    own: next() < 0.5,
    headerRows: { first: 1, last: 2 },
    bodyRows: { first: 1 + Math.floor(next() * 6), last: 1 + Math.floor(next() * 30) },
    columns,
    rows: rows(next, [
      "TOTAL",
      "DA2",
      "DA3",
      "DA3.1",
      ...Object.values(B02_ROWS),
      ...Object.values(B02_COLUMNS),
    ]),
    unitFactor: pick(next, [1, 1e-3, 1e-6, 0]),
    unitText: null,
    transposed: next() < 0.3,
  };
}

function validateRandom(seed: number) {
  const next = random(seed + 1);
  const input = sheets(next);
  const tables = Array.from({ length: 1 + Math.floor(next() * 3) }, () => table(next));
  const notes = [
    { sheet: "Sheet 3", row: null, col: null, messageId: "detect.more-notes", data: { count: 3 } },
  ];
  return validateWorkbook(workbookOf(input), {
    programs: PROGRAMS,
    recognition: recognitionOf(input, tables, notes),
    rules: RULES,
  });
}

describe("validation on odd input", () => {
  test.each(Array.from({ length: 150 }, (_, seed) => [seed]))(
    "random workbook %i: no rule throws",
    (seed) => {
      const failures = validateRandom(seed).issues.filter((issue) => issue.messageId === RULE_FAILED);
      expect(failures.map((issue) => issue.data)).toEqual([]);
    },
  );

  test("the random workbooks reach the rules: at least seven rules find something", () => {
    const reporting = new Set(
      Array.from({ length: 150 }, (_, seed) =>
        validateRandom(seed).issues.map((issue) => issue.ruleId),
      ).flat(),
    );
    expect(reporting.size).toBeGreaterThanOrEqual(7);
  });
});
