/**
 * Paragraphs of the plan's text: justified, first line indented, 6 pt apart; headings the same
 * but bold, kept with what follows, and tagged with Word's heading styles so the navigation
 * pane lists sections I–VI. List items are body paragraphs opening with their mark ("- ",
 * "+ "), as the seeds write them. Figures are printed as plain text like the words around them.
 */
import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, TextRun } from "docx";
import type { IParagraphOptions } from "docx";
import type { Paragraph as NarrativeParagraph, TextStyle } from "../../domain/narrative/document";
import {
  FIRST_LINE_INDENT_MM,
  LINE_SPACING,
  PARAGRAPH_AFTER_PT,
  SINGLE_LINE,
  SIZE_PT,
  halfPoints,
  pointsToTwips,
  twips,
} from "./layout";

/** The paragraph look shared by body text and headings (also the heading styles'). */
export const BODY_PARAGRAPH = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: twips(FIRST_LINE_INDENT_MM) },
  spacing: {
    before: 0,
    after: pointsToTwips(PARAGRAPH_AFTER_PT),
    line: Math.round(SINGLE_LINE * LINE_SPACING),
    lineRule: LineRuleType.AUTO,
  },
} as const satisfies IParagraphOptions;

const HEADING_LEVELS: Partial<Record<TextStyle, IParagraphOptions["heading"]>> = {
  "heading-1": HeadingLevel.HEADING_1,
  "heading-2": HeadingLevel.HEADING_2,
  "heading-3": HeadingLevel.HEADING_3,
};

/** The text of the paragraph's runs: figures print like words; a list item opens with its mark. */
function runTexts(block: NarrativeParagraph): string[] {
  const texts = block.content.map((inline) => inline.text);
  return block.style === "list" ? [`${block.marker ?? "-"} `, ...texts] : texts;
}

export function renderParagraph(block: NarrativeParagraph): Paragraph {
  const heading = HEADING_LEVELS[block.style];
  const bold = block.bold ?? (heading ? true : undefined);
  const runs = runTexts(block).map(
    (text) => new TextRun({ text, size: halfPoints(SIZE_PT.body), bold, italics: block.italic }),
  );
  return new Paragraph({
    ...BODY_PARAGRAPH,
    ...(heading && { heading, keepNext: true }),
    children: runs,
  });
}
