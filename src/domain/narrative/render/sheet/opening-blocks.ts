/**
 * The blocks above the plan's text: the validation warning (red, the heading bold, one
 * "- " row per error), the decree's two-column header (issuing body | national title and
 * motto, then number | place and date) and "KẾ HOẠCH" with its subject, centred and bold.
 * The short rules the .docx draws under the issuer, the motto and the subject have no
 * counterpart here: a cell's border runs the whole cell, far longer than the decree's rule.
 */
import type { HeaderBlock, TitleBlock, WarningBlock } from "../../document";
import { FULL_WIDTH, HEADER_LEFT, HEADER_RIGHT } from "./columns";
import type { RowWriter } from "./row-writer";
import type { SheetStyle } from "./styles";

/** Space below the warning, between the header's two rows, and around the title, as in the .docx. */
const WARNING_AFTER_PT = 12;
const HEADER_ROWS_APART_PT = 6;
const TITLE_BEFORE_PT = 18;
const TITLE_AFTER_PT = 12;

export function writeWarning(writer: RowWriter, block: WarningBlock): void {
  writer.put(FULL_WIDTH, block.heading, "warningHeading");
  writer.nextRow();
  for (const item of block.items) {
    writer.put(FULL_WIDTH, `- ${item}`, "warningItem");
    writer.nextRow();
  }
  writer.gap(WARNING_AFTER_PT);
}

interface Line {
  readonly text: string;
  readonly style: SheetStyle;
}

export function writeHeader(writer: RowWriter, block: HeaderBlock): void {
  const left: Line[] = block.issuer.map((text) => ({ text, style: "issuer" }));
  const right: Line[] = [
    { text: block.nationalTitle, style: "nationalTitle" },
    { text: block.motto, style: "motto" },
  ];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) {
    const [l, r] = [left[i], right[i]];
    if (l) writer.put(HEADER_LEFT, l.text, l.style);
    if (r) writer.put(HEADER_RIGHT, r.text, r.style);
    writer.nextRow(i === rows - 1 ? { after: HEADER_ROWS_APART_PT } : {});
  }
  writer.put(HEADER_LEFT, block.number, "number");
  writer.put(HEADER_RIGHT, block.placeDate, "placeDate");
  writer.nextRow();
}

export function writeTitle(writer: RowWriter, block: TitleBlock): void {
  writer.gap(TITLE_BEFORE_PT);
  writer.put(FULL_WIDTH, block.title, "title");
  writer.nextRow(block.subject.length === 0 ? { after: TITLE_AFTER_PT } : {});
  block.subject.forEach((line, index) => {
    writer.put(FULL_WIDTH, line, "subject");
    writer.nextRow(index === block.subject.length - 1 ? { after: TITLE_AFTER_PT } : {});
  });
}
