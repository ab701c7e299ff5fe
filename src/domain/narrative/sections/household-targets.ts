/**
 * The poverty targets of Biểu 02 in words: "Phấn đấu giảm tỷ lệ hộ nghèo toàn xã từ 8,35%
 * xuống còn 5,57% theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 (giảm 2,78%); số hộ
 * nghèo từ 792 hộ xuống còn 528 hộ; trong năm có 280 hộ thoát nghèo." Each clause needs
 * its figures; a clause whose cells are empty is left out.
 */
import type { Part } from "../blocks";
import type { NarrativeContext } from "../context";
import { countFigure, isPositive, percentFigure } from "../figures";
import type { HouseholdLine } from "../input";

export interface HouseholdKind {
  /** "hộ nghèo" */
  readonly noun: string;
  /** "thoát nghèo" */
  readonly exit: string;
}

export const POOR: HouseholdKind = { noun: "hộ nghèo", exit: "thoát nghèo" };
export const NEAR_POOR: HouseholdKind = { noun: "hộ cận nghèo", exit: "thoát cận nghèo" };

function rateClause(
  line: HouseholdLine,
  kind: HouseholdKind,
  ctx: NarrativeContext,
  standard: string,
): Part[] {
  if (!line.endRate) return [];
  const from: Part[] = line.startRate ? [" từ ", percentFigure(line.startRate)] : [];
  const fall: Part[] = isPositive(line.reduction) ? [" (giảm ", percentFigure(line.reduction), ")"] : [];
  const aim = `Phấn đấu giảm tỷ lệ ${kind.noun} toàn ${ctx.level}`;
  return [aim, ...from, " xuống còn ", percentFigure(line.endRate), ` theo ${standard}`, ...fall];
}

function countClause(line: HouseholdLine, kind: HouseholdKind, opening: boolean): Part[] {
  if (!line.end) return [];
  const lead = opening ? `Phấn đấu giảm số ${kind.noun}` : `số ${kind.noun}`;
  const from: Part[] = line.start ? [" từ ", countFigure(line.start), " hộ xuống còn "] : [" còn "];
  return [lead, ...from, countFigure(line.end), " hộ"];
}

function exitClause(line: HouseholdLine, kind: HouseholdKind, opening: boolean): Part[] {
  if (!line.exits) return [];
  return [opening ? "Phấn đấu trong năm có " : "trong năm có ", countFigure(line.exits), ` hộ ${kind.exit}`];
}

/** The sentence for one kind of household, or null when Biểu 02 says nothing about it. */
export function householdSentence(
  line: HouseholdLine,
  kind: HouseholdKind,
  ctx: NarrativeContext,
  standard: string,
): Part[] | null {
  const clauses: Part[][] = [];
  const add = (clause: Part[]) => clause.length > 0 && clauses.push(clause);
  add(rateClause(line, kind, ctx, standard));
  add(countClause(line, kind, clauses.length === 0));
  add(exitClause(line, kind, clauses.length === 0));
  if (clauses.length === 0) return null;
  return [...clauses.flatMap((clause, i) => (i === 0 ? clause : ["; ", ...clause])), "."];
}
