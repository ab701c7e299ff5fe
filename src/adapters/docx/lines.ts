/**
 * The small paragraphs the header, title and signature blocks are made of: one line of text
 * in a given size and weight, and the short horizontal rule drawn under a heading line. The
 * rule is an empty paragraph's bottom border, narrowed by indents to the wanted length, as
 * Word and LibreOffice both draw paragraph borders the same way (a drawn line shape is
 * placed differently by each).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from "docx";
import { BLACK, RULE_SIZE_EIGHTHS, halfPoints, pointsToTwips } from "./layout";

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineStyle {
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly alignment?: Alignment;
  readonly beforePt?: number;
  readonly afterPt?: number;
}

export function run(text: string, style: LineStyle): TextRun {
  return new TextRun({
    text,
    size: halfPoints(style.sizePt),
    bold: style.bold,
    italics: style.italic,
    color: style.color ?? BLACK,
  });
}

/** One line of text, centred unless the style says otherwise. */
export function line(text: string, style: LineStyle): Paragraph {
  return new Paragraph({
    alignment: style.alignment ?? AlignmentType.CENTER,
    spacing: { before: pointsToTwips(style.beforePt ?? 0), after: pointsToTwips(style.afterPt ?? 0) },
    children: [run(text, style)],
  });
}

/** An empty paragraph exactly `heightPt` high: room below a block that has no spacing of its own to give. */
export function gap(heightPt: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: pointsToTwips(heightPt), lineRule: LineRuleType.EXACT },
    run: { size: halfPoints(1) },
  });
}

/**
 * A centred rule `lengthTwips` long within a column `availableTwips` wide. The paragraph is
 * 3 pt high so the line sits just under the text above it.
 */
export function rule(lengthTwips: number, availableTwips: number, afterPt = 0): Paragraph {
  const side = Math.max(0, Math.round((availableTwips - lengthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: {
      before: 0,
      after: pointsToTwips(afterPt),
      line: pointsToTwips(3),
      lineRule: LineRuleType.EXACT,
    },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE_EIGHTHS, color: BLACK, space: 1 } },
    run: { size: halfPoints(1) },
  });
}
