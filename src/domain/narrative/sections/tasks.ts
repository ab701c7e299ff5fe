/** V. NHIỆM VỤ, GIẢI PHÁP: the standing tasks, numbered as the seeds number them. */
import { body, heading1 } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Block } from "../document";

export function taskBlocks(ctx: NarrativeContext): Block[] {
  return [
    heading1("V. NHIỆM VỤ, GIẢI PHÁP"),
    ...ctx.lines(ctx.text.tasks).map((line, i) => body(`${i + 1}. ${line}`)),
  ];
}
