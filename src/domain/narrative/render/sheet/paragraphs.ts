/**
 * The plan's paragraphs as rows: each paragraph one row merged across the text width, its
 * text as the .docx prints it (list items open with "- " or "+ ", figures read like the
 * words around them), headings bold. A cell cannot grow past Excel's tallest row, so the
 * rare paragraph longer than that (some 20 lines) goes on in the next row, split between
 * words, rather than being cut off in print.
 */
import { cell } from "../../../address/cell-address";
import { MAX_ROW_HEIGHT, faceOf, heightForLines, lineWidthEm } from "../../../templates/render/row-heights";
import { wrappedLineCount, type FontFace } from "../../../templates/render/text-width";
import { PARAGRAPH_AFTER_PT } from "../../decree-layout";
import type { Paragraph } from "../../document";
import { COLUMN_WIDTHS, FULL_WIDTH } from "./columns";
import type { RowWriter } from "./row-writer";
import { bodyStyle, SHEET_STYLES, type SheetStyle } from "./styles";

/** A row's height is rounded up to a whole pixel after the spacing is added. */
const ROUNDING_PT = 1;

function paragraphText(p: Paragraph): string {
  const text = p.content.map((inline) => inline.text).join("");
  return p.style === "list" ? `${p.marker ?? "-"} ${text}` : text;
}

function paragraphStyle(p: Paragraph): SheetStyle {
  const heading = p.style.startsWith("heading");
  return bodyStyle(p.bold ?? heading, p.italic ?? false);
}

function maxLines(fontSize: number): number {
  let lines = 1;
  while (heightForLines(lines + 1, fontSize) + PARAGRAPH_AFTER_PT + ROUNDING_PT <= MAX_ROW_HEIGHT) lines++;
  return lines;
}

/** The text in pieces of at most `lines` lines each, broken between words. */
function splitToRows(text: string, lineEm: number, face: FontFace, lines: number): string[] {
  if (wrappedLineCount(text, lineEm, face) <= lines) return [text];
  const pieces: string[] = [];
  let piece = "";
  for (const word of text.split(" ")) {
    const longer = piece === "" ? word : `${piece} ${word}`;
    if (piece !== "" && wrappedLineCount(longer, lineEm, face) > lines) {
      pieces.push(piece);
      piece = word;
    } else piece = longer;
  }
  return [...pieces, piece];
}

function pieces(text: string, style: SheetStyle): string[] {
  const look = SHEET_STYLES[style];
  const area = { start: cell(1, FULL_WIDTH.first), end: cell(1, FULL_WIDTH.last) };
  const lineEm = lineWidthEm(area, COLUMN_WIDTHS, look.fontSize);
  return splitToRows(text, lineEm, faceOf(look), maxLines(look.fontSize));
}

export function writeParagraph(writer: RowWriter, p: Paragraph): void {
  const style = paragraphStyle(p);
  const parts = pieces(paragraphText(p), style);
  parts.forEach((part, index) => {
    writer.put(FULL_WIDTH, part, style);
    writer.nextRow(index === parts.length - 1 ? { after: PARAGRAPH_AFTER_PT } : {});
  });
}
