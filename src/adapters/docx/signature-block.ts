/**
 * The closing of the plan: "Nơi nhận:" and its "- …;" lines on the left (12 pt bold italic over
 * 11 pt), and on the right the signing authority in bold capitals, room for the signature and
 * seal, then the signer's name in bold.
 */
import { AlignmentType } from "docx";
import type { Table } from "docx";
import type { SignatureBlock } from "../../domain/narrative/document";
import { borderlessTable, columnsOf } from "./borderless-table";
import { SIGNATURE_LEFT_SHARE, SIGNATURE_SPACE_PT, SIZE_PT } from "./layout";
import { line } from "./lines";

/** Space between the closing sentence and the signature table. */
const CLOSING_BEFORE_PT = 6;

export function renderSignature(block: SignatureBlock): Table {
  const recipients = [
    line(block.recipientsHeading, {
      sizePt: SIZE_PT.recipientsHeading,
      bold: true,
      italic: true,
      alignment: AlignmentType.LEFT,
      beforePt: CLOSING_BEFORE_PT,
    }),
    ...block.recipients.map((text) =>
      line(text, { sizePt: SIZE_PT.recipients, alignment: AlignmentType.LEFT }),
    ),
  ];
  const signature = [
    ...block.authority.map((text, index) =>
      line(text, { sizePt: SIZE_PT.authority, bold: true, beforePt: index === 0 ? CLOSING_BEFORE_PT : 0 }),
    ),
    line(block.signerName, { sizePt: SIZE_PT.signerName, bold: true, beforePt: SIGNATURE_SPACE_PT }),
  ];
  return borderlessTable(columnsOf(SIGNATURE_LEFT_SHARE), [[recipients, signature]]);
}
