/**
 * Cells showing #REF!, #DIV/0!, #VALUE!, #NAME?, #N/A… An error spreads to every total
 * above it, so the rule finds where each one starts (a constant error, a formula with a
 * broken reference, or a formula whose inputs hold no error) and reports that cell; the
 * cells it spreads to get one "depends on an error" note, at the total they end in.
 */
import type { ErrorValue } from "../../workbook";
import { isErrorCell, keyToAddress } from "../../workbook";
import { visitNodes } from "../../formula/walk";
import { CellIndex } from "../cell-index";
import { resolvedReferences } from "../formula-references";
import type { Issue } from "../issue";
import { cellIssue, cellLabel, type CellRef } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "error-value",
  kind: "formula",
  severity: "error",
  description: {
    vi: "Ô báo lỗi (#REF!, #DIV/0!, #VALUE!, #NAME?, #N/A…): chỉ ra ô gây lỗi, không báo lại từng ô tổng bị lỗi theo.",
    en: "Cells showing an error (#REF!, #DIV/0!, #VALUE!, #NAME?, #N/A…): points at the cell where it starts, not at every total it spreads to.",
  },
  messages: {
    "error-value/ref": {
      vi: "Ô {cell} báo lỗi #REF!: công thức trỏ tới ô hoặc trang tính đã bị xóa. Cần sửa lại tham chiếu trong công thức.",
      en: "Cell {cell} shows #REF!: its formula points at a cell or sheet that was deleted. Correct the reference.",
    },
    "error-value/div0": {
      vi: "Ô {cell} báo lỗi #DIV/0!: phép chia cho 0 hoặc cho một ô trống.",
      en: "Cell {cell} shows #DIV/0!: a division by zero or by an empty cell.",
    },
    "error-value/value": {
      vi: "Ô {cell} báo lỗi #VALUE!: phép tính gặp chữ hoặc một giá trị không phải số.",
      en: "Cell {cell} shows #VALUE!: the calculation met text or another value that is not a number.",
    },
    "error-value/name": {
      vi: "Ô {cell} báo lỗi #NAME?: công thức dùng tên hàm hoặc tên vùng mà Excel không nhận ra.",
      en: "Cell {cell} shows #NAME?: the formula uses a function or range name Excel does not know.",
    },
    "error-value/na": {
      vi: "Ô {cell} báo lỗi #N/A: hàm tra cứu không tìm thấy giá trị cần tìm.",
      en: "Cell {cell} shows #N/A: a lookup did not find the value it looks for.",
    },
    "error-value/other": {
      vi: "Ô {cell} báo lỗi {error}.",
      en: "Cell {cell} shows the error {error}.",
    },
    "error-value/circular": {
      vi: "Ô {cell} nằm trong một vòng tham chiếu (công thức dẫn ngược về chính nó) nên không tính được.",
      en: "Cell {cell} is part of a circular reference (its formula leads back to itself), so it cannot be calculated.",
    },
    "error-value/depends": {
      vi: "Ô {cell} báo lỗi {error} vì lấy số từ ô {source} đang bị lỗi ({count} ô bị ảnh hưởng). Sửa ô {source} thì các ô này hết lỗi.",
      en: "Cell {cell} shows {error} because it takes numbers from {source}, which has an error ({count} cells affected). Fixing {source} clears them.",
    },
  },
};

const SOURCE_MESSAGES: Partial<Record<ErrorValue, string>> = {
  "#REF!": "error-value/ref",
  "#DIV/0!": "error-value/div0",
  "#VALUE!": "error-value/value",
  "#NAME?": "error-value/name",
  "#N/A": "error-value/na",
};

interface ErrorCellAt extends CellRef {
  readonly error: ErrorValue;
  /** Error cells this one reads (indexes into the list). */
  readonly precedents: number[];
  /** Error cells that read this one. */
  readonly dependents: number[];
  /** Its formula holds an error of its own (a deleted reference written as #REF!). */
  readonly broken: boolean;
  readonly constant: boolean;
}

const refKey = (sheet: string, row: number, col: number) => `${sheet.toUpperCase()}|${row}|${col}`;

function collectErrors(ctx: RuleContext): ErrorCellAt[] {
  const found: ErrorCellAt[] = [];
  for (const sheet of ctx.grid.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (!isErrorCell(cell.value)) continue;
      const { row, col } = keyToAddress(key);
      const expr = cell.formula === null ? null : ctx.formula(sheet.name, row, col);
      let broken = cell.formula !== null && expr === null;
      if (expr) visitNodes(expr, (node) => (broken ||= node.type === "error"));
      const base = { sheet: sheet.name, row, col, error: cell.value.error };
      found.push({ ...base, precedents: [], dependents: [], broken, constant: cell.formula === null });
    }
  }
  return found;
}

function link(ctx: RuleContext, cells: ErrorCellAt[]): void {
  const index = new CellIndex();
  const ids = new Map<string, number>();
  cells.forEach((cell, i) => {
    index.add(cell.sheet, cell);
    ids.set(refKey(cell.sheet, cell.row, cell.col), i);
  });
  cells.forEach((cell, i) => {
    const expr = cell.constant || cell.broken ? null : ctx.formula(cell.sheet, cell.row, cell.col);
    if (!expr) return;
    const seen = new Set<number>();
    for (const ref of resolvedReferences(expr, cell.sheet, ctx.grid)) {
      for (const at of index.cellsIn(ref.sheet, ref.range)) {
        const id = ids.get(refKey(ref.sheet, at.row, at.col));
        if (id === undefined || id === i || seen.has(id)) continue;
        seen.add(id);
        cell.precedents.push(id);
        cells[id]?.dependents.push(i);
      }
    }
  });
}

function reach(cells: readonly ErrorCellAt[], from: number): number[] {
  const seen = new Set<number>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const next of cells[queue[i] ?? 0]?.dependents ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return queue.slice(1);
}

interface Origin {
  readonly id: number;
  readonly circular: boolean;
  /** Error cells it spreads to. */
  readonly reached: readonly number[];
}

/** Where errors start; an error only fed by a loop of errors starts at the loop's first cell. */
function origins(cells: readonly ErrorCellAt[]): Origin[] {
  const starts: Origin[] = [];
  const covered = new Set<number>();
  const start = (id: number, circular: boolean) => {
    const reached = reach(cells, id);
    starts.push({ id, circular, reached });
    covered.add(id);
    reached.forEach((d) => covered.add(d));
  };
  cells.forEach((cell, id) => {
    if (cell.constant || cell.broken || cell.precedents.length === 0) start(id, false);
  });
  cells.forEach((_, id) => {
    if (!covered.has(id)) start(onLoop(cells, id), true);
  });
  return starts;
}

/**
 * A cell on the loop that feeds `id`. Every error cell no origin reaches reads another
 * such cell, so walking up its inputs must come back to a cell already seen.
 */
function onLoop(cells: readonly ErrorCellAt[], id: number): number {
  const seen = new Set<number>();
  let at = id;
  while (!seen.has(at)) {
    seen.add(at);
    at = cells[at]?.precedents[0] ?? at;
  }
  return at;
}

function totalCells(ctx: RuleContext): Set<string> {
  const keys = new Set<string>();
  for (const table of ctx.recognition.tables) {
    for (const row of table.rows) {
      if (row.role !== "total") continue;
      for (const col of table.columns.values()) keys.add(refKey(table.sheet, row.row, col));
    }
  }
  return keys;
}

/** The one dependent to mention: a grand total the errors end in, else the last cell they reach. */
function representative(
  cells: readonly ErrorCellAt[],
  reached: readonly number[],
  totals: Set<string>,
): number {
  const score = (id: number) => {
    const cell = cells[id] as ErrorCellAt;
    const total = totals.has(refKey(cell.sheet, cell.row, cell.col)) ? 2 : 0;
    return total + (cell.dependents.length === 0 ? 1 : 0);
  };
  let best = reached[0] ?? 0;
  for (const id of reached) if (score(id) > score(best)) best = id;
  return best;
}

function sourceIssue(cell: ErrorCellAt, origin: Origin, inPlan: boolean): Issue {
  const messageId = origin.circular
    ? "error-value/circular"
    : (SOURCE_MESSAGES[cell.error] ?? "error-value/other");
  return cellIssue(meta, cell, messageId, { error: cell.error }, { severity: inPlan ? "error" : "warning" });
}

function check(ctx: RuleContext): Issue[] {
  const cells = collectErrors(ctx);
  if (cells.length === 0) return [];
  link(ctx, cells);
  const planSheets = new Set(ctx.recognition.tables.map((table) => table.sheet.toUpperCase()));
  const totals = totalCells(ctx);
  const issues: Issue[] = [];
  const notes = new Map<number, { sources: number[]; affected: Set<number> }>();
  for (const origin of origins(cells)) {
    const cell = cells[origin.id] as ErrorCellAt;
    const reached = origin.reached;
    const inPlan = [cell, ...reached.map((id) => cells[id] as ErrorCellAt)].some((c) =>
      planSheets.has(c.sheet.toUpperCase()),
    );
    issues.push(sourceIssue(cell, origin, inPlan));
    if (reached.length === 0) continue;
    const rep = representative(cells, reached, totals);
    const note = notes.get(rep) ?? { sources: [], affected: new Set<number>() };
    note.sources.push(origin.id);
    reached.forEach((id) => note.affected.add(id));
    notes.set(rep, note);
  }
  for (const [rep, note] of notes) {
    const cell = cells[rep] as ErrorCellAt;
    const source = note.sources.map((id) => cellLabel(cells[id] as ErrorCellAt, cell.sheet)).join(", ");
    const data = { error: cell.error, source, count: note.affected.size };
    issues.push(cellIssue(meta, cell, "error-value/depends", data, { severity: "info" }));
  }
  return issues;
}

export const errorValue: Rule = { meta, check };
