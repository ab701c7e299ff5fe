/**
 * Our own sheets' readings turned into the narrative's input types: each TracedNumber
 * with a value and a cell becomes a Traced with its sheet; an empty or unreadable cell
 * becomes absent, so the sentence that needed it is left out rather than printing 0.
 */
import { COUNTERPART_PASSED, COUNTERPART_SHORT_PREFIX } from "../../counterpart";
import type {
  Assignments,
  FundsLine,
  FundsTable,
  HouseholdFigures,
  HouseholdTargets,
  IndicatorTargets,
  TracedNumber,
} from "../../own-sheets";
import { AMOUNT_COLUMNS, type AmountKey } from "../../own-sheets";
import type {
  AssignmentInput,
  FundAmounts,
  FundsInput,
  HouseholdLine,
  HouseholdsInput,
  IndicatorInput,
  Traced,
} from "../input";

export function traced(sheet: string, number: TracedNumber): Traced | undefined {
  if (number.value === null || number.cell === null) return undefined;
  return { value: number.value, sources: [{ sheet, address: number.cell }] };
}

function amountsOf(sheet: string, line: FundsLine): FundAmounts {
  const amounts: Partial<Record<AmountKey, Traced>> = {};
  for (const key of Object.keys(AMOUNT_COLUMNS) as AmountKey[]) {
    const value = line.amounts[key];
    const cell = line.cells[key];
    const found = value === undefined || cell === undefined ? undefined : traced(sheet, { value, cell });
    if (found) amounts[key] = found;
  }
  return amounts;
}

function counterpartMet(status: string): boolean | null {
  if (status === COUNTERPART_PASSED) return true;
  return status.startsWith(COUNTERPART_SHORT_PREFIX) ? false : null;
}

export function fundsInput(table: FundsTable): FundsInput {
  return {
    rows: table.rows.map((row) => ({ code: row.code, amounts: amountsOf(table.sheet, row) })),
    total: table.total.row === null ? null : amountsOf(table.sheet, table.total),
    counterpartRatio: traced(table.sheet, table.counterpart.actual.nsdp) ?? null,
    counterpartMet: counterpartMet(table.counterpart.status.value),
  };
}

function householdLine(sheet: string, figures: HouseholdFigures): HouseholdLine {
  const pick = (key: keyof HouseholdFigures) => traced(sheet, figures[key]);
  const line: Partial<Record<keyof HouseholdLine, Traced>> = {
    start: pick("start"),
    startRate: pick("startRate"),
    exits: pick("exits"),
    end: pick("end"),
    endRate: pick("endRate"),
    reduction: pick("reduction"),
  };
  return Object.fromEntries(Object.entries(line).filter(([, value]) => value !== undefined));
}

export function householdsInput(targets: HouseholdTargets): HouseholdsInput {
  return {
    poor: householdLine(targets.sheet, targets.poor),
    nearPoor: householdLine(targets.sheet, targets.nearPoor),
  };
}

export function indicatorsInput(targets: IndicatorTargets): IndicatorInput[] {
  return targets.indicators.map((indicator) => ({
    id: indicator.id,
    dimension: indicator.dimension,
    text: indicator.text.value,
    unit: indicator.unit.value,
    plan: traced(targets.sheet, indicator.plan) ?? null,
  }));
}

/** Leads from "Phân công", else from Phụ lục 01's "Đơn vị chủ trì" column. */
export function assignmentsInput(
  assignments: Assignments | null,
  funds: FundsTable | null,
): AssignmentInput[] {
  const fundsLead = new Map(funds?.rows.map((row) => [row.code, row.lead.value]) ?? []);
  const rows = assignments?.rows ?? [];
  const fromSheet = rows.map((row) => ({
    code: row.code,
    lead: row.lead.value || (fundsLead.get(row.code) ?? ""),
    partners: row.partners.value,
  }));
  const listed = new Set(rows.map((row) => row.code));
  const onlyInFunds = [...fundsLead]
    .filter(([code, lead]) => !listed.has(code) && lead !== "")
    .map(([code, lead]) => ({ code, lead, partners: "" }));
  return [...fromSheet, ...onlyInFunds];
}
