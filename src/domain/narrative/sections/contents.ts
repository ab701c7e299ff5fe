/**
 * III. NỘI DUNG: one numbered section per Dự án with funds or targets, its Tiểu dự án
 * numbered under it ("2.1."), each with a) to e). Official names come from the program's
 * catalog, so a name retyped in the sheet never reaches the plan.
 */
import { body, heading1, heading2, heading3 } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Block } from "../document";
import { projectSection } from "./project-section";
import { shownProjects, type ShownProject } from "./shown-items";

function projectBlocks(ctx: NarrativeContext, shown: ShownProject): Block[] {
  const heading = heading2(`${shown.number}. ${shown.project.name}`);
  if (shown.children.length === 0)
    return [heading, ...projectSection(ctx, { item: shown.project, number: shown.number })];
  return [
    heading,
    ...shown.children.flatMap((child) => [
      heading3(`${child.number}. ${child.item.name}`),
      ...projectSection(ctx, child),
    ]),
  ];
}

export function contentBlocks(ctx: NarrativeContext): Block[] {
  const projects = shownProjects(ctx);
  const none = body(
    `Năm ${ctx.year}, Phụ lục 01 chưa bố trí kinh phí và Biểu số 03 chưa đặt chỉ tiêu cho dự án, tiểu dự án nào.`,
  );
  return [
    heading1("III. NỘI DUNG"),
    ...(projects.length === 0 ? [none] : projects.flatMap((p) => projectBlocks(ctx, p))),
  ];
}
