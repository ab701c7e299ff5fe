/**
 * Turns the plan narrative's document tree into the bytes of a .docx laid out per Nghị định
 * 30/2020/NĐ-CP. It lives among the adapters, not in src/domain/narrative/render/, because a
 * lint rule keeps the `docx` package out of the pure core. The bytes come from
 * `Packer.pack(…, "uint8array")`, which needs no Node Buffer, so the task pane can offer them
 * for download as they are and the command line can write them to a file.
 */
import { Document, Packer } from "docx";
import type { Paragraph, Table } from "docx";
import type { Block, HeaderBlock, NarrativeDocument } from "../../domain/narrative/document";
import { renderParagraph } from "./body-paragraph";
import { renderHeader } from "./header-block";
import { SECTION_PROPERTIES, STYLES, pageHeaders } from "./page-setup";
import { renderSignature } from "./signature-block";
import { renderTitle } from "./title-block";
import { renderWarning } from "./warning-block";

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "paragraph":
      return [renderParagraph(block)];
    case "header":
      return [renderHeader(block)];
    case "title":
      return renderTitle(block);
    case "warning":
      return renderWarning(block);
    case "signature":
      return [renderSignature(block)];
  }
}

/** Warnings go first wherever the tree has them: they must be seen before anything else. */
function warningsFirst(blocks: readonly Block[]): Block[] {
  return [
    ...blocks.filter((block) => block.kind === "warning"),
    ...blocks.filter((block) => block.kind !== "warning"),
  ];
}

/** "ỦY BAN NHÂN DÂN XÃ BA DINH", as the author in the file's properties. */
function issuerOf(blocks: readonly Block[]): string {
  const header = blocks.find((block): block is HeaderBlock => block.kind === "header");
  return header ? header.issuer.join(" ") : "";
}

function buildDocx(doc: NarrativeDocument): Document {
  const author = issuerOf(doc.blocks);
  return new Document({
    title: doc.title,
    creator: author,
    lastModifiedBy: author,
    styles: STYLES,
    sections: [
      {
        properties: SECTION_PROPERTIES,
        headers: pageHeaders(),
        children: warningsFirst(doc.blocks).flatMap(renderBlock),
      },
    ],
  });
}

export function renderDocx(doc: NarrativeDocument): Promise<Uint8Array> {
  return Packer.pack(buildDocx(doc), "uint8array");
}
