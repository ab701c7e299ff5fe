/**
 * The narrative as plain text, for `kehoach narrative --text` and the clipboard: one line
 * per paragraph (pasted into Word each becomes a paragraph), "- " and "+ " before list
 * items, a blank line around the header, the title, each main heading and the signature.
 * Figures print as their text; where they came from is the tree's business.
 */
import type {
  Block,
  HeaderBlock,
  Inline,
  Paragraph,
  SignatureBlock,
  TitleBlock,
  WarningBlock,
} from "../document";

function inlineText(content: readonly Inline[]): string {
  return content.map((inline) => inline.text).join("");
}

function paragraphLines(p: Paragraph): string[] {
  const line = inlineText(p.content);
  if (p.style === "list") return [`${p.marker ?? "-"} ${line}`];
  return p.style === "heading-1" ? ["", line] : [line];
}

function warningLines(w: WarningBlock): string[] {
  return [`CẢNH BÁO: ${w.heading}`, ...w.items.map((i) => `- ${i}`), ""];
}

function headerLines(h: HeaderBlock): string[] {
  return [...h.issuer, h.nationalTitle, h.motto, h.number, h.placeDate, ""];
}

function titleLines(t: TitleBlock): string[] {
  return [t.title, ...t.subject, ""];
}

function signatureLines(s: SignatureBlock): string[] {
  const name = s.signerName === "" ? [] : ["", s.signerName];
  return ["", s.recipientsHeading, ...s.recipients, "", ...s.authority, ...name];
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
      return paragraphLines(block);
    case "warning":
      return warningLines(block);
    case "header":
      return headerLines(block);
    case "title":
      return titleLines(block);
    case "signature":
      return signatureLines(block);
  }
}

/** Lines joined with "\n", no blank line doubled, ending with one newline. */
export function renderText(doc: { readonly blocks: readonly Block[] }): string {
  const lines = doc.blocks.flatMap(blockLines);
  const kept = lines.filter((line, i) => line !== "" || (i > 0 && lines[i - 1] !== ""));
  while (kept[kept.length - 1] === "") kept.pop();
  return `${kept.join("\n")}\n`;
}
