/**
 * The closing of the plan in two columns, as the .docx lays it out: on the left "Nơi nhận:"
 * over its "- …;" lines (12 pt bold italic, then 11 pt, all the lines in one cell merged
 * down the block's rows so they keep their own spacing); on the right the signing
 * authority in bold capitals, a row left high for the signature and seal, then the
 * signer's name in bold.
 */
import { SIGNATURE_SPACE_PT } from "../../decree-layout";
import type { SignatureBlock } from "../../document";
import { CLOSING_LEFT, CLOSING_RIGHT } from "./columns";
import type { RowWriter } from "./row-writer";

export function writeSignature(writer: RowWriter, block: SignatureBlock): void {
  const [first = "", ...more] = block.authority;
  writer.put(CLOSING_LEFT, block.recipientsHeading, "recipientsHeading");
  writer.put(CLOSING_RIGHT, first, "authority");
  writer.nextRow();
  const rightRows = more.length + 2;
  writer.put(CLOSING_LEFT, block.recipients.join("\n"), "recipients", rightRows);
  for (const line of more) {
    writer.put(CLOSING_RIGHT, line, "authority");
    writer.nextRow();
  }
  writer.nextRow({ atLeast: SIGNATURE_SPACE_PT });
  writer.put(CLOSING_RIGHT, block.signerName, "signerName");
  writer.nextRow();
}
