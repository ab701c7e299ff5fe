/**
 * Which Biểu 02 figure a row label or column header names. Order matters: "Mức giảm tỷ
 * lệ" is the reduction before it is a rate, "Tỷ lệ so với tổng số hộ" a rate before it is
 * the total, "Số hộ nghèo đầu năm" the start before it is a count of households; a bare
 * "Tỷ lệ" is the rate of the figure before it.
 */
import { B02_ROWS as R } from "../templates/column-keys";
import { bestTerm } from "./header-terms";
import {
  HOUSEHOLD_FIGURE_VOCABULARY as FIGURES,
  HOUSEHOLD_KIND_VOCABULARY,
  RATE_OF,
  RATE_PHRASES,
} from "./header-vocabulary";
import { hasPhrase } from "./text-key";

const COUNT_ORDER = [R.startEthnic, R.exits, R.returns, R.added, R.end, R.start, R.totalHouseholds] as const;

function phrasesOf(key: string): readonly string[] {
  return FIGURES[key] ?? [];
}

function isRate(key: string): boolean {
  return hasPhrase(key, RATE_PHRASES);
}

/** `previous` is the figure of the row (or column group) before, for a bare "Tỷ lệ". */
export function figureOf(key: string, previous: string | null): string | null {
  if (hasPhrase(key, phrasesOf(R.reduction))) return R.reduction;
  if (isRate(key)) {
    if (hasPhrase(key, phrasesOf(R.start))) return R.startRate;
    if (hasPhrase(key, phrasesOf(R.end))) return R.endRate;
    return previous === null ? null : (RATE_OF[previous] ?? null);
  }
  return COUNT_ORDER.find((figure) => hasPhrase(key, phrasesOf(figure))) ?? null;
}

/** Hộ nghèo or hộ cận nghèo, as a row label of a transposed Biểu 02. */
export function householdKindOf(key: string): string | null {
  return bestTerm(key, HOUSEHOLD_KIND_VOCABULARY)?.key ?? null;
}

/** Column headers that only say "number of households" and take their figure from the group above. */
const COUNT_WORDS = ["so ho", "=ho", "so luong", "=so", "so ho ngheo", "so ho can ngheo"];

export function isBareCount(key: string): boolean {
  return bestTerm(key, { count: COUNT_WORDS }) !== null && figureOf(key, null) === null;
}
