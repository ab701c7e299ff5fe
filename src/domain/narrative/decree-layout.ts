/**
 * The page and type of an administrative document under Nghị định 30/2020/NĐ-CP, Phụ lục I,
 * as plain numbers shared by every renderer that lays the plan out on paper: the .docx
 * (src/adapters/docx/layout.ts) and the "Thuyết minh" worksheet (render/sheet/). Where the
 * decree gives a range, the value chosen is noted beside it; sizes are in points, lengths in mm.
 */

/** A4 portrait. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the smallest of each range. */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const FONT = "Times New Roman";
export const BLACK = "000000";
/** The validation warning is not part of the issued document, so it may stand out in red. */
export const WARNING_RED = "C00000";

/** Font sizes in points, each within the decree's range for that element. */
export const SIZE_PT = {
  issuer: 13, // 12–13
  nationalTitle: 13, // 12–13
  motto: 14, // 13–14
  number: 13, // 13
  placeDate: 14, // 13–14
  title: 14, // 13–14
  subject: 14, // 13–14
  body: 14, // 13–14
  recipientsHeading: 12, // 12
  recipients: 11, // 11
  authority: 14, // 13–14
  signerName: 14, // 13–14
  pageNumber: 14, // 13–14
} as const;

/** Body paragraphs: first-line indent 1–1,27 cm, at least 6 pt between paragraphs. */
export const FIRST_LINE_INDENT_MM = 12.7;
export const PARAGRAPH_AFTER_PT = 6;

/** Room left above the signer's name for the signature and seal. */
export const SIGNATURE_SPACE_PT = 72;

/** Share of the text width taken by the left column of the header and of the signature block. */
export const HEADER_LEFT_SHARE = 0.38;
export const SIGNATURE_LEFT_SHARE = 0.45;

/** The width between the margins, which the header and signature blocks fill. */
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;
