/**
 * The two-column header of Nghị định 30: the issuing body in bold capitals with a short rule
 * under it, and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over the motto ruled as long as itself;
 * below them the document number and, in italics, the place and date, each centred under its
 * column.
 */
import type { Table } from "docx";
import type { HeaderBlock } from "../../domain/narrative/document";
import { borderlessTable, columnsOf } from "./borderless-table";
import { HEADER_LEFT_SHARE, SHORT_RULE_FRACTION, SIZE_PT } from "./layout";
import { line, rule } from "./lines";
import { boldLineWidthTwips } from "./text-width";

/** Room between the ruled lines and the number and date below them. */
const SECOND_ROW_BEFORE_PT = 6;

function issuerRuleLength(issuer: readonly string[]): number {
  const widest = Math.max(0, ...issuer.map((text) => boldLineWidthTwips(text, SIZE_PT.issuer)));
  return Math.round(widest * SHORT_RULE_FRACTION);
}

export function renderHeader(block: HeaderBlock): Table {
  const columns = columnsOf(HEADER_LEFT_SHARE);
  const issuer = [
    ...block.issuer.map((text) => line(text, { sizePt: SIZE_PT.issuer, bold: true })),
    rule(issuerRuleLength(block.issuer), columns.left),
  ];
  const nation = [
    line(block.nationalTitle, { sizePt: SIZE_PT.nationalTitle, bold: true }),
    line(block.motto, { sizePt: SIZE_PT.motto, bold: true }),
    rule(boldLineWidthTwips(block.motto, SIZE_PT.motto), columns.right),
  ];
  const number = [line(block.number, { sizePt: SIZE_PT.number, beforePt: SECOND_ROW_BEFORE_PT })];
  const placeDate = [
    line(block.placeDate, { sizePt: SIZE_PT.placeDate, italic: true, beforePt: SECOND_ROW_BEFORE_PT }),
  ];
  return borderlessTable(columns, [
    [issuer, nation],
    [number, placeDate],
  ]);
}
