/**
 * Which Dự án and Tiểu dự án the plan writes a section for: those with funds in Phụ lục 01
 * or a target in Biểu 03 that belongs to them, in catalog order. A Dự án is shown through
 * its Tiểu dự án; one without any (Dự án 2) or funded only on its own row stands alone.
 * III numbers the sections and VI names the projects each office leads from this list.
 */
import { childrenOf } from "../../programs/registry";
import type { CatalogItem } from "../../programs/types";
import type { NarrativeContext } from "../context";
import { isPositive } from "../figures";
import type { FundAmounts } from "../input";
import { totalOf } from "../money";
import { isPlanned, type Planned } from "./indicator-targets";

export interface ShownItem {
  readonly item: CatalogItem;
  /** The Dự án a Tiểu dự án belongs to. */
  readonly parent?: CatalogItem;
  /** "2.1" for a Tiểu dự án, "2" for a Dự án standing alone. */
  readonly number: string;
}

export interface ShownProject {
  readonly project: CatalogItem;
  readonly number: string;
  /** Empty when the Dự án stands alone. */
  readonly children: readonly ShownItem[];
}

export function fundsOf(ctx: NarrativeContext, code: string): FundAmounts | undefined {
  return ctx.input.funds?.rows.find((row) => row.code === code)?.amounts;
}

export function targetsOf(ctx: NarrativeContext, code: string): Planned[] {
  const owner = ctx.text.indicatorProjects;
  return ctx.input.indicators.filter(isPlanned).filter((i) => owner[i.id] === code);
}

function qualifies(ctx: NarrativeContext, code: string): boolean {
  const funds = fundsOf(ctx, code);
  return (funds !== undefined && isPositive(totalOf(funds))) || targetsOf(ctx, code).length > 0;
}

export function shownProjects(ctx: NarrativeContext): ShownProject[] {
  const program = ctx.input.program;
  const shown: ShownProject[] = [];
  for (const project of program.catalog.filter((item) => !item.parent)) {
    const number = String(shown.length + 1);
    const children = childrenOf(program, project.code).filter((child) => qualifies(ctx, child.code));
    if (children.length === 0 && !qualifies(ctx, project.code)) continue;
    shown.push({
      project,
      number,
      children: children.map((item, i) => ({ item, parent: project, number: `${number}.${i + 1}` })),
    });
  }
  return shown;
}

/** The items that get a), b) … e): the shown Tiểu dự án, or the Dự án standing alone. */
export function sectionItems(projects: readonly ShownProject[]): ShownItem[] {
  return projects.flatMap((p) =>
    p.children.length > 0 ? p.children : [{ item: p.project, number: p.number }],
  );
}
