/**
 * What recognition could not place (a sheet that looks like a plan table but lacks a
 * header it needs, a row whose label matches no catalog item…) becomes information for
 * the user, so a table the checks skipped is never silently skipped. The sentences are
 * recognition's own (detect/notes.ts); a note without one still shows, with its id.
 */
import { NOTE_MESSAGES } from "../../detect/notes";
import type { RecognitionNote } from "../../detect/table";
import type { Issue } from "../issue";
import { cellIssue } from "../issue-builders";
import type { Rule, RuleContext, RuleMeta } from "../rule";

const meta: RuleMeta = {
  id: "unrecognised",
  kind: "recognition",
  severity: "info",
  description: {
    vi: "Phần bảng không nhận diện được (tiêu đề cột, dòng, đơn vị tính): các kiểm tra bỏ qua phần đó.",
    en: "Parts of a table recognition could not place (column headers, rows, the unit): the checks skip them.",
  },
  messages: {
    ...NOTE_MESSAGES,
    "unrecognised/note": {
      vi: 'Trang "{sheet}", ô {cell}: không nhận diện được phần này của bảng ({note}) nên các kiểm tra bỏ qua nó.',
      en: 'Sheet "{sheet}", cell {cell}: this part of the table was not recognised ({note}), so the checks skip it.',
    },
  },
};

/** A note about the whole workbook (no sheet) is shown at the first sheet's first cell. */
function noteIssue(ctx: RuleContext, note: RecognitionNote): Issue {
  const sheet = note.sheet || (ctx.grid.sheets[0]?.name ?? "");
  const at = { sheet, row: note.row ?? 1, col: note.col ?? 1 };
  if (note.messageId in meta.messages) return cellIssue(meta, at, note.messageId, note.data);
  return cellIssue(meta, at, "unrecognised/note", { ...note.data, note: note.messageId });
}

function check(ctx: RuleContext): Issue[] {
  return ctx.recognition.notes.map((note) => noteIssue(ctx, note));
}

export const unrecognised: Rule = { meta, check };
