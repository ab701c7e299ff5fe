/**
 * Builds the plan narrative from a NarrativeInput, following the skeleton every seed shares
 * (domain.md §6): header, "KẾ HOẠCH" and subject, legal bases, I to VI, closing, recipients
 * and signature. When the input carries errors the plan still builds, opening with them.
 */
import { createContext, type NarrativeContext } from "./context";
import type { NarrativeDocument } from "./document";
import type { NarrativeInput } from "./input";
import { closingBlocks } from "./sections/closing";
import { contentBlocks } from "./sections/contents";
import { fundingBlocks } from "./sections/funding";
import { openingBlocks, warningBlocks } from "./sections/opening";
import { organisationBlocks } from "./sections/organisation";
import { purposeBlocks } from "./sections/purposes";
import { targetBlocks } from "./sections/targets";
import { taskBlocks } from "./sections/tasks";

export interface BuildOptions {
  /** The plan is written in Vietnamese; the option is there for the day it is not. */
  readonly lang?: "vi";
}

/** "Kế hoạch giảm nghèo năm 2025 – xã Ba Dinh". */
function documentTitle(ctx: NarrativeContext): string {
  return `${ctx.text.shortTitle} năm ${ctx.year} – ${ctx.unit}`;
}

export function buildNarrative(input: NarrativeInput, options: BuildOptions = {}): NarrativeDocument {
  const ctx = createContext(input, options.lang ?? "vi");
  return {
    title: documentTitle(ctx),
    blocks: [
      ...warningBlocks(input.errors),
      ...openingBlocks(ctx),
      ...purposeBlocks(ctx),
      ...targetBlocks(ctx),
      ...contentBlocks(ctx),
      ...fundingBlocks(ctx),
      ...taskBlocks(ctx),
      ...organisationBlocks(ctx),
      ...closingBlocks(ctx),
    ],
  };
}
