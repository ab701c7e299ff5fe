/**
 * Turns whatever a pane action threw into a cause and a next step the user can act on. Only
 * the error's message is kept, never its stack: Excel's own messages are short sentences,
 * while stack frames mean nothing to a commune officer.
 */
import { ExcelTooOldError } from "../../adapters/office/requirements";
import type { MessageId } from "../i18n/messages";
import type { FailureCause, InsertFailure } from "./outcome";

const STACK_FRAME = /^\s*at\s/;

function causeOf(error: unknown): FailureCause {
  const raw = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const text = raw
    .split("\n")
    .filter((line) => !STACK_FRAME.test(line))
    .join("\n")
    .trim();
  return text === "" ? { id: "failureUnknown" } : { text };
}

/**
 * `hint` is the next step for the action that failed (the generic one names "Chèn biểu mẫu");
 * Excel being too old needs none, since the adapter's message says what to do.
 */
export function describeFailure(error: unknown, hint: MessageId = "failureHintGeneric"): InsertFailure {
  // The adapter's message names the Excel versions that work and the web alternative.
  if (error instanceof ExcelTooOldError) return { cause: { text: error.message }, hint: null };
  return { cause: causeOf(error), hint };
}
