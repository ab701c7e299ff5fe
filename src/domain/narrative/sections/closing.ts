/**
 * The end of the plan: the closing sentence ending "./.", "Nơi nhận:" with one "- …;" line
 * per recipient and the last "- Lưu: VT, …." as Nghị định 30 writes it, and the signature
 * block in capitals with the signer's name.
 */
import { body } from "../blocks";
import type { NarrativeContext } from "../context";
import type { Block, SignatureBlock } from "../document";

function bare(line: string): string {
  return line
    .trim()
    .replace(/^[-–+•]\s*/, "")
    .replace(/[;.,\s]+$/, "");
}

function recipientLines(recipients: readonly string[]): string[] {
  const lines = recipients.map(bare).filter((line) => line !== "");
  const listed = lines.length > 0 ? lines : ["Lưu: VT"];
  return listed.map((line, i) => `- ${line}${i === listed.length - 1 ? "." : ";"}`);
}

function signature(ctx: NarrativeContext): SignatureBlock {
  const { signer, recipients } = ctx.input.settings;
  return {
    kind: "signature",
    recipientsHeading: "Nơi nhận:",
    recipients: recipientLines(recipients),
    authority: [signer.authority, signer.position]
      .map((line) => line.trim().toLocaleUpperCase("vi"))
      .filter((line) => line !== ""),
    signerName: signer.name.trim(),
  };
}

export function closingBlocks(ctx: NarrativeContext): Block[] {
  return [body(ctx.fill(ctx.text.phrases.closing)), signature(ctx)];
}
