/**
 * VI. TỔ CHỨC THỰC HIỆN, per office: the standing office (the lead of the monitoring Dự án,
 * else the usual one for this kind of plan) with its duties, every other lead office with
 * the projects it leads (named "Tiểu dự án 1 - Dự án 3" as seed 004 does), the finance
 * office, the communes of a district, and the front. An office named twice gets one entry.
 */
import { normaliseLabel } from "../../programs/names";
import { designation, heading1, heading2, item } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Block } from "../document";
import { assignedTo } from "./project-section";
import { sectionItems, shownProjects, type ShownItem } from "./shown-items";

interface OfficeEntry {
  readonly office: string;
  readonly lines: string[];
}

class Offices {
  private readonly entries: OfficeEntry[] = [];

  add(office: string, lines: readonly string[]): void {
    if (office.trim() === "" || lines.length === 0) return;
    const key = normaliseLabel(office);
    const known = this.entries.find((e) => normaliseLabel(e.office) === key);
    if (known) known.lines.push(...lines);
    else this.entries.push({ office, lines: [...lines] });
  }

  blocks(): Block[] {
    return this.entries.flatMap((e, i) => [
      heading2(`${i + 1}. ${e.office}`),
      ...e.lines.map((line) => item(line)),
    ]);
  }
}

function label(shown: ShownItem): string {
  const own = designation(shown.item.name);
  return shown.parent ? `${own} - ${designation(shown.parent.name)}` : own;
}

/** Lead office -> the projects it leads, offices in the order they first lead one. */
function leads(ctx: NarrativeContext): Map<string, string[]> {
  const byOffice = new Map<string, string[]>();
  for (const shown of sectionItems(shownProjects(ctx))) {
    const office = assignedTo(ctx, shown, "lead");
    if (office === "") continue;
    const key = [...byOffice.keys()].find((k) => normaliseLabel(k) === normaliseLabel(office)) ?? office;
    byOffice.set(key, [...(byOffice.get(key) ?? []), label(shown)]);
  }
  return byOffice;
}

function leadLine(ctx: NarrativeContext, projects: readonly string[] | undefined): string[] {
  return projects ? [`${ctx.text.phrases.leadsProjects}${projects.join("; ")}.`] : [];
}

export function organisationBlocks(ctx: NarrativeContext): Block[] {
  const { roles, phrases } = ctx.text;
  const offices = new Offices();
  const byOffice = leads(ctx);
  const standing = ctx.standingOffice;
  const standingKey = [...byOffice.keys()].find((k) => normaliseLabel(k) === normaliseLabel(standing));
  offices.add(standing, [
    ...ctx.lines(roles.standing.duties),
    ...leadLine(ctx, standingKey ? byOffice.get(standingKey) : undefined),
  ]);
  for (const [office, projects] of byOffice) {
    if (office !== standingKey)
      offices.add(office, [...leadLine(ctx, projects), ctx.fill(phrases.reportsToStanding)]);
  }
  offices.add(ctx.office(roles.finance.office), ctx.lines(roles.finance.duties));
  offices.add(ctx.office(roles.localities.office), ctx.lines(roles.localities.duties));
  offices.add(ctx.office(roles.front.office), ctx.lines(roles.front.duties));
  return [heading1("VI. TỔ CHỨC THỰC HIỆN"), ...offices.blocks()];
}
