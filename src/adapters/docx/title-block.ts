/**
 * "KẾ HOẠCH" and the subject under it, both bold and centred, with the short rule the decree
 * draws under the subject (1/3 to 1/2 of its line).
 */
import type { Paragraph } from "docx";
import type { TitleBlock } from "../../domain/narrative/document";
import { SHORT_RULE_FRACTION, SIZE_PT, TEXT_WIDTH_TWIPS } from "./layout";
import { line, rule } from "./lines";
import { boldLineWidthTwips } from "./text-width";

/** Space between the header table and the title, and between the title block and the text. */
const TITLE_BEFORE_PT = 18;
const TITLE_AFTER_PT = 12;

function subjectRuleLength(subject: readonly string[]): number {
  const widest = Math.max(0, ...subject.map((text) => boldLineWidthTwips(text, SIZE_PT.subject)));
  return Math.round(widest * SHORT_RULE_FRACTION);
}

export function renderTitle(block: TitleBlock): Paragraph[] {
  return [
    line(block.title, { sizePt: SIZE_PT.title, bold: true, beforePt: TITLE_BEFORE_PT }),
    ...block.subject.map((text) => line(text, { sizePt: SIZE_PT.subject, bold: true })),
    rule(subjectRuleLength(block.subject), TEXT_WIDTH_TWIPS, TITLE_AFTER_PT),
  ];
}
