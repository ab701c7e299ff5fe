/** I. MỤC ĐÍCH, YÊU CẦU: the standing purposes and requirements, one "- " line each. */
import { heading1, heading2, item } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Block } from "../document";

export function purposeBlocks(ctx: NarrativeContext): Block[] {
  return [
    heading1("I. MỤC ĐÍCH, YÊU CẦU"),
    heading2("1. Mục đích"),
    ...ctx.lines(ctx.text.purposes).map((line) => item(line)),
    heading2("2. Yêu cầu"),
    ...ctx.lines(ctx.text.requirements).map((line) => item(line)),
  ];
}
