/**
 * The looks of the narrative sheet's cells, in the decree's sizes: the header's bold
 * capitals and italic date, the bold centred title, justified body text (bold or italic
 * where the tree says), the closing's small Nơi nhận lines and bold signature, and the
 * validation warning in red. Every text cell wraps and sits at the top of its row, so the
 * room a row has beyond its lines falls below them as the space between paragraphs.
 */
import type { CellStyle } from "../../../sheet-plan";
import { SIZE_PT, WARNING_RED } from "../../decree-layout";

const CENTRED = { horizontal: "center", vertical: "top", wrap: true } as const;
const LEFT = { horizontal: "left", vertical: "top", wrap: true } as const;
const JUSTIFIED = { horizontal: "justify", vertical: "top", wrap: true } as const;

/**
 * The national title and the subject line take the low end of the decree's range (12–13 and
 * 13–14 pt): the row-height estimate keeps a tenth of every line free for Excel's glyphs,
 * rounded to whole pixels, and at the .docx's sizes would give each of these single lines a
 * second, empty one.
 */
const NATIONAL_TITLE_PT = 12;
const SUBJECT_PT = 13;

export const SHEET_STYLES = {
  issuer: { ...CENTRED, bold: true, fontSize: SIZE_PT.issuer },
  nationalTitle: { ...CENTRED, bold: true, fontSize: NATIONAL_TITLE_PT },
  motto: { ...CENTRED, bold: true, fontSize: SIZE_PT.motto },
  number: { ...CENTRED, fontSize: SIZE_PT.number },
  placeDate: { ...CENTRED, italic: true, fontSize: SIZE_PT.placeDate },
  title: { ...CENTRED, bold: true, fontSize: SIZE_PT.title },
  subject: { ...CENTRED, bold: true, fontSize: SUBJECT_PT },
  body: { ...JUSTIFIED, fontSize: SIZE_PT.body },
  bodyBold: { ...JUSTIFIED, bold: true, fontSize: SIZE_PT.body },
  bodyItalic: { ...JUSTIFIED, italic: true, fontSize: SIZE_PT.body },
  bodyBoldItalic: { ...JUSTIFIED, bold: true, italic: true, fontSize: SIZE_PT.body },
  warningHeading: { ...LEFT, bold: true, fontColor: WARNING_RED, fontSize: SIZE_PT.body },
  warningItem: { ...LEFT, fontColor: WARNING_RED, fontSize: SIZE_PT.body },
  recipientsHeading: { ...LEFT, bold: true, italic: true, fontSize: SIZE_PT.recipientsHeading },
  recipients: { ...LEFT, fontSize: SIZE_PT.recipients },
  authority: { ...CENTRED, bold: true, fontSize: SIZE_PT.authority },
  signerName: { ...CENTRED, bold: true, fontSize: SIZE_PT.signerName },
} as const satisfies Readonly<Record<string, CellStyle>>;

export type SheetStyle = keyof typeof SHEET_STYLES;

/** The body style for a paragraph's weight and slant. */
export function bodyStyle(bold: boolean, italic: boolean): SheetStyle {
  if (bold) return italic ? "bodyBoldItalic" : "bodyBold";
  return italic ? "bodyItalic" : "body";
}
