/**
 * The list of validation errors, boxed in red at the very top of the document so nobody
 * mistakes a plan whose numbers do not add up for a finished one; each error on a "- " line.
 * Adjacent paragraphs with
 * the same border are drawn as one box by Word and LibreOffice alike.
 */
import { AlignmentType, BorderStyle, Paragraph } from "docx";
import type { IBorderOptions } from "docx";
import type { WarningBlock } from "../../domain/narrative/document";
import { SIZE_PT, WARNING_RED, pointsToTwips } from "./layout";
import { gap, run } from "./lines";

const EDGE: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: WARNING_RED, space: 4 };
const BOX = { top: EDGE, bottom: EDGE, left: EDGE, right: EDGE };
const BOX_INSET_TWIPS = pointsToTwips(6);
/** Keeps the box off the header below it. */
const SPACE_BELOW_PT = 12;

function boxed(text: string, bold: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    border: BOX,
    indent: { left: BOX_INSET_TWIPS, right: BOX_INSET_TWIPS },
    spacing: { before: 0, after: pointsToTwips(3) },
    children: [run(text, { sizePt: SIZE_PT.body, bold, color: WARNING_RED })],
  });
}

export function renderWarning(block: WarningBlock): Paragraph[] {
  const items = block.items.map((item) => boxed(`- ${item}`, false));
  return [boxed(block.heading, true), ...items, gap(SPACE_BELOW_PT)];
}
