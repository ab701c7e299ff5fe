/**
 * What a text formula may show, so its row is tall enough on paper before anyone types a
 * figure: the counterpart verdict ("Đạt", or "Chưa đạt, còn thiếu … triệu đồng" with a
 * six-digit amount, more than any commune or district plan lacks) and, for a lookup, any
 * text of the column it looks up (the longest group name on "Thông tin chung").
 */
import { toA1, type CellAddress } from "../../address/cell-address";
import {
  COUNTERPART_PASSED,
  COUNTERPART_SHORT_PREFIX,
  COUNTERPART_SHORT_SUFFIX,
  missingAmountDecimals,
} from "../../counterpart";
import type { PlannedCell } from "../../sheet-plan";
import type { FormulaSpec, RowsColumn } from "../template-spec";
import { selectRows, type FormulaEnv } from "./formulas";
import type { ShownTexts } from "./row-heights";

export interface ShownText {
  readonly texts: readonly string[];
  /** Cells whose texts the formula may show. */
  readonly cells: readonly CellAddress[];
}

const LARGE_SHORTFALL = "999.999";

function shortfallSample(env: FormulaEnv): string {
  const decimals = missingAmountDecimals(env.rule);
  const amount = decimals > 0 ? `${LARGE_SHORTFALL},${"9".repeat(decimals)}` : LARGE_SHORTFALL;
  return `${COUNTERPART_SHORT_PREFIX}${amount}${COUNTERPART_SHORT_SUFFIX}`;
}

function lookedUp(values: RowsColumn, env: FormulaEnv): CellAddress[] {
  const col = env.layout.colByKey.get(values.col);
  if (col === undefined) return [];
  return selectRows(values.rows, env).map((row) => ({ row: row.row, col }));
}

/** Null for formulas that show numbers. */
export function formulaShows(formula: FormulaSpec, env: FormulaEnv): ShownText | null {
  switch (formula.op) {
    case "counterpart-status":
      return { texts: [COUNTERPART_PASSED, shortfallSample(env)], cells: [] };
    case "lookup":
    case "override-or-lookup":
      return { texts: [], cells: lookedUp(formula.values, env) };
    default:
      return null;
  }
}

/** The texts each formula cell may show, by A1 address, with looked-up cells read from `cells`. */
export function shownTexts(
  formulas: readonly { readonly address: CellAddress; readonly shows: ShownText }[],
  cells: readonly PlannedCell[],
): ShownTexts {
  const textAt = new Map(
    cells.flatMap((c) => (typeof c.value === "string" ? [[toA1(c.address), c.value] as const] : [])),
  );
  return new Map(
    formulas.map(({ address, shows }) => [
      toA1(address),
      [...shows.texts, ...shows.cells.flatMap((c) => textAt.get(toA1(c)) ?? [])],
    ]),
  );
}
