/**
 * The formulas fixes write, in the style our own templates use (SUM over a range when the
 * cells are consecutive, else over a list; year-end counts as D6-D9+D10+D11), so a fixed
 * sheet reads like one we generated.
 */
import { columnLetters, toA1 } from "../address/cell-address";
import { sumOf } from "../templates/render/formulas";
import type { ExpectedFormula, Term } from "./table-cells";

function linear(terms: readonly Term[]): string {
  return terms.map((t, i) => `${t.sign < 0 ? "-" : i > 0 ? "+" : ""}${toA1(t.cell)}`).join("");
}

/** "=SUM(E13:E15)", "=SUM(D8,G8,J8)", "=D6-D9+D10+D11". */
export function expectedFormulaText(expected: ExpectedFormula): string {
  return `=${expected.kind === "year-end" ? linear(expected.terms) : sumOf(expected.cells)}`;
}

/** "D, G, J": the columns an identity adds up. */
export function columnsText(expected: ExpectedFormula): string {
  const cells = expected.kind === "year-end" ? expected.terms.map((t) => t.cell) : expected.cells;
  return cells.map((cell) => columnLetters(cell.col)).join(", ");
}
