/**
 * What pressing "Chèn biểu mẫu" ended in, as plain data the page renders: the sheets
 * inserted (and which were renamed because the name was taken), the form's errors, or
 * why Excel refused and what to try next.
 */
import type { TemplateId } from "../../domain/sheet-plan";
import type { MessageId } from "../i18n/messages";
import type { FormErrors } from "./form";

export interface InsertedSheetView {
  readonly templateId: TemplateId;
  readonly sheetName: string;
  /** True when the standard name was taken and the sheet got a free variant ("Phụ lục 01 (2)"). */
  readonly renamed: boolean;
}

/** The cause is our own message when we know it, otherwise the error's text as Excel gave it. */
export type FailureCause = { readonly id: MessageId } | { readonly text: string };

export interface InsertFailure {
  readonly cause: FailureCause;
  /** What the user can do about it; null when the cause already says (Excel too old). */
  readonly hint: MessageId | null;
}

export type InsertOutcome =
  | { readonly kind: "inserted"; readonly sheets: readonly InsertedSheetView[] }
  | { readonly kind: "invalid"; readonly errors: FormErrors }
  | { readonly kind: "failed"; readonly failure: InsertFailure };
