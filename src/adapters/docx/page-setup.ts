/**
 * The page, the styles and the running header of the document: A4 portrait with the decree's
 * margins, Times New Roman in black as every style's font, and page numbers centred at the
 * top from page 2 on (the first page has its own, empty header).
 */
import { AlignmentType, Header, LineRuleType, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import type { ISectionPropertiesOptions, IStylesOptions } from "docx";
import { BODY_PARAGRAPH } from "./body-paragraph";
import {
  BLACK,
  FONT,
  HEADER_DISTANCE_MM,
  MARGIN_MM,
  PAGE_HEIGHT_TWIPS,
  PAGE_WIDTH_TWIPS,
  SINGLE_LINE,
  SIZE_PT,
  halfPoints,
  twips,
} from "./layout";

const VIETNAMESE = { value: "vi-VN" } as const;

export const SECTION_PROPERTIES: ISectionPropertiesOptions = {
  titlePage: true,
  page: {
    size: { width: PAGE_WIDTH_TWIPS, height: PAGE_HEIGHT_TWIPS, orientation: PageOrientation.PORTRAIT },
    margin: {
      top: twips(MARGIN_MM.top),
      bottom: twips(MARGIN_MM.bottom),
      left: twips(MARGIN_MM.left),
      right: twips(MARGIN_MM.right),
      header: twips(HEADER_DISTANCE_MM),
      footer: twips(HEADER_DISTANCE_MM),
    },
  },
};

const HEADING_STYLE = {
  run: { font: FONT, size: halfPoints(SIZE_PT.body), bold: true, italics: false, color: BLACK },
  paragraph: { ...BODY_PARAGRAPH, keepNext: true },
} as const;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: halfPoints(SIZE_PT.body), color: BLACK, language: VIETNAMESE },
      // An explicit rule: LibreOffice reads a line height without one as exact, squeezing the lines.
      paragraph: { spacing: { before: 0, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO } },
    },
    heading1: { ...HEADING_STYLE, paragraph: { ...HEADING_STYLE.paragraph, outlineLevel: 0 } },
    heading2: { ...HEADING_STYLE, paragraph: { ...HEADING_STYLE.paragraph, outlineLevel: 1 } },
    heading3: { ...HEADING_STYLE, paragraph: { ...HEADING_STYLE.paragraph, outlineLevel: 2 } },
  },
};

function pageNumberHeader(): Header {
  const number = new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE_PT.pageNumber) });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })] });
}

export function pageHeaders(): { readonly default: Header; readonly first: Header } {
  return { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) };
}
